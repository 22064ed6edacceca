"""Read a job description: title, occupation, seniority, required vs nice-to-have skills (and
which of them stand in for each other), years asked for and responsibilities. Deterministic and
rule-based, so every field can be explained.

The posting is first read into passages tagged by section, boilerplate set apart
(app/jobs/passages.py); skills are then found in the passages about the job, but not where
a passage speaks of the team or colleagues ("a team of data scientists who use Spark"), nor
those said not to be needed ("SQL is not required": app/skills/negation.py), nor a kind named
before its examples ("programming languages such as Java": app/jobs/examples.py). The
occupation is the title's, read in the light of the duties and skills as matching reads it
(app/jobs/occupation_in_context.py).
"""

import re

from app.jobs.alternatives import alternative_groups
from app.jobs.examples import names_examples
from app.jobs.headings import SectionKind
from app.jobs.occupation import match_occupation
from app.jobs.occupation_in_context import occupation_in_context
from app.jobs.parsed import ParsedJob, Seniority
from app.jobs.passages import Passage, read_passages

# The names _collect_skills was written against, when all of this was one module.
from app.jobs.passages import Passage as _Item
from app.jobs.passages import check_deadline as _check_deadline
from app.jobs.passages import within as _within
from app.jobs.sentences import sentence_spans
from app.jobs.years import years_in
from app.knowledge.keys import lookup_key
from app.knowledge.occupations import OccupationIndex
from app.knowledge.store import get_knowledge
from app.skills.finder import SkillFinder, get_skill_finder
from app.skills.matcher import SkillMention
from app.skills.taxonomy import get_taxonomy
from app.skills.testing_kinds import beside_kinds
from app.skills.title_skills import written_in_title

SENIORITY_LEVELS: tuple[Seniority, ...] = ("intern", "junior", "mid", "senior", "lead")
MAX_TITLE_LENGTH = 200  # job_descriptions.title and interviews.job_title are VARCHAR(200)
MAX_YEARS_REQUIRED = 40
# Sections whose skills are asked for: their text goes to skill extraction as requirements.
_ASKED_FOR: tuple[SectionKind, ...] = ("requirements", "responsibilities")

_TITLE_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\bintern(?:ship)?\b|\bco-?op\b", re.I)),
    (
        "lead",
        re.compile(
            r"\b(?:principal|lead|head|director|vp|vice president|chief|charge nurse)\b"
            # "Staff Engineer" is a level; "Staff Accountant" and "Staff Nurse" are not.
            r"|\bstaff\s+(?:[a-z]+\s+){0,2}(?:engineer|developer|scientist|designer|architect)",
            re.I,
        ),
    ),
    ("senior", re.compile(r"\b(?:senior|sr)\b|\b(?-i:III|IV)\b", re.I)),
    (
        "junior",
        re.compile(
            r"\b(?:junior|jr|entry[- ]level|graduate|new grad|associate|trainee|apprentice)\b"
            r"|\b(?-i:I)$",
            re.I,
        ),
    ),
    ("mid", re.compile(r"\b(?:mid[- ]level|intermediate)\b|\b(?-i:II)\b", re.I)),
)
_TEXT_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\b(?:internship|summer intern|intern program)\b", re.I)),
    (
        "junior",
        re.compile(
            r"\b(?:entry[- ]level|new grad(?:uate)?s?|recent graduates?|early[- ]career"
            r"|junior[- ]level)\b",
            re.I,
        ),
    ),
    ("lead", re.compile(r"\b(?:staff|principal)[- ]level\b", re.I)),
    ("senior", re.compile(r"\bsenior[- ]level\b", re.I)),
    ("mid", re.compile(r"\bmid[- ]level\b", re.I)),
)


def parse_job_description(
    text: str,
    title: str | None = None,
    *,
    skills: SkillFinder | None = None,
    occupations: OccupationIndex | None = None,
    deadline: float | None = None,
) -> ParsedJob:
    """Parse a job description; `title`, when given, wins over the one found in the text.

    Time is linear in the length of the text. With a `deadline` (a `time.monotonic()` value),
    raises TimeoutError between two lines once it has passed."""
    skills = skills or get_skill_finder()
    occupations = occupations or get_knowledge().occupations
    found_title, items = read_passages(text, occupations=occupations, deadline=deadline)
    if found_title and len(found_title) > MAX_TITLE_LENGTH:
        found_title = None  # not a title, and it would not fit the title columns
    title = (title or found_title or "").strip() or None
    required, nice = _collect_skills(items, title, skills, deadline)
    years = _years_required(items)
    about_the_job = "\n".join(item.text for item in items if item.kind != "other")
    job = ParsedJob(
        title=title,
        occupation=match_occupation(title, occupations)
        or match_occupation(found_title if found_title != title else None, occupations),
        seniority=detect_seniority(_level_title(title, found_title), about_the_job, years),
        required_skills=required,
        nice_to_have_skills=[skill for skill in nice if skill not in required],
        alternative_skills=_alternatives(items, required, skills, deadline),
        years_required=years,
        responsibilities=_responsibilities(items),
    )
    return job.model_copy(update={"occupation": occupation_in_context(job)})


