"""Occupation fit: the posting's title and the resume's job titles read as O*NET/ESCO
occupations, and how close those occupations are.

A title maps to every occupation whose title matches nearly as well as the best one ("QA
Automation Engineer" reads as a software tester and as a validation engineer), each with the
title-match score as its confidence; the text the title came with (the posting's duties, the
job's highlights) then ranks those readings. Two occupations are close when they are the same,
when O*NET lists one as related to the other, or when they share an SOC group (the finer the
group, the closer), or when both are in one field of work that the SOC splits by level (a home
health aide and a registered nurse, an HR assistant and an HR manager: FIELD_FAMILIES). The
management, business and office groups (11, 13, 43) hold every field, so sharing only one of
them says nothing. The latest title counts fully, older ones a little less. The posting's own
`occupation`, when the parser found one, is one more reading.
"""

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import numpy as np

from app.jobs.match_fields import CROSS_FIELD_GROUPS, SOC_MAJOR_GROUPS, family_of, soc_family
from app.jobs.match_reading import Reading
from app.jobs.match_semantic import experience_text, job_text, resume_chunks, vector
from app.jobs.match_text_field import text_readings, texts_readings
from app.jobs.match_title_breadth import match_trust
from app.jobs.occupation import keeps_head, title_variants
from app.jobs.parsed import ParsedJob
from app.knowledge.indexing import title_words
from app.knowledge.occupations import Occupation, TitleMatch, query_words
from app.knowledge.store import get_knowledge
from app.resumes.parsed import Experience, ParsedResume, recency
from app.skills.taxonomy import get_taxonomy

MIN_TITLE_SCORE = 0.5
"""A weaker title match is a guess, not a reading."""
NEAR_BEST = 0.12
"""Occupations this close to the best match are read as equally likely, and the context picks
among them: O*NET files "Account Executive" under advertising managers alone, but "Sales
Account Executive" (0.9) is read too, and a posting about quotas reads as the sales one."""
CONTEXT_NEAR = 0.25
"""Occupations this close to the best match are read when the context favours them
(title_in_context)."""
CANDIDATES = 6
HEAD_CANDIDATES = 30
"""Matches searched for CANDIDATES that keep the title's head noun."""
OLDER_TITLE = 0.9
"""Each older title counts this much of the one after it."""
MAX_TITLES = 5
CONTEXT_PENALTY, CONTEXT_MARGIN = 0.4, 0.15
SKILLS_TRUST = 0.8
"""Tools point to an occupation less surely than a title held does."""
SKILL_READINGS = 3
MIN_SKILL_VOTES = 4.0
"""About two specific tools' worth: fewer say too little about the occupation."""
SAME, RELATED, SAME_BROAD, SAME_MINOR, SAME_MAJOR = 1.0, 0.8, 0.8, 0.65, 0.45
PRACTITIONER_TRUST = 0.9
"""A title naming a discipline as the work done ("Mechanical Engineering Intern") read as its
practitioner ("Mechanical Engineer"), trusted as a title cut by a word is."""
_DISCIPLINE_AS_WORK = re.compile(
    r"\bengineering(\s+(intern|internship|co-?op|trainee|student|apprentice|placement))?$",
    re.IGNORECASE,
)

_TECHNOLOGY_AS_WORK = re.compile(
    r"^(?P<technology>.{1,30}?)\s+(?:intern|internship|co-?op|trainee|apprentice)$", re.IGNORECASE
)
DEVELOPED = ("software", "mobile")
"""The skill categories whose skills a developer is named by ("Java Developer")."""

Relation = Literal["same", "related", "group", "field", "none"]


ResumeReadFrom = Literal["titles", "stated", "tools", "work"]


@dataclass(frozen=True, slots=True)
class OccupationFit:
    score: float
    """0..1"""
    job_title: str | None
    job_occupation: str | None
    resume_title: str | None
    """None when the resume has no titles and its tools were read instead."""
    resume_occupation: str | None
    relation: Relation
    applies: bool
    field: str | None = None
    """The field both occupations are in ("healthcare", "computer and mathematical")."""
    job_field: str | None = None
    """The field of work the posting reads as, from its title and skills (match_family.py)."""
    resume_field: str | None = None
    """The field of work the resume reads as, from its job titles and skills."""
    field_agreement: float = 0.0
    """0..1: how far the two sides' fields of work overlap."""
    job_read_from: Literal["title", "duties"] = "title"
    """What the posting's occupation was read from: its title, or (no title reads as one) the
    meaning of its duties."""
    resume_read_from: ResumeReadFrom = "titles"
    """What the resume's occupation was read from: its job titles, the role it states (no job
    listed), its tools, or (none says) the meaning of its described work."""


