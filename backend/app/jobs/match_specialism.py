"""The specialism within a field of work: does the resume do the posting's kind of work?

The occupation part reads fields of work, and a field is wide: a Java, a .NET and a Python
posting all read as software developers, and a tester's resume that lists Java and Spring reads
as computing as surely as a Java developer's. What tells them apart is the posting's core
skills, above all those its title names ("Java Developer", "Payroll Accountant", "CNC
Machinist"), and whether the resume's work is about them.

Each side becomes a profile of its specific skills: a skill weighs by how specific it is
(match_skills.specificity); in the posting, CORE times more when the title names it, less when
it is only nice to have; in the resume, more the more its described work mentions it, less when
it is only listed, and more when a recent title names it. The specialism is the cosine of the
two profiles, so a resume that lists every tool spreads its weight thin: keyword stuffing does
not buy it. A posting whose title names no specific skill has no specialism to judge.

matching.py folds it into the skills part (SHARE of the whole score) whenever the posting's
title names a specific skill, for every resume alike: gating it on the two sides' field
agreement (resumes of the posting's field only) lowered that field's resumes without the core
below other fields' on the dev split of bench/matching.py, and cost more same-field picks.
Where both sides surely read as one field, it also lifts the occupation part
(matching.specialism_lift): that is where a field-level read cannot tell a Java developer
from a tester who lists Java.
"""

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from app.jobs.match_skills import LISTED_ONLY, specificity, studied
from app.jobs.parsed import ParsedJob
from app.resumes.parsed import ParsedResume, recency
from app.skills.taxonomy import Taxonomy
from app.skills.title_skills import title_skills

CORE = 3.0
"""A skill the posting's title names weighs this many times one only listed in its body."""
NICE = 0.5
RECENT_TITLE = 2.0
"""A skill a recent job title names ("Java Developer") weighs this many times more."""
RECENT_JOBS = 2
MENTIONS = 0.5
"""Each e-fold of mentions in the described work adds this share of a skill's weight."""
TITLE_WORDS = 12
"""Past this many words a posting's "title" is its opening text run on (exports that lose the
line break): only its first words name the role."""
MIN_CORE_SPECIFICITY = 0.4
"""A title skill this unspecific (a soft skill) names no specialism."""
SHARE = 0.04
"""The share of the whole score the specialism takes (from every part alike) when it applies.
Set on the dev splits (bench/match_roles.py against bench/matching.py): 0.04 to 0.1 rank the
roles alike (mean ROC-AUC .751 -> .77, same-role top 18 -> 20 of 62), and every share costs a
near-tied same-field pick or two (a production operator without CNC work now ties below a
designer for a "CNC Turner"); the smallest costs least."""
FULL_COSINE = 0.4
"""Profiles this close count as the same specialism: a posting lists more than anyone shows,
so even the best resumes on the dev split of bench/match_roles.py reach about this."""

Profile = dict[str, float]


@dataclass(frozen=True, slots=True)
class Specialism:
    score: float
    """0..1: how close the resume's specific skills are to the posting's."""
    applies: bool
    """The posting's title names a specific skill."""
    core: tuple[str, ...] = ()
    """The skills the posting's title names, most specific first."""
    shown: tuple[str, ...] = ()
    """Core skills the resume's described work mentions."""
    listed: tuple[str, ...] = ()
    """Core skills the resume only lists."""


def assess_specialism(resume: ParsedResume, job: ParsedJob, taxonomy: Taxonomy) -> Specialism:
    core, posting = job_profile(job, taxonomy)
    if not core:
        return Specialism(0.0, applies=False)
    listed, mentions, titled = resume_evidence(resume, taxonomy)
    profile = resume_profile(listed, mentions, titled, taxonomy)
    return Specialism(
        score=min(1.0, cosine(posting, profile) / FULL_COSINE),
        applies=True,
        core=core,
        shown=tuple(name for name in core if name in mentions),
        listed=tuple(name for name in core if name in listed and name not in mentions),
    )


