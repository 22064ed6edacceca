"""Skill coverage: how many of the job's skills the resume has, the same, a related or a
broader one, and how much of that the resume's experience shows rather than only lists.

Each skill the job asks for weighs by how specific it is (an inverse document frequency over
O*NET: Excel is listed for 859 occupations and says little about the field, Abaqus for 7 and
says a lot); soft skills ("Communication") weigh least.

A group of alternatives ("Go or Java") is one required item, met by its best member. A skill
the resume only lists earns less than one its experience, titles or summary mention, and
coverage saturates (80% of a list earns it all), so listing dozens of skills cannot buy the
score: the occupation and semantic parts weigh what the candidate actually did.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from app.jobs.parsed import ParsedJob, PartialMatch
from app.knowledge.keys import lookup_key
from app.knowledge.store import get_knowledge
from app.resumes.parsed import ParsedResume
from app.skills.taxonomy import Taxonomy
from app.skills.title_skills import practices

RELATED_CREDIT = 0.5
"""A related skill (PostgreSQL for "SQL"), or one that is the other's broader skill."""
LISTED_ONLY = 0.6
"""A skill on the resume that nothing the candidate did mentions counts for this share."""
FULL_COVERAGE = 0.8
"""Job descriptions over-list skills: covering 80% of a list earns its full weight."""
REQUIRED_WEIGHT = 0.8
NICE_WEIGHT = 0.2
SOFT_SKILL = 0.3
"""Communication or teamwork is asked of every job: it says little about the field."""
TELLING = 0.8
ONET_OCCUPATIONS = 1016
SPECIFIC_AT = 10
"""A tool that O*NET lists for this few occupations or fewer is fully specific."""


@dataclass(frozen=True, slots=True)
class SkillFacts:
    key: str
    related: frozenset[str]
    broader: frozenset[str]
    kind: str | None = None
    occupations: int = 0
    """How many O*NET occupations list it (0: not an O*NET tool)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One thing the job asks for: a skill, or a group of alternatives."""

    label: str
    members: tuple[str, ...]
    weight: float = 1.0


@dataclass
class Coverage:
    items: int = 0
    total: float = 0.0
    credit: float = 0.0
    matched: list[str] = field(default_factory=list)
    partial: list[PartialMatch] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    """Matched skills that the resume's experience mentions, not only its skills list."""
    telling: list[str] = field(default_factory=list)
    """Matched skills specific to the field (weight TELLING or more), most specific first."""

    @property
    def ratio(self) -> float:
        return self.credit / self.total if self.total else 0.0

    @property
    def saturated(self) -> float:
        return min(1.0, self.ratio / FULL_COVERAGE)


@dataclass
class SkillsFit:
    required: Coverage
    nice: Coverage
    resume_skills: list[str]
    used: set[str]

    @property
    def applies(self) -> bool:
        return bool(self.required.total or self.nice.total)

    @property
    def score(self) -> float:
        """0..1: required coverage weighs most; nice-to-haves add the rest."""
        if self.required.total and self.nice.total:
            return REQUIRED_WEIGHT * self.required.saturated + NICE_WEIGHT * self.nice.saturated
        return (self.required if self.required.total else self.nice).saturated


def assess_skills(resume: ParsedResume, job: ParsedJob, taxonomy: Taxonomy) -> SkillsFit:
    practised = title_practices(resume, taxonomy)
    resume_skills = unique(
        [
            *(taxonomy.canonical(skill.name) or skill.name for skill in resume.skills),
            *practised,
            *studied(resume, taxonomy),
        ]
    )
    shown = _mentioned_in_experience(resume, taxonomy) | set(practised)
    required = required_items(job, taxonomy)
    taken = {member for item in required for member in item.members}
    nice = [
        Item(name, (name,), _weight((name,), taxonomy))
        for name in unique(taxonomy.canonical(s) or s for s in job.nice_to_have_skills)
        if name not in taken
    ]
    fit = SkillsFit(
        required=_cover(required, resume_skills, shown, taxonomy),
        nice=_cover(nice, resume_skills, shown, taxonomy),
        resume_skills=resume_skills,
        used=taken | {item.label for item in nice},
    )
    fit.used |= {partial.via for partial in fit.required.partial + fit.nice.partial}
    fit.used |= set(fit.required.matched + fit.nice.matched)
    return fit


def required_items(job: ParsedJob, taxonomy: Taxonomy) -> list[Item]:
    """The job's required skills with each group of alternatives folded into one item, placed
    where its first member was listed."""
    groups: dict[str, Item] = {}
    for group in job.alternative_skills:
        members = tuple(unique(taxonomy.canonical(s) or s for s in group))
        if len(members) > 1:
            item = Item(" or ".join(members), members, _weight(members, taxonomy))
            for member in members:
                groups.setdefault(member, item)
    items: list[Item] = []
    for name in unique(taxonomy.canonical(s) or s for s in job.required_skills):
        item = groups.get(name) or Item(name, (name,), _weight((name,), taxonomy))
        if item not in items:
            items.append(item)
    items += [item for item in dict.fromkeys(groups.values()) if item not in items]
    return items