TitleReader = Callable[[str, str], tuple[Reading, ...]]


def assess_occupation(
    resume: ParsedResume, job: ParsedJob, read_title: TitleReader | None = None
) -> OccupationFit:
    """The closest pair of the posting's and the resume's occupations. `read_title` reads a
    resume job title beside its described work (resume_title_readings unless given)."""
    read_title = read_title or resume_title_readings
    job_readings = job_occupations(job)
    job_from: Literal["title", "duties"] = "title"
    if not job_readings:
        job_readings, job_from = text_readings(job_text(job)), "duties"
    candidates, by_skills = resume_candidates(resume, read_title)
    resume_from = candidates[0].read_from if candidates else "tools"
    best = OccupationFit(
        0.0,
        job.title,
        None,
        None,
        None,
        "none",
        bool(job_readings and candidates),
        job_read_from=job_from,
        resume_read_from=resume_from,
    )
    if not best.applies:
        if job_readings:
            best = replace(best, job_occupation=job_readings[0].title)
        return best
    best = replace(best, job_occupation=job_readings[0].title, resume_title=candidates[0].title)
    for candidate in candidates:
        title, recency, read_from = candidate.title, candidate.recency, candidate.read_from
        readings = read_title(title, candidate.context) if title else by_skills
        for theirs in readings:
            for ours in job_readings:
                closeness, relation = _closeness(ours, theirs)
                score = closeness * (ours.confidence * theirs.confidence) ** 0.5 * recency
                if score > best.score:
                    field = shared_field(ours.code, theirs.code)
                    best = replace(
                        best,
                        score=score,
                        job_occupation=ours.title,
                        resume_title=title,
                        resume_read_from=read_from,
                        resume_occupation=theirs.title,
                        relation=relation,
                        field=field,
                    )
    return best


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    """One thing the resume's occupation may be read from: a job title, the role it states, or
    (title None) its tools or described work."""

    title: str | None
    context: str
    recency: float
    read_from: ResumeReadFrom


def resume_candidates(
    resume: ParsedResume, read_title: TitleReader
) -> tuple[list[TitleCandidate], tuple[Reading, ...]]:
    """What the resume's occupation is read from, latest job title first, and the readings
    of its tools or work when no job title says. The role a resume states counts beside its job
    titles, as much as an older one, when it reads as a job: a graduate's only listed job is
    often a "Trainee" stint, while "Post applied for: Mechanical Engineer" says the field. A
    role stated is weaker than a job held, so with no job title the tools may still say more."""
    titles = resume_titles(resume.experience)
    candidates = [
        TitleCandidate(title, context, OLDER_TITLE**position, "titles")
        for position, (title, context) in enumerate(titles)
    ]
    stated = stated_titles(resume)
    if stated and stated[0][0] not in dict(titles) and read_title(*stated[0]):
        recency = OLDER_TITLE if titles else 1.0
        candidates.append(TitleCandidate(*stated[0], recency, "stated"))
    by_skills: tuple[Reading, ...] = ()
    if not titles:
        if by_skills := skill_readings(resume):
            candidates.append(TitleCandidate(None, "", 1.0, "tools"))
        elif not candidates and (by_skills := described_readings(resume)):
            candidates.append(TitleCandidate(None, "", 1.0, "work"))
    return candidates, by_skills


def described_readings(resume: ParsedResume) -> tuple[Reading, ...]:
    """For a resume with neither job titles nor telling tools: what its described work and
    summary read as by meaning (match_text_field.py)."""
    return tuple(texts_readings(text for _, text, _ in resume_chunks(resume)))


def skill_readings(resume: ParsedResume) -> tuple[Reading, ...]:
    """For a resume without job titles (a flattened PDF): the occupations its tools point to.
    Each O*NET tool votes for the occupations that list it, a specific one (Abaqus: 7
    occupations) far more than a common one (Excel: 859); the occupations with the most votes
    are read, as sure as their share of the best one's votes, SKILLS_TRUST at most."""
    return _skill_readings(tuple(skill.name for skill in resume.skills))


@lru_cache(maxsize=2048)
def _skill_readings(names: tuple[str, ...]) -> tuple[Reading, ...]:
    """skill_readings, cached by the skills' names: a resume is matched against many jobs."""
    ranked = occupation_votes(names)[:SKILL_READINGS]
    if not ranked or ranked[0][1] < MIN_SKILL_VOTES:
        return ()
    index, top = get_knowledge().occupations, ranked[0][1]
    return tuple(
        Reading(code, occupation.title, SKILLS_TRUST * votes / top)
        for code, votes in ranked
        if (occupation := index.get(code)) is not None
    )


