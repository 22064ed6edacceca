"""A candidate signal for matching within a field: the kind of work each side does, and how much
the two agree. Measured here, not used by the matcher (see bench/kind_signal.py).

The field spread (match_family.py) tells a nurse from a developer; within computing it cannot
tell a tester from a network engineer or a database administrator, nor, within engineering, a
civil engineer from a mechanical one: all read as one field. Here each side gets a spread over
kinds of work, the SOC detailed occupations (15-1253 software testers, 17-2051 civil
engineers; an ESCO occupation without a SOC code by its ISCO unit group), read from the same
evidence as the field: what the described work or the duties mean, the occupations the skills
point to, and the titles. Kinds in one SOC broad group (testers, developers and web
developers, 15-1250) count as partly the same.
"""

from collections.abc import Iterable
from functools import lru_cache

from app.jobs.match_family import agreement, summed
from app.jobs.match_occupation import (
    OLDER_TITLE,
    job_occupations,
    occupation_votes,
    resume_title_readings,
    resume_titles,
)
from app.jobs.match_reading import Reading
from app.jobs.match_semantic import job_text, resume_chunks
from app.jobs.match_text_field import text_readings
from app.jobs.parsed import ParsedJob
from app.resumes.parsed import ParsedResume

WORK_SHARE, SKILLS_SHARE, TITLES_SHARE = 0.6, 0.3, 0.1
"""What the meaning of the work, the skills and the titles add to a side's kinds. Titles weigh
least: the field already reads them, and a title-blind resume must still read as its kind."""
SKILL_OCCUPATIONS = 8
"""The occupations a side's skills point to most, read as its kinds."""
RELATED = 0.2
"""What a kind of the same SOC broad group counts for in the agreement."""

Spread = dict[str, float]


def kind_of(reading: Reading) -> str | None:
    """The SOC detailed occupation of an O*NET code ("15-1252.00" -> "15-1252"), else the ESCO
    occupation's ISCO unit group."""
    if reading.code[2:3] == "-":
        return reading.code[:7]
    return f"isco {reading.isco_group[:4]}" if reading.isco_group else None


def kind_agreement(first: Spread, second: Spread) -> float:
    """How much two kind spreads overlap, 0..1: the sum of the smaller shares, and RELATED of
    what more overlaps by SOC broad group."""
    exact = agreement(first, second)
    broad = agreement(_broad(first), _broad(second))
    return exact + RELATED * max(0.0, broad - exact)


def job_kinds(job: ParsedJob) -> Spread:
    skills = (*job.required_skills, *job.nice_to_have_skills)
    return dict(_job_kinds(job_occupations(job), job_text(job), skills))


def resume_kinds(resume: ParsedResume) -> Spread:
    titles = tuple(resume_titles(resume.experience))
    texts = tuple(text for _, text, _ in resume_chunks(resume))
    skills = tuple(skill.name for skill in resume.skills)
    return dict(_resume_kinds(titles, texts, skills))


@lru_cache(maxsize=2048)
def _job_kinds(
    readings: tuple[Reading, ...], duties: str, skills: tuple[str, ...]
) -> tuple[tuple[str, float], ...]:
    """Cached by what it reads from: a posting is matched against many resumes."""
    titles = _normalised(_spread((reading, 1.0) for reading in readings))
    work = _spread((reading, 1.0) for reading in text_readings(duties))
    return tuple(_blend(titles, skills_kinds(skills), work).items())


@lru_cache(maxsize=2048)
def _resume_kinds(
    titles: tuple[tuple[str, str], ...], texts: tuple[str, ...], skills: tuple[str, ...]
) -> tuple[tuple[str, float], ...]:
    by_titles: Spread = {}
    for position, (title, context) in enumerate(titles):
        readings = resume_title_readings(title, context)
        for kind, value in _normalised(_spread((reading, 1.0) for reading in readings)).items():
            by_titles[kind] = by_titles.get(kind, 0.0) + value * OLDER_TITLE**position
    work: Spread = {}
    for text in texts:
        for kind, value in _normalised(
            _spread((reading, 1.0) for reading in text_readings(text))
        ).items():
            work[kind] = work.get(kind, 0.0) + value
    return tuple(_blend(by_titles, skills_kinds(skills), work).items())


def skills_kinds(names: Iterable[str]) -> Spread:
    """The kinds of the occupations a side's skills point to most."""
    spread: Spread = {}
    for code, vote in occupation_votes(dict.fromkeys(names))[:SKILL_OCCUPATIONS]:
        kind = kind_of(Reading(code, "", 1.0))
        if kind is not None:
            spread[kind] = spread.get(kind, 0.0) + vote
    return spread


def _spread(readings: Iterable[tuple[Reading, float]]) -> Spread:
    spread: Spread = {}
    for reading, weight in readings:
        kind = kind_of(reading)
        if kind is not None:
            spread[kind] = spread.get(kind, 0.0) + reading.confidence * weight
    return spread


def _blend(titles: Spread, skills: Spread, work: Spread) -> Spread:
    """The spreads normalised and weighed by their shares; missing ones' shares go to the rest."""
    parts = [(titles, TITLES_SHARE), (skills, SKILLS_SHARE), (work, WORK_SHARE)]
    parts = [(spread, share) for spread, share in parts if spread and share > 0]
    whole = sum(share for _, share in parts)
    return summed(
        *(
            {kind: value * share / whole for kind, value in _normalised(spread).items()}
            for spread, share in parts
        )
    )


def _broad(spread: Spread) -> Spread:
    """The spread by SOC broad group (15-1253 -> 15-125); other kinds as they are."""
    broad: Spread = {}
    for kind, value in spread.items():
        group = kind[:6] if kind[2:3] == "-" else kind
        broad[group] = broad.get(group, 0.0) + value
    return broad


def _normalised(spread: Spread) -> Spread:
    total = sum(spread.values())
    return {kind: value / total for kind, value in spread.items()} if total else {}