def _cover(
    items: list[Item], resume_skills: list[str], shown: set[str], taxonomy: Taxonomy
) -> Coverage:
    coverage = Coverage(items=len(items), total=sum(item.weight for item in items))
    have = set(resume_skills)
    for item in items:
        exact = next((member for member in item.members if member in have), None)
        if exact is not None:
            coverage.matched.append(exact)
            if item.weight >= TELLING:
                coverage.telling.append(exact)
            evidenced = exact in shown
            coverage.credit += item.weight * (1.0 if evidenced else LISTED_ONLY)
            if evidenced:
                coverage.shown.append(exact)
            continue
        via, credit = _best_related(item.members, resume_skills, taxonomy)
        if via is None:
            coverage.missing.append(item.label)
            continue
        coverage.partial.append(PartialMatch(skill=item.label, via=via, credit=credit))
        coverage.credit += item.weight * credit * (1.0 if via in shown else LISTED_ONLY)
    return coverage


def _weight(members: tuple[str, ...], taxonomy: Taxonomy) -> float:
    """How much an item tells about the field: its most specific member's specificity."""
    return max(specificity(member, taxonomy) for member in members)


def specificity(name: str, taxonomy: Taxonomy) -> float:
    """SOFT_SKILL..1: soft skills weigh least (a language, "German", is no soft skill here); a
    tool by how few occupations O*NET lists it for; any other skill fully."""
    known = facts(name)
    if taxonomy.category(name) == "soft" and known.kind != "language":
        return SOFT_SKILL
    if not known.occupations:
        return 1.0
    idf = math.log(ONET_OCCUPATIONS / known.occupations) / math.log(ONET_OCCUPATIONS / SPECIFIC_AT)
    return max(SOFT_SKILL, min(1.0, idf))


def _best_related(
    members: tuple[str, ...], resume_skills: list[str], taxonomy: Taxonomy
) -> tuple[str | None, float]:
    best, best_credit = None, 0.0
    for member in members:
        for candidate in resume_skills:
            credit = similarity(member, candidate, taxonomy)
            if credit > best_credit:
                best, best_credit = candidate, credit
    return best, best_credit


def similarity(wanted: str, have: str, taxonomy: Taxonomy) -> float:
    """1 for the same skill, RELATED_CREDIT for a related, broader or narrower one, else 0.

    Two skills that only share an O*NET product category get nothing: the categories are
    wide ("Development environment software" holds Go and Apache Kafka)."""
    credit = taxonomy.similarity(wanted, have)
    if credit >= 1.0:
        return 1.0
    first, second = facts(wanted), facts(have)
    if first.key == second.key:
        return 1.0
    if (
        second.key in first.related
        or first.key in second.related
        or second.key in first.broader
        or first.key in second.broader
    ):
        return max(credit, RELATED_CREDIT)
    return credit


@lru_cache(maxsize=8192)
def facts(name: str) -> SkillFacts:
    """What the knowledge base says about a skill, as lookup keys; just its key when unknown."""
    skill = get_knowledge().skills.get(name)
    if skill is None:
        return SkillFacts(lookup_key(name), frozenset(), frozenset())
    return SkillFacts(
        key=lookup_key(skill.name),
        related=frozenset(lookup_key(other) for other in skill.related),
        broader=frozenset(lookup_key(other) for other in skill.broader),
        kind=skill.kind,
        occupations=len(skill.occupations),
    )


def title_practices(resume: ParsedResume, taxonomy: Taxonomy) -> list[str]:
    """The practices the resume's job titles name: a "Database Administrator" does database
    administration, a "Software Tester" software testing, whether or not a skills list says so
    (a posting asking for "3+ years as a DBA" asks for the practice)."""
    titles = unique(job.title.strip() for job in resume.experience if job.title)
    return unique(name for title in titles for name in practices(title, taxonomy))


def studied(resume: ParsedResume, taxonomy: Taxonomy) -> list[str]:
    """The disciplines the resume's degrees are in, as listed skills: a B.E. in Civil Engineering
    has the civil engineering a posting asks a degree in. Only a field named in full ("Civil
    Engineering", "Mechanical engineer"): a degree's short form ("ECE") is no skill."""
    found: list[str] = []
    for entry in resume.education:
        field = " ".join((entry.field or "").split())
        if len(field.split()) < 2:
            continue
        known = taxonomy.canonical(field)
        found += [known] if known else practices(field, taxonomy)
    return unique(found)


def _mentioned_in_experience(resume: ParsedResume, taxonomy: Taxonomy) -> set[str]:
    return experience_skills(described_work(resume), taxonomy)


def described_work(resume: ParsedResume) -> str:
    """What the candidate says they did: titles, highlights and summary."""
    lines = [resume.summary or ""]
    for job in resume.experience:
        lines += [job.title or "", *job.highlights]
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=1024)
def _extracted(text: str, taxonomy: Taxonomy) -> frozenset[str]:
    return frozenset(taxonomy.extract(text))


def experience_skills(text: str, taxonomy: Taxonomy) -> set[str]:
    return set(_extracted(text, taxonomy)) if text else set()


def unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))
