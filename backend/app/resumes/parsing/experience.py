"""Jobs from the lines of an experience section: each job's header (found by job_headers.py)
gives title, company and dates; the lines up to the next header are its highlights."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.dates import is_only_dates
from app.resumes.parsing.job_headers import find_headers, indeed_company
from app.resumes.parsing.roles import clean_fragments, is_location, title_and_company, title_score
from app.resumes.parsing.split_lines import joined_header_parts
from app.resumes.parsing.text import DASHES, is_bullet, split_fields, strip_bullet

_SENTENCE_END = re.compile(r"[.!?]$")
_INNER_HEADING = re.compile(
    r"\b(?:responsibilit(?:y|ies)|duties|details|qualifications?|tasks|achievements|projects"
    r"|profile|summary|objective|experience|education|skills)\W*$",
    re.IGNORECASE,
)
# A table's column or a form's field named where a title should be ("Designation", "Work
# Duration"), or a heading of the CV's own.
_FIELD_LABEL = re.compile(
    r"(?:work |employment |job )?(?:period|duration)|designation|organi[sz]ation(?: name)?"
    r"|employer|(?:past |previous |present )?employment|personal qualities",
    re.IGNORECASE,
)
_LEADING_AS = re.compile(r"^as\s+(?:an?\s+)?", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    ("from", "to", "till", "until", "between", "since", "during", "with", "at", "in", "on", "of",
     "for", "by", "as", "and", "or", "the", "an", "worked", "working", "mail", "email",
     "months", "month", "years", "year")
)  # fmt: skip
MAX_TITLE_WORDS = 10
MAX_LABEL_LINES = 4
MAX_LABELLED_TITLE_WORDS = 6
# The employer as anonymised exports (LiveCareer) write it: a company whatever its words say.
_COMPANY_PLACEHOLDER = re.compile(r"^company name$", re.I)
# "Role: Test Engineer", "Designation - Senior Analyst" under a header that had no title.
_TITLE_LABEL = re.compile(
    rf"^(?:role|designation|position|job title|title)\s*[:{DASHES}-]\s*(.+)$", re.I
)


def parse_experience(lines: list[str], *, dated_only: bool = False) -> list[Experience]:
    """`dated_only`: only jobs anchored on dates (for lines outside an experience section)."""
    lines = joined_header_parts(lines)
    headers = find_headers(lines, dated_only=dated_only)
    jobs: list[Experience] = []
    company_on_own_line = False
    for index, header in enumerate(headers):
        body_end = headers[index + 1].first if index + 1 < len(headers) else len(lines)
        title, company = title_and_company(
            clean_fragments(header.fragments), company_first=header.company_first
        )
        if title and _COMPANY_PLACEHOLDER.match(title):
            title, company = company, title
        title = title if title and _reads_as_title(title) else None
        header_lines = lines[header.first : header.last + 1]
        if title and not company and header.company_line and title == indeed_company(header_lines):
            # Indeed's "Mphasis -  Pune, Maharashtra" with no title line above: a company.
            title, company = None, title
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
        title = title or _labelled_title(body[:MAX_LABEL_LINES])
        title = without_leading_as(title) if title else None
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


def _labelled_title(lines: list[str]) -> str | None:
    """The title a job states in its first lines, when it reads as one: "Role: Currently working
    on a chat-bot" is a description."""
    for line in lines:
        match = _TITLE_LABEL.match(strip_bullet(line))
        if match is None:
            continue
        value = match[1].strip(" .")
        if len(value.split()) <= MAX_LABELLED_TITLE_WORDS and title_score(value) > 0:
            return value
    return None


def _reads_as_title(title: str) -> bool:
    """A job title is a few words, not a sentence nor a date, nor what a sentence cut short
    leaves (".", "from", "between"), nor a heading inside a job ("Key Responsibilities")."""
    return (
        len(title.split()) <= MAX_TITLE_WORDS
        and not _INNER_HEADING.search(title)
        and not _FIELD_LABEL.fullmatch(title.strip(" :.-"))
        and not _spaced_out(title)
        and any(word.lower() not in _FUNCTION_WORDS for word in re.findall(r"[A-Za-z]{2,}", title))
        and not (_SENTENCE_END.search(title) and len(title.split()) > 3)
        and not is_only_dates(title)
    )


def without_leading_as(title: str) -> str:
    """A title written into a sentence, "As Technical Sales Engineer", without its "As"."""
    return _LEADING_AS.sub("", title)


def _spaced_out(text: str) -> bool:
    """ "J a nu a r y": letters a PDF set apart, not words."""
    words = text.split()
    return len(words) > 2 and sum(len(word) <= 2 for word in words) * 2 > len(words)


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
