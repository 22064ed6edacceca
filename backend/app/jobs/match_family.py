"""The field of work each side is in, and how much the two agree.

A title read alone can mislead ("Project Manager" is in every field, a misparsed title reads
as some occupation), and ESCO occupations (a "care at home worker") carry
no SOC code to compare by group. Here every side gets a spread over fields of work
(FIELD_FAMILIES, else the SOC major group; an ESCO occupation by its ISCO group): from the
occupations its titles read as, and from the occupations its specific tools and skills point
to. Two sides agree as far as their spreads overlap, so a nurse resume agrees with a nursing
posting through its job titles and its clinical skills together, and one stray title does not
make a chef a software developer. The occupation part of a match is then part title
closeness, part field agreement (FIELD_SHARE).
"""

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from app.jobs.match_occupation import (
    CROSS_FIELD_GROUPS,
    FIELD_FAMILIES,
    OLDER_TITLE,
    SOC_MAJOR_GROUPS,
    OccupationFit,
    Reading,
    in_context,
    job_occupations,
    occupation_votes,
    resume_titles,
    title_readings,
)
from app.jobs.parsed import ParsedJob
from app.resumes.parsed import ParsedResume

ISCO_FAMILIES: dict[str, tuple[str, ...]] = {
    "healthcare": ("22", "32", "532", "1342", "1343", "2635", "3412"),
    "computing": ("25", "35", "133"),
    "food and hospitality": ("1411", "1412", "3434", "512", "513", "94"),
    "finance and accounting": ("241", "331", "1211", "431"),
    "human resources": ("1212", "2423", "4416"),
    "sales": ("52", "243", "332", "1221", "1420"),
    "education": ("23", "1345"),
    "legal": ("261", "3411"),
    "engineering": ("214", "215", "311", "1321"),
    "arts, design and media": ("216", "264", "265", "343", "1222"),
    "construction": ("71", "1323", "3123"),
}  # fmt: skip
"""ISCO-08 group prefixes of the same fields of work as FIELD_FAMILIES, for ESCO occupations."""
CROSS_FIELD_WEIGHT = 0.3
"""Management, business and office occupations say little about the field."""
SKILL_OCCUPATIONS = 8
"""The occupations a side's tools point to most, read as its fields."""
SKILLS_SHARE = 0.25
"""What the tools add to the spread, against the titles' whole (set on the dev split of
bench/matching.py, as FIELD_SHARE)."""
FIELD_SHARE = 0.7
"""The field agreement's share of the occupation part; title closeness has the rest. Titles
are often missing, misread or generic ("Project Manager"); the field rests on every title and
the skills too."""

Spread = dict[str, float]


def family_of(code: str, isco_group: str | None = None) -> str | None:
    """The field of work of an O*NET-SOC code or an ESCO occupation's ISCO group."""
    if code[2:3] == "-":
        for name, prefixes in FIELD_FAMILIES.items():
            if code.startswith(prefixes):
                return name
        return SOC_MAJOR_GROUPS.get(code[:2])
    if isco_group:
        for name, prefixes in ISCO_FAMILIES.items():
            if isco_group.startswith(prefixes):
                return name
    return None


def reading_spread(readings: Iterable[tuple[Reading, float]]) -> Spread:
    """Fields weighed by each reading's confidence times its own weight (a title's recency)."""
    spread: Spread = {}
    for reading, weight in readings:
        family = family_of(reading.code, reading.isco_group)
        if family is None:
            continue
        cross = reading.code[2:3] == "-" and reading.code[:2] in CROSS_FIELD_GROUPS
        if cross and family in SOC_MAJOR_GROUPS.values():
            weight *= CROSS_FIELD_WEIGHT
        spread[family] = spread.get(family, 0.0) + reading.confidence * weight
    return spread


def skills_spread(names: Iterable[str]) -> Spread:
    """The fields of the occupations that a side's skills point to, each skill voting by how
    specific it is (the log of how few occupations list it)."""
    spread: Spread = {}
    for code, vote in occupation_votes(dict.fromkeys(names))[:SKILL_OCCUPATIONS]:
        family = family_of(code)
        if family is not None:
            spread[family] = spread.get(family, 0.0) + vote
    return spread


def blend(titles: Spread, skills: Spread) -> Spread:
    """Both spreads normalised; the tools count SKILLS_SHARE, or all when there are no titles."""
    parts = [(_normalised(titles), 1.0 - SKILLS_SHARE), (_normalised(skills), SKILLS_SHARE)]
    present = [(spread, share) for spread, share in parts if spread]
    whole = sum(share for _, share in present)
    blended: Spread = {}
    for spread, share in present:
        for family, value in spread.items():
            blended[family] = blended.get(family, 0.0) + value * share / whole
    return blended


def with_fields(fit: OccupationFit, resume: ParsedResume, job: ParsedJob) -> OccupationFit:
    """The occupation fit with the two sides' fields of work and their agreement folded in."""
    theirs, ours = resume_families(resume), job_families(job)
    if not (theirs and ours):
        return fit
    overlap = agreement(ours, theirs)
    title_share = fit.score if fit.applies else 0.0
    return replace(
        fit,
        score=(1 - FIELD_SHARE) * title_share + FIELD_SHARE * overlap,
        applies=True,
        job_field=top_family(ours),
        resume_field=top_family(theirs),
        field_agreement=overlap,
    )


def job_families(job: ParsedJob) -> Spread:
    return dict(_job_families(job.model_dump_json()))


def resume_families(resume: ParsedResume) -> Spread:
    titles = tuple(resume_titles(resume.experience))
    return dict(_resume_families(titles, tuple(skill.name for skill in resume.skills)))


@lru_cache(maxsize=2048)
def _job_families(job_json: str) -> tuple[tuple[str, float], ...]:
    """Cached by the posting's JSON: a posting is matched against many resumes."""
    job = ParsedJob.model_validate_json(job_json)
    readings = ((reading, 1.0) for reading in job_occupations(job))
    skills = [*job.required_skills, *job.nice_to_have_skills]
    return tuple(blend(reading_spread(readings), skills_spread(skills)).items())


@lru_cache(maxsize=2048)
def _resume_families(
    titles: tuple[tuple[str, str], ...], skills: tuple[str, ...]
) -> tuple[tuple[str, float], ...]:
    readings: list[tuple[Reading, float]] = []
    for position, (title, context) in enumerate(titles):
        recency = OLDER_TITLE**position
        readings += [(reading, recency) for reading in in_context(title_readings(title), context)]
    return tuple(blend(reading_spread(readings), skills_spread(skills)).items())


def agreement(first: Spread, second: Spread) -> float:
    """How much two spreads overlap, 0..1 (the sum of the smaller shares)."""
    return sum(min(value, second.get(family, 0.0)) for family, value in first.items())


def top_family(spread: Spread) -> str | None:
    return max(spread, key=lambda family: spread[family]) if spread else None


def _normalised(spread: Spread) -> Spread:
    total = sum(spread.values())
    return {family: value / total for family, value in spread.items()} if total else {}