def seniority_from_title(title: str | None) -> Seniority | None:
    """The level a job title states, if any ("Sr. Data Analyst" -> senior)."""
    if not title:
        return None
    return next((level for level, pattern in _TITLE_LEVELS if pattern.search(title)), None)


def level_for_years(years: float) -> Seniority:
    """The level years of experience usually map to: under 2 junior, under 5 mid, under 8
    senior, then lead."""
    if years < 2:
        return "junior"
    if years < 5:
        return "mid"
    return "senior" if years < 8 else "lead"


def detect_seniority(title: str | None, text: str, years: float | None) -> Seniority:
    """The title's level, else an explicit phrase in the text ("entry-level"), else the years
    asked for, else mid."""
    from_title = seniority_from_title(title)
    if from_title:
        return from_title
    for level, pattern in _TEXT_LEVELS:
        if pattern.search(text):
            return level
    return level_for_years(years) if years is not None else "mid"


def _level_title(title: str | None, found_title: str | None) -> str | None:
    """The title that states a level: the given one, else the posting's own."""
    if seniority_from_title(title) or not found_title:
        return title
    return found_title


def _collect_skills(
    items: list[_Item], title: str | None, skills: SkillFinder, deadline: float | None
) -> tuple[list[str], list[str]]:
    required: list[str] = (
        skills.names(title) + written_in_title(title, get_taxonomy()) if title else []
    )
    nice: list[str] = []
    intro: list[str] = []
    for item in items:
        _check_deadline(deadline)
        if item.kind == "other":
            continue
        mentions = _with_kinds_of_testing(item.text, skills.find(item.text))
        starts = sorted(mention.start for mention in mentions)
        for mention in mentions:
            if item.about_others(mention.start) or names_examples(item.text, mention, starts):
                continue
            in_nice = item.kind == "nice" or _within(item.nice_spans, mention.start)
            if in_nice:
                nice.append(mention.name)
            elif item.kind == "intro":
                intro.append(mention.name)
            else:
                required.append(mention.name)
    if not any(item.kind == "requirements" for item in items):
        required += intro
    required = _once_each(required)
    asked = {lookup_key(name) for name in required}
    return required, [name for name in _once_each(nice) if lookup_key(name) not in asked]


def _once_each(names: list[str]) -> list[str]:
    """ "Performance testing" and "performance testing" are one skill, shown as first written."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(lookup_key(name), name)
    return list(first.values())


def _with_kinds_of_testing(text: str, found: list[SkillMention]) -> list[SkillMention]:
    """ "API testing" is asked for as itself, not as the API design its first word names. Only
    well-known kinds: a posting's capitalised words before "testing" are as often a list ("PMs,
    Business Analysts, testing")."""
    mentions, kinds = beside_kinds(text, found, well_known=True)
    mentions += [
        SkillMention(kind.name, kind.start, kind.end, text[kind.start : kind.end]) for kind in kinds
    ]
    return sorted(mentions, key=lambda mention: mention.start)


def _alternatives(
    items: list[Passage], required: list[str], skills: SkillFinder, deadline: float | None
) -> list[list[str]]:
    """Groups of required skills offered as alternatives, from the text whose skills are
    required (the introduction's too when no section lists requirements)."""
    asked_for = _ASKED_FOR
    if not any(item.kind == "requirements" for item in items):
        asked_for = (*_ASKED_FOR, "intro")
    texts = [(item.text, item.in_nice_span) for item in items if item.kind in asked_for]
    return alternative_groups(texts, required, skills, deadline)


def _years_required(items: list[Passage]) -> float | None:
    """The largest "N+ years" the requirements ask of the candidate (outside nice-to-have
    sentences), else the introduction's, else the duties' (a posting in one paragraph may run
    its requirements on under "Main duties:"); a range counts by its lower end."""
    for kinds in (("requirements",), ("intro",), ("responsibilities",)):
        found = [
            value
            for item in items
            if item.kind in kinds
            for value in years_in(item.text, item.in_nice_span)
            if value <= MAX_YEARS_REQUIRED
        ]
        if found:
            return max(found)
    return None


def _responsibilities(items: list[Passage]) -> list[str]:
    duties = [item for item in items if item.kind == "responsibilities"]
    if any(item.is_bullet for item in duties):
        lines = [item.text for item in duties if item.is_bullet]
    else:
        lines = [
            item.text[start:end].strip()
            for item in duties
            for start, end in sentence_spans(item.text)
        ]
    return [line for line in lines if len(line.split()) >= 2]
