"""Jobs as some resume exports write them, under a "Company Details" heading: a
"company - <employer>" line, then "description - <what was done>" and the lines that carry on
from it, with no title or dates of their own. The title, when there is one, is written elsewhere
as "<title> - <employer>" (often among the education lines)."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.experience import collect_highlights
from app.resumes.parsing.text import DASHES

_SEPARATOR = rf"\s*[{DASHES}:-]\s*"
_COMPANY = re.compile(rf"^company{_SEPARATOR}(?P<value>\S.*)$", re.I)
_DESCRIPTION = re.compile(rf"^description{_SEPARATOR}(?P<value>.*)$", re.I)
MAX_TITLE_WORDS = 8


def export_jobs(lines: list[str], *, all_lines: list[str]) -> list[Experience]:
    """The jobs of `lines` if they are written this way, else none; `all_lines`: the whole
    resume, where "<title> - <employer>" lines name the jobs' titles."""
    companies = [
        (index, found["value"].strip())
        for index, line in enumerate(lines)
        if (found := _COMPANY.match(line.strip()))
    ]
    jobs: list[Experience] = []
    for position, (start, company) in enumerate(companies):
        end = companies[position + 1][0] if position + 1 < len(companies) else len(lines)
        described = [_value(_DESCRIPTION, line) or line for line in lines[start + 1 : end]]
        jobs.append(
            Experience(
                title=_title_at(company, all_lines),
                company=company,
                highlights=collect_highlights([line for line in described if line.strip()]),
            )
        )
    return jobs


def _value(pattern: re.Pattern[str], line: str) -> str | None:
    found = pattern.match(line.strip())
    return found["value"].strip() if found else None


def _title_at(company: str, lines: list[str]) -> str | None:
    """ "Data Scientist - Matelabs" for the employer "Matelabs"."""
    ending = re.compile(rf"^(?P<title>.+?){_SEPARATOR}{re.escape(company)}\s*$", re.I)
    for line in (line.strip() for line in lines):
        found = ending.match(line)
        if found and not _COMPANY.match(line):
            title = found["title"].strip()
            if 0 < len(title.split()) <= MAX_TITLE_WORDS:
                return title
    return None
