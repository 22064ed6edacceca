"""Jobs from the lines of an experience section: each job's header (found by job_headers.py)
gives title, company and dates; the lines up to the next header are its highlights."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.job_headers import find_headers
from app.resumes.parsing.roles import clean_fragments, is_location, title_and_company
from app.resumes.parsing.text import is_bullet, split_fields, strip_bullet

_SENTENCE_END = re.compile(r"[.!?]$")
MAX_TITLE_WORDS = 10


def parse_experience(lines: list[str], *, dated_only: bool = False) -> list[Experience]:
    """`dated_only`: only jobs anchored on dates (for lines outside an experience section)."""
    headers = find_headers(lines, dated_only=dated_only)
    jobs: list[Experience] = []
    company_on_own_line = False
    for index, header in enumerate(headers):
        body_end = headers[index + 1].first if index + 1 < len(headers) else len(lines)
        title, company = title_and_company(
            clean_fragments(header.fragments), company_first=header.company_first
        )
        title = title if title and _reads_as_title(title) else None
        if not (title or company or header.dates):
            continue
        # A role without a company under a job whose company had a line of its own is another
        # role at that company ("Kite Commerce / Product Manager … / Associate PM …").
        if title and not company and jobs and company_on_own_line and not header.company_line:
            company = jobs[-1].company
        else:
            company_on_own_line = _has_line_of(lines[header.first : header.last + 1], company)
        body = lines[header.last + 1 : body_end]
        while body and is_location(body[0]):  # LinkedIn's place under the dates
            body = body[1:]
        jobs.append(
            Experience(
                title=title,
                company=company,
                start=header.dates.start if header.dates else None,
                end=header.dates.end if header.dates else None,
                highlights=collect_highlights(body),
            )
        )
    return jobs


def _reads_as_title(title: str) -> bool:
    """A job title is a few words, not a sentence."""
    return len(title.split()) <= MAX_TITLE_WORDS and not (
        _SENTENCE_END.search(title) and len(title.split()) > 3
    )


def _has_line_of(lines: list[str], company: str | None) -> bool:
    return company is not None and any(
        clean_fragments(split_fields(line)) == [company] for line in lines
    )


def collect_highlights(lines: list[str]) -> list[str]:
    """One highlight per bullet; a line that wraps the previous sentence is joined to it."""
    highlights: list[str] = []
    for line in lines:
        if is_bullet(line):
            text = strip_bullet(line)
            if text:
                highlights.append(text)
        elif highlights and (not _SENTENCE_END.search(highlights[-1]) or line[:1].islower()):
            highlights[-1] = f"{highlights[-1]} {line}"
        else:
            highlights.append(line)
    return highlights
