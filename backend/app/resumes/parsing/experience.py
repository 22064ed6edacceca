"""Jobs from the lines of an experience section.

Each job is anchored on its date range. The header around the date (the date line, plus up to two
short lines above or below it until a title and a company are found) gives title and company in
any of the usual layouts: "Title — Company", "Title at Company", "Company | Title", title and
company on separate lines, dates on their own line or at the end. Bullets (and the lines that
wrap them) up to the next job's header are the highlights. Without any dates, a short block of
lines followed by bullets is taken as a job header."""

import re
from dataclasses import dataclass

from app.resumes.parsed import Experience
from app.resumes.parsing.dates import DateRange, find_date_range, remove_span
from app.resumes.parsing.roles import clean_fragments, title_and_company
from app.resumes.parsing.text import is_bullet, split_fields, strip_bullet, word_count

MAX_LINES_AROUND_DATE = 2
MAX_HEADER_WORDS = 12
MAX_HEADER_CHARS = 100
MAX_ANCHOR_CHARS = 160
_ABBREVIATION_END = re.compile(r"\b(?:inc|co|corp|ltd|jr|sr|llc|st)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?]$")


@dataclass
class _Header:
    first: int
    last: int
    fragments: list[str]
    dates: DateRange | None


def parse_experience(lines: list[str]) -> list[Experience]:
    headers = _headers_by_dates(lines) or _headers_by_blocks(lines)
    jobs: list[Experience] = []
    company_on_own_line = False
    for index, header in enumerate(headers):
        body_end = headers[index + 1].first if index + 1 < len(headers) else len(lines)
        title, company = title_and_company(clean_fragments(header.fragments))
        if not (title or company or header.dates):
            continue
        # A role without a company under a job whose company had a line of its own is another
        # role at that company ("Kite Commerce / Product Manager … / Associate PM …").
        if title and not company and jobs and company_on_own_line:
            company = jobs[-1].company
        else:
            company_on_own_line = _has_line_of(lines[header.first : header.last + 1], company)
        jobs.append(
            Experience(
                title=title,
                company=company,
                start=header.dates.start if header.dates else None,
                end=header.dates.end if header.dates else None,
                highlights=collect_highlights(lines[header.last + 1 : body_end]),
            )
        )
    return jobs


def _has_line_of(lines: list[str], company: str | None) -> bool:
    return company is not None and any(
        clean_fragments(split_fields(line)) == [company] for line in lines
    )


def looks_like_header(line: str) -> bool:
    """A short, title-like line: not a bullet, not a sentence, not a "Label: value" line."""
    if is_bullet(line) or len(line) > MAX_HEADER_CHARS or word_count(line) > MAX_HEADER_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or ": " in line:
        return False
    return not _SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


def _headers_by_dates(lines: list[str]) -> list[_Header]:
    anchors = [
        (index, dates)
        for index, line in enumerate(lines)
        if not is_bullet(line)
        and len(line) <= MAX_ANCHOR_CHARS
        and (dates := find_date_range(line)) is not None
    ]
    headers: list[_Header] = []
    floor = 0
    for position, (anchor, dates) in enumerate(anchors):
        ceiling = anchors[position + 1][0] if position + 1 < len(anchors) else len(lines)
        header = _grow_header(lines, anchor, dates, floor=floor, ceiling=ceiling)
        headers.append(header)
        floor = header.last + 1
    return headers


def _grow_header(
    lines: list[str], anchor: int, dates: DateRange, *, floor: int, ceiling: int
) -> _Header:
    """The date line plus the lines around it that give the title and the company."""
    fragments = split_fields(remove_span(lines[anchor], dates.span))
    first = last = anchor
    taken_above = taken_below = 0  # lines that gave a title or company (locations are free)
    while (
        len(clean_fragments(fragments)) < 2
        and first - 1 >= floor
        and taken_above < MAX_LINES_AROUND_DATE
        and looks_like_header(lines[first - 1])
    ):
        first -= 1
        line_fragments = split_fields(lines[first])
        taken_above += bool(clean_fragments(line_fragments))
        fragments = line_fragments + fragments
    while (
        len(clean_fragments(fragments)) < 2
        and last + 1 < ceiling
        and taken_below < MAX_LINES_AROUND_DATE
        and looks_like_header(lines[last + 1])
    ):
        last += 1
        line_fragments = split_fields(lines[last])
        taken_below += bool(clean_fragments(line_fragments))
        fragments = fragments + line_fragments
    return _Header(first, last, fragments, dates)


def _headers_by_blocks(lines: list[str]) -> list[_Header]:
    headers: list[_Header] = []
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and end - index <= MAX_LINES_AROUND_DATE
            and looks_like_header(lines[end])
        ):
            end += 1
        if end > index and end < len(lines) and is_bullet(lines[end]):
            fragments = [part for line in lines[index:end] for part in split_fields(line)]
            headers.append(_Header(index, end - 1, fragments, None))
            index = end
        else:
            index += 1
    return headers


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