def occupation_votes(skill_names: Iterable[str]) -> list[tuple[str, float]]:
    """The occupations that list these skills, most votes first: each skill votes by how
    specific it is (the log of how few occupations list it)."""
    knowledge = get_knowledge()
    total = onet_occupation_count()
    votes: dict[str, float] = {}
    for name in skill_names:
        known = knowledge.skills.get(name)
        if known is None or not known.occupations:
            continue
        weight = max(0.0, math.log(total / len(known.occupations)))
        for code in known.occupations:
            votes[code] = votes.get(code, 0.0) + weight
    return sorted(votes.items(), key=lambda item: -item[1])


@lru_cache(maxsize=1)
def onet_occupation_count() -> int:
    """How many O*NET occupations there are: the ones a skill's `occupations` list. (Counting
    ESCO's too made Excel, listed by 859 of 1,016, a vote of log(3958/859) = 1.5 instead of
    0.17, so an office suite alone read as an occupation and Microsoft Office decided fields.)"""
    return sum(1 for item in get_knowledge().occupations.occupations if _is_soc(item.code))


def job_occupations(job: ParsedJob) -> tuple[Reading, ...]:
    """What the posting's title reads as, in the light of the posting's duties and skills; an
    occupation parsed with the job is one more reading, as sure as a reading can be."""
    return posting_occupations(job.title, given_code(job), job_text(job))


@lru_cache(maxsize=2048)
def posting_occupations(title: str | None, given: str | None, duties: str) -> tuple[Reading, ...]:
    """job_occupations, cached by what it reads: a posting is matched against many resumes."""
    known = given_reading(given)
    if title:
        return title_in_context(title, duties, known)
    return in_context(_with_known((), known), duties)


def resume_job_titles(resume: ParsedResume) -> list[tuple[str, str]]:
    """resume_titles; with no job title, the role the resume states."""
    return resume_titles(resume.experience) or stated_titles(resume)


def stated_titles(resume: ParsedResume) -> list[tuple[str, str]]:
    """The role the resume states ("Post applied for: Civil Engineer", an objective's "as a
    Mechanical Engineer"), described by its summary; graduates' CVs often list no job."""
    role = resume.stated_role
    if not role:
        return []
    return [(role, f"{role}. {resume.summary}" if resume.summary else role)]


def resume_titles(experience: list[Experience]) -> list[tuple[str, str]]:
    """Distinct job titles, latest first, each with what was done under it."""
    ordered = sorted(experience, key=recency)
    found: dict[str, str] = {}
    for job in reversed(ordered):
        title = (job.title or "").strip()
        if title and title not in found:
            found[title] = experience_text(job) or title
    return list(found.items())[:MAX_TITLES]


def in_context(readings: tuple[Reading, ...], context: str) -> tuple[Reading, ...]:
    """Readings of an ambiguous title re-ranked by how well each occupation's title fits what
    the title was written with ("QA Automation Engineer" beside Selenium suites reads as a
    software tester first, a validation engineer second): a reading that fits CONTEXT_MARGIN
    worse than the best one loses CONTEXT_PENALTY of its confidence. None is dropped: the
    context is short and often says little. (Occupation titles embed in ~2 ms; descriptions
    took ~15 ms each and ranked no better on the bench's dev split.)"""
    if len(readings) < 2 or not context:
        return readings
    target = vector(context)
    fits = [float(np.dot(target, vector(reading.title))) for reading in readings]
    best_fit = max(fits)
    adjusted = (
        replace(
            reading,
            confidence=reading.confidence
            * (1 - CONTEXT_PENALTY * min(1.0, (best_fit - fit) / CONTEXT_MARGIN)),
        )
        for reading, fit in zip(readings, fits, strict=True)
    )
    return tuple(sorted(adjusted, key=lambda reading: -reading.confidence))


@lru_cache(maxsize=4096)
def title_readings(title: str) -> tuple[Reading, ...]:
    """The occupations a title reads as, best first, each with its confidence.

    Postings pad titles with places and perks ("Chef de Partie  Award Winning Dining  Live
    In"): the title, its segments and its first segment without its last words are all tried,
    and the one that reads best (less a little for each cut) wins."""
    return _title_readings(title, NEAR_BEST)


