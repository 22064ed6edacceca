"""Jobs written as labelled fields, as many Indian and Gulf CVs write them:

    Company Name : ABC Constructions Pvt Ltd
    Designation  : Site Engineer
    Duration     : June 2015 to March 2018
    Responsibilities: Supervised RCC work...

Read line by line, a field that the current job already has starts the next job, so the blocks
may come in any order of fields.

With `lone_fields` (for an Experience section whose jobs are read no other way), a block may
give its title alone, and the line right above it names what the block lacks: the employer
("SkillTech Engineers and Contractors Pvt. Ltd., Mysore" over "Designation: Project
Engineer") or the title ("Electrical Technician" over "Organization: Sodexo Technical
Services")."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.dates import find_date_range
from app.resumes.parsing.experience import collect_highlights, without_leading_as
from app.resumes.parsing.roles import clean_fragments, is_place_placeholder, title_score
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
_WEB = re.compile(r"https?://|www\.|@", re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
"""An employer's "(Present)" or "(Mumbai)"."""
_TITLE_NOISE = re.compile(r"\s*[(,].*$|[.\s-]*\S*\d.*$")
"""What follows a title on its line: "(june 2014 to Aug 2015)", ".I'D-21563" (a staff id),
", 10/2014 : Current"."""
_EDGES = " .,;:-" + DASHES


def labelled_jobs(lines: list[str], *, lone_fields: bool = False) -> list[Experience]:
    """The jobs of `lines` if they are written as labelled fields, a title and its employer in
    one block at least, else none: a project's "Client:", "Duration:" and "Role:" inside a job
    are not jobs of their own. (`lone_fields`: see the module's docstring.)"""
    blocks: list[dict[str, str]] = []
    duties: list[list[str]] = []
    above: list[str] = []
    for line in lines:
        found = _LABELLED.match(strip_bullet(line).strip())
        if found is None:
            if blocks:
                duties[-1].append(line)
            above = [line, *above[:1]]
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
            if lone_fields:
                _name_from_above(blocks[-1], above, duties[-2] if len(duties) > 1 else [])
        above = []
        value = " ".join(value.split()).strip(_EDGES)
        value = without_leading_as(value) if kind == "title" else value  # "As Site Engineer"
        if kind == "company" and is_place_placeholder(value):
            # "Company Name : City , State": no employer, but the field is there (the next
            # one starts the next job)
            blocks[-1][kind] = ""
        elif value and len(value.split()) <= MAX_VALUE_WORDS:
            blocks[-1][kind] = value
    jobs = [_job(block, described) for block, described in zip(blocks, duties, strict=True)]
    if lone_fields:
        return [job for job in jobs if job.title and title_score(job.title) > 0]
    if not any(job.title and job.company for job in jobs):  # not a project's "Role:" and dates
        return []
    return [job for job in jobs if job.title or job.company]


def _name_from_above(block: dict[str, str], lines: list[str], previous_duties: list[str]) -> None:
    """The nearest of the (two) lines right above a block that reads as a company or a title,
    as the block's employer or title; no longer a duty of the job before. A web address between
    ("Website - http://...") is passed over."""
    for line in lines:
        if _WEB.search(line):
            continue
        parts = clean_fragments([_TRAILING_BRACKET.sub("", strip_bullet(line).strip())])
        if len(parts) != 1 or len(parts[0].split()) > MAX_VALUE_WORDS:
            return
        score = title_score(parts[0])
        if score > 0:
            block["title above"] = _TITLE_NOISE.sub("", parts[0]).strip(_EDGES)
            # "Accountant , 10/2014 : Current" (LiveCareer): the job's dates beside its title
            dated = line.replace(" : ", " - ")
            if "dates" not in block and find_date_range(dated) is not None:
                block["dates"] = dated
        elif score < 0:
            block["company above"] = parts[0]
        else:
            return
        if line in previous_duties:
            previous_duties.remove(line)
        return


def _is_experience_note(found: re.Match[str], value: str) -> bool:
    """ "Experience: Hands on inspection of machining" or "Experience: 2 years" under a job
    says what was done or for how long, not when: the job's dates are elsewhere."""
    return found["key"].lower() == "experience" and find_date_range(value) is None


def _kind(found: re.Match[str]) -> str:
    return next(kind for kind in _FIELDS if found[kind])


def _job(block: dict[str, str], duties: list[str]) -> Experience:
    dates = find_date_range(block.get("dates", ""))
    return Experience(
        title=block.get("title") or block.get("title above"),
        company=block.get("company") or block.get("company above") or None,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        highlights=collect_highlights([line for line in duties if line.strip()]),
    )
