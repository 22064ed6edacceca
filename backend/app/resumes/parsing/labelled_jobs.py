"""Jobs written as labelled fields, as many Indian and Gulf CVs write them:

    Company Name : ABC Constructions Pvt Ltd
    Designation  : Site Engineer
    Duration     : June 2015 to March 2018
    Responsibilities: Supervised RCC work...

Read line by line, a field that the current job already has starts the next job, so the blocks
may come in any order of fields."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.dates import find_date_range
from app.resumes.parsing.experience import collect_highlights, without_leading_as
from app.resumes.parsing.text import DASHES, strip_bullet

_FIELDS = {
    "company": r"(?:name of (?:the )?)?(?:company|organi[sz]ation|employer|firm)(?: name)?",
    "title": r"designation|position(?: held)?|job title|job role|role|post held",
    "dates": r"duration|period|tenure|work(?:ing)? period|period of (?:work|service|employment)"
    r"|dates?(?: of employment)?|experience",
    "duties": r"(?:key |job |main )?(?:responsibilit(?:y|ies)|duties|job profile|description"
    r"|roles? (?:and|&) responsibilities)",
}
_NUMBERED = r"(?:\d{1,2}[.)]\s*)?"  # "1. Organisation : ..."
_KEYS = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _FIELDS.items())
_LABELLED = re.compile(
    rf"^{_NUMBERED}(?P<key>{_KEYS})"
    rf"\s*[:{DASHES}-]+\s*(?P<value>.*)$",
    re.IGNORECASE,
)
MAX_VALUE_WORDS = 12
_EDGES = " .,;:-" + DASHES


def labelled_jobs(lines: list[str]) -> list[Experience]:
    """The jobs of `lines` if they are written as labelled fields, a title and its employer in
    one block at least, else none: a project's "Client:", "Duration:" and "Role:" inside a job
    are not jobs of their own."""
    blocks: list[dict[str, str]] = []
    duties: list[list[str]] = []
    for line in lines:
        found = _LABELLED.match(strip_bullet(line).strip())
        if found is None:
            if blocks:
                duties[-1].append(line)
            continue
        kind, value = _kind(found), found["value"].strip()
        if _is_experience_note(found, value):
            kind = "duties"
        if kind == "duties":
            if blocks and value:
                duties[-1].append(value)
            continue
        if not blocks or kind in blocks[-1]:
            blocks.append({})
            duties.append([])
        value = " ".join(value.split()).strip(_EDGES)
        value = without_leading_as(value) if kind == "title" else value  # "As Site Engineer"
        if value and len(value.split()) <= MAX_VALUE_WORDS:
            blocks[-1][kind] = value
    jobs = [_job(block, described) for block, described in zip(blocks, duties, strict=True)]
    if not any(job.title and job.company for job in jobs):  # not a project's "Role:" and dates
        return []
    return [job for job in jobs if job.title or job.company]


def _is_experience_note(found: re.Match[str], value: str) -> bool:
    """ "Experience: Hands on inspection of machining" or "Experience: 2 years" under a job
    says what was done or for how long, not when: the job's dates are elsewhere."""
    return found["key"].lower() == "experience" and find_date_range(value) is None


def _kind(found: re.Match[str]) -> str:
    return next(kind for kind in _FIELDS if found[kind])


def _job(block: dict[str, str], duties: list[str]) -> Experience:
    dates = find_date_range(block.get("dates", ""))
    return Experience(
        title=block.get("title"),
        company=block.get("company"),
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        highlights=collect_highlights([line for line in duties if line.strip()]),
    )