def job_profile(job: ParsedJob, taxonomy: Taxonomy) -> tuple[tuple[str, ...], Profile]:
    return _job_profile(
        job.title or "", tuple(job.required_skills), tuple(job.nice_to_have_skills), taxonomy
    )


@lru_cache(maxsize=2048)
def _job_profile(
    title: str, required: tuple[str, ...], nice: tuple[str, ...], taxonomy: Taxonomy
) -> tuple[tuple[str, ...], Profile]:
    """Cached: a posting is matched against many resumes."""
    named = title_skills(" ".join(title.split()[:TITLE_WORDS]), taxonomy) if title else []
    core = [name for name in named if specificity(name, taxonomy) >= MIN_CORE_SPECIFICITY]
    profile: Profile = {}
    for names, weight in ((required, 1.0), (nice, NICE), (tuple(named), 1.0)):
        for name in names:
            key = taxonomy.canonical(name) or name
            profile.setdefault(key, specificity(key, taxonomy) * weight)
    for name in core:
        profile[name] *= CORE
    ordered = sorted(core, key=lambda name: -specificity(name, taxonomy))
    return tuple(ordered), profile


def resume_evidence(
    resume: ParsedResume, taxonomy: Taxonomy
) -> tuple[frozenset[str], Counter[str], frozenset[str]]:
    """The resume's listed skills, how often its described work mentions each skill, and the
    skills its recent job titles name."""
    listed = frozenset(taxonomy.canonical(skill.name) or skill.name for skill in resume.skills)
    recent = sorted(resume.experience, key=recency)
    titles = [job.title for job in recent[::-1] if job.title]
    if not titles and resume.stated_role:  # a graduate's CV: the role it states, and studied
        titles = [resume.stated_role]
    lines = [resume.summary or ""]
    for job in resume.experience:
        lines += [job.title or "", *job.highlights]
    if not resume.experience:
        lines += titles
    mentions = _mentions("\n".join(line for line in lines if line), taxonomy)
    # A title names its practice as well as its words ("Web Developer": Web Development), and a
    # degree its discipline (match_skills.studied: "B.Tech in ECE" names none).
    mentions = mentions + Counter(
        [
            *(name for title in titles for name in _title_practices(title, taxonomy)),
            *studied(resume, taxonomy),
        ]
    )
    latest = [job.title for job in recent[::-1][:RECENT_JOBS]] if resume.experience else titles
    titled = {name for title in latest for name in _title_skills(title, taxonomy)}
    return listed, mentions, frozenset(titled)


def resume_profile(
    listed: frozenset[str], mentions: Counter[str], titled: frozenset[str], taxonomy: Taxonomy
) -> Profile:
    profile: Profile = {}
    for name in listed | set(mentions) | titled:
        weight = specificity(name, taxonomy)
        count = mentions.get(name, 0)
        weight *= 1 + MENTIONS * math.log1p(count) if count else LISTED_ONLY
        profile[name] = weight * (RECENT_TITLE if name in titled else 1.0)
    return profile


@lru_cache(maxsize=1024)
def _title_skills(title: str | None, taxonomy: Taxonomy) -> tuple[str, ...]:
    return tuple(title_skills(title, taxonomy)) if title else ()


def _title_practices(title: str | None, taxonomy: Taxonomy) -> list[str]:
    """What a title names beyond the skills written in it, which its mentions count."""
    written = _mentions(title or "", taxonomy)
    return [name for name in _title_skills(title, taxonomy) if name not in written]


@lru_cache(maxsize=1024)
def _mentions(text: str, taxonomy: Taxonomy) -> Counter[str]:
    return Counter(mention.name for mention in taxonomy.find(text)) if text else Counter()


def cosine(first: Profile, second: Profile) -> float:
    dot = sum(weight * second[name] for name, weight in first.items() if name in second)
    norms = math.sqrt(sum(w * w for w in first.values()) * sum(w * w for w in second.values()))
    return dot / norms if norms else 0.0