@lru_cache(maxsize=4096)
def _title_matches(title: str) -> tuple[tuple[float, TitleMatch], ...]:
    """The matches of the best-reading variant of a title, best first, each with its score
    less the variant's cut (searched once, whichever `near` reads them). A variant reads as
    well as its best match names a field: "Owner/Manager/Head Chef" reads as a chef, since
    owners and managers are in every field (match_title_breadth.py)."""
    index = get_knowledge().occupations
    best: tuple[tuple[float, TitleMatch], ...] = ()
    best_rank = 0.0
    for variant, trust in practitioner_variants(title_variants(title)):
        matches = same_kind_of_job(variant, index.search(variant, limit=HEAD_CANDIDATES))
        if not matches:
            continue
        top = matches[0]
        rank = top.score * trust * match_trust(query_words(variant), top.title, top.occupation)
        if not best or rank > best_rank:
            best, best_rank = tuple((match.score * trust, match) for match in matches), rank
    return best


def practitioner_variants(variants: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The variants, and each that names a discipline as the work, as held by a trainee or as
    a department ("Mechanical Engineering Intern", "Site Engineering"), read as the one who
    does it: no occupation title keeps "intern" or "engineering" as its head, so the best
    match left was a lecturer in mechanical engineering. A programming language or framework
    held as a trainee ("Java Intern", ".NET Trainee") reads as its developer."""
    extra = [
        (practitioner, trust * PRACTITIONER_TRUST)
        for variant, trust in variants
        if len((practitioner := _practitioner(variant)).split()) >= 2 and practitioner != variant
    ]
    return variants + extra


def _practitioner(variant: str) -> str:
    found = _TECHNOLOGY_AS_WORK.match(variant)
    if found is not None and get_taxonomy().category(found["technology"]) in DEVELOPED:
        return f"{found['technology']} Developer"
    return _DISCIPLINE_AS_WORK.sub("Engineer", variant)


def matched_title(title: str, code: str) -> str | None:
    """The occupation title (an alternate title, or an ESCO label of a linked occupation)
    through which `title` reads as the occupation `code`, if it does."""
    for _, match in _title_matches(title):
        if any(reading.code == code for reading in _readings_of(match.occupation, 1.0)):
            return match.title
    return None


def _title_readings(title: str, near: float) -> tuple[Reading, ...]:
    """title_readings, keeping the matches within `near` of the best one."""
    best = _title_matches(title)
    if not best or best[0][0] < MIN_TITLE_SCORE:
        return ()
    floor = max(MIN_TITLE_SCORE, best[0][0] - near)
    readings: dict[str, Reading] = {}
    for confidence, match in best:
        if confidence < floor:
            break
        for reading in _readings_of(match.occupation, confidence):
            readings.setdefault(reading.code, reading)
    return tuple(readings.values())


@lru_cache(maxsize=8192)
def resume_title_readings(
    title: str, context: str, work: tuple[tuple[str, float], ...] = ()
) -> tuple[Reading, ...]:
    """What a job title on a resume reads as (title_in_context), each reading trusted as far
    as the title's words name its field (match_title_breadth.py): a candidate's "Owner",
    "Intern" or "Consultant" says how the job was held, not what the work was, so the
    described work and skills decide. `work`, the fields that work lies in (match_family.
    work_evidence), makes up the trust a reading's field lacks, up to the title's
    best-trusted reading, by the share of the work that lies in it: "QA Engineer" names
    engineers more often than testers, but not beside Selenium suites; a "Specialist" stays
    as unsure as it is.
    (A posting's title is read as it is: its duties are read beside it and its title names
    the job on offer.)"""
    words = query_words(title)
    readings = title_in_context(title, context)
    trusts = [match_trust(words, matched_title(title, item.code) or "", item) for item in readings]
    fields = dict(work)
    all_work, best_trust = sum(fields.values()), max(trusts, default=0.0)
    trusted = []
    for reading, trust in zip(readings, trusts, strict=True):
        if all_work > 0:
            field = family_of(reading.code, reading.isco_group) or ""
            trust += (best_trust - trust) * fields.get(field, 0.0) / all_work
        trusted.append(replace(reading, confidence=reading.confidence * trust))
    return tuple(sorted(trusted, key=lambda reading: -reading.confidence))


@lru_cache(maxsize=8192)
def title_in_context(title: str, context: str, known: Reading | None = None) -> tuple[Reading, ...]:
    """What a title reads as in the light of what it was written with (and `known`, an
    occupation given with it, as one more reading).

    The best match of a short title can be one source's odd alternate title: O*NET lists
    "Care Assistant" under Animal Caretakers, while its health care assistants, and ESCO's
    social and home care assistants, match a little less well. So the matches up to
    CONTEXT_NEAR below the best are read too, and in_context re-ranks all of them; one beyond
    NEAR_BEST is kept only when the context lifts it to within NEAR_BEST of the best after
    re-ranking (beside duties of residents' personal care, the care assistant reads as a
    nursing assistant; beside kennels, as before)."""
    core = _with_known(title_readings(title), known)
    wider = _with_known(_title_readings(title, CONTEXT_NEAR), known)
    if not context or len(wider) == len(core):
        return in_context(core, context)
    ranked = in_context(wider, context)
    inner = {reading.code for reading in core}
    top = ranked[0].confidence
    return tuple(
        reading
        for reading in ranked
        if reading.code in inner or reading.confidence >= top - NEAR_BEST
    )


def _with_known(readings: tuple[Reading, ...], known: Reading | None) -> tuple[Reading, ...]:
    if known is None:
        return readings
    return (known, *(reading for reading in readings if reading.code != known.code))


def same_kind_of_job(variant: str, matches: list[TitleMatch]) -> list[TitleMatch]:
    """The best CANDIDATES matches that keep the variant's head noun: a "Reconciliations
    Developer" is no billing clerk, a "Bid Engineer" no sales worker."""
    words = query_words(variant)
    kept = [match for match in matches if keeps_head(words, title_words(match.title))]
    return kept[:CANDIDATES]


def _readings_of(occupation: Occupation, confidence: float) -> list[Reading]:
    """An ESCO occupation counts as the O*NET one it is linked to, when there is one."""
    linked = get_knowledge().onet_occupations_of(occupation)
    if linked:
        return [Reading(item.code, item.title, confidence) for item in linked]
    return [Reading(occupation.code, occupation.title, confidence, occupation.isco_group)]


def _closeness(first: Reading, second: Reading) -> tuple[float, Relation]:
    """How close two occupations are: by code, by O*NET's related list, else by the SOC
    groups they share (ESCO-only occupations: by ISCO group)."""
    if first.code == second.code:
        return SAME, "same"
    if not (_is_soc(first.code) and _is_soc(second.code)):
        same = first.isco_group is not None and first.isco_group == second.isco_group
        return (RELATED, "related") if same else (0.0, "none")
    if first.code[:7] == second.code[:7]:
        return SAME, "same"
    if _related(first.code, second.code):
        return RELATED, "related"
    if first.code[:6] == second.code[:6]:
        return SAME_BROAD, "group"
    if first.code[:4] == second.code[:4] and first.code[:2] not in CROSS_FIELD_GROUPS:
        return SAME_MINOR, "group"
    if shared_field(first.code, second.code) is not None:
        return SAME_MAJOR, "field"
    return 0.0, "none"


def shared_field(first: str, second: str) -> str | None:
    """The field of work two O*NET-SOC codes share: a family of FIELD_FAMILIES, else their SOC
    major group unless it is one that holds every field."""
    if not (_is_soc(first) and _is_soc(second)):
        return None
    one, other = soc_family(first), soc_family(second)
    if one is not None and other is not None:
        return one if one == other else None
    major = first[:2]
    if major == second[:2] and major not in CROSS_FIELD_GROUPS:
        return SOC_MAJOR_GROUPS.get(major)
    return None


def _is_soc(code: str) -> bool:
    """An O*NET-SOC code ("15-1252.00"), not an ESCO URI."""
    return code[2:3] == "-"


@lru_cache(maxsize=65536)
def _related(first: str, second: str) -> bool:
    index = get_knowledge().occupations
    one, other = index.get(first), index.get(second)
    return bool(one and other and (second in one.related or first in other.related))


def given_code(job: ParsedJob) -> str | None:
    """ParsedJob may carry an `occupation` (a code, or an object or dict with a `code`)."""
    given = getattr(job, "occupation", None)
    code = given if isinstance(given, str) else None
    if isinstance(given, dict):
        code = given.get("code")
    elif given is not None and code is None:
        code = getattr(given, "code", None)
    return code if isinstance(code, str) else None


def given_reading(code: str | None) -> Reading | None:
    """The reading of an occupation given by code (an ESCO one as its linked O*NET one)."""
    occupation = get_knowledge().occupations.get(code) if code else None
    if occupation is None:
        return None
    readings = _readings_of(occupation, 1.0)
    return readings[0] if readings else None
