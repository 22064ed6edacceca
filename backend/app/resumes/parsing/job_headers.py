"""Find each job's header in an experience section: the lines that give its title, company and
dates, whatever the layout.

A job is anchored on its date range. The header grows from the date line to the short lines
above it (then below it) until a title and a company are found, in any of the usual layouts:
"Title — Company", "Title at Company", "Company | Title", title and company on lines of their
own, dates on their own line or at the end. Exports have layouts of their own:

- Indeed: "Title" / "Company -  City, State" / "June 2017 to Present"; the company line ends
  with " -" when the city is missing, and is a bare "City, State -" when the company is; some
  jobs have no dates at all, and are anchored on that company line.
- LinkedIn: "Company" / ("3 years 2 months") / "Title" / "June 2021 - Present (3 years 2
  months)" / "City, Country"; further roles at the same company follow with only their title.
- Two-column templates read in drawing order put side-column lines ("Excel", "HubSpot") between
  a title and its company: when nothing found so far reads as a title, a title-like line just
  above is looked for.

Dates labelled inside a job ("Duration: March 2017 to Present" under "Project: ...") are a
project's, not a job's."""

import re
from dataclasses import dataclass

from app.resumes.parsing.dates import DateRange, find_date_range, remove_span
from app.resumes.parsing.roles import (
    LAST_WORD_WEIGHT,
    clean_fragments,
    is_location,
    title_and_company,
    title_score,
)
from app.resumes.parsing.text import is_bullet, split_fields, word_count

MAX_LINES_AROUND_DATE = 2
MAX_EXTRA_LINES_FOR_TITLE = 2
MAX_HEADER_WORDS = 12
MAX_HEADER_CHARS = 100
MAX_ANCHOR_CHARS = 160
MIN_DESCRIPTION_WORDS = 4
MAX_SIDE_ITEM_WORDS = 3
_ABBREVIATION_END = re.compile(r"\b(?:inc|co|corp|ltd|jr|sr|llc|st)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?]$")
# "Working on BGP, OSPF", "Migrated reports to...": a description line, not a header.
_DESCRIPTION_START = re.compile(r"^[A-Z][a-z]+(?:ed|ing)\b")
# Indeed's company line: "Acme Corp -  Hyderabad, Telangana", "Acme Corp -", "Pune, Maharashtra -".
_INDEED_COMPANY = re.compile(r"^(?P<company>.*?)\s+-(?:\s+(?P<place>[^-]+?))?(?:\s+-)?$")
_LINKEDIN_DURATION = re.compile(r"\(\s*(?:(?:\d+|less than a)\s+(?:years?|months?)\s*)+\)", re.I)
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ./]{1,30}?)\s*:\s")
_DATE_LABELS = re.compile(
    r"^(?:project )?(?:duration|period|tenure|timeline|dates?|time ?frame|from)$", re.I
)
_JOB_LABELS = re.compile(r"^(?:company|organi[sz]ation|employer|firm|client company)$", re.I)
_TITLE_LABELS = re.compile(r"^(?:designation|position|job title|title|role)$", re.I)
LABEL_WINDOW = 3


@dataclass
class Header:
    first: int
    last: int
    fragments: list[str]
    dates: DateRange | None
    company_first: bool = False
    """LinkedIn writes the company above the title."""
    company_line: bool = False
    """Indeed's company line was read, so a missing company is missing, not shared."""


def find_headers(lines: list[str], *, dated_only: bool = False) -> list[Header]:
    headers = _headers_by_anchors(lines)
    if dated_only:
        return [header for header in headers if header.dates is not None]
    return headers or _headers_by_blocks(lines)


def looks_like_header(line: str) -> bool:
    """A short, title-like line: not a bullet, not a sentence, not a "Label: value" line."""
    if is_bullet(line) or len(line) > MAX_HEADER_CHARS or word_count(line) > MAX_HEADER_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or ": " in line:
        return False
    if _looks_like_description(line):
        return False
    return not _SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


def _looks_like_description(line: str) -> bool:
    return bool(
        _DESCRIPTION_START.match(line)
        and word_count(line) >= MIN_DESCRIPTION_WORDS
        and title_score(line) < LAST_WORD_WEIGHT
        and title_score(_title_of(line)) < LAST_WORD_WEIGHT
    )


def _title_of(line: str) -> str:
    """The title the line gives read as a header ("Registered Nurse" of "Registered Nurse,
    Mayo Clinic" or "Marketing Manager at Acme Corp"): a title may start like a description."""
    title, _ = title_and_company(clean_fragments(split_fields(line)))
    return title or ""


def is_indeed_company_line(line: str) -> bool:
    match = _INDEED_COMPANY.match(line)
    if match is None or not looks_like_header(line):
        return False
    place = match["place"]
    return place is None or is_location(place) or not place.strip()


def indeed_company(lines: list[str]) -> str | None:
    """The company an Indeed company line names ("Mphasis -  Pune, Maharashtra" → Mphasis)."""
    for line in lines:
        if is_indeed_company_line(line):
            match = _INDEED_COMPANY.match(line)
            company = match["company"].strip() if match else ""
            if company and not is_location(company):
                return company
    return None


# --- anchors ------------------------------------------------------------------------------------


def _anchors(lines: list[str]) -> list[tuple[int, DateRange | None]]:
    dated = {
        index: dates
        for index, line in enumerate(lines)
        if not is_bullet(line)
        and len(line) <= MAX_ANCHOR_CHARS
        and (dates := find_date_range(line)) is not None
        and not _is_project_dates(lines, index)
    }
    undated = {
        index: None
        for index, line in enumerate(lines)
        if is_indeed_company_line(line)
        and index > 0
        and looks_like_header(lines[index - 1])
        and not any(index + offset in dated for offset in range(-1, MAX_LINES_AROUND_DATE + 1))
    }
    return sorted({**dated, **undated}.items())


def _is_project_dates(lines: list[str], index: int) -> bool:
    """ "Duration: March 2017 to Present" is a project's, unless "Company:" is labelled near."""
    label = _LABEL.match(lines[index])
    if label is None or not _DATE_LABELS.match(label["label"].strip()):
        return False
    window = lines[max(0, index - LABEL_WINDOW) : index + LABEL_WINDOW + 1]
    return not any(_label_of(line, _JOB_LABELS) for line in window)


def _label_of(line: str, labels: re.Pattern) -> str | None:
    label, colon, value = line.partition(":")
    if colon and labels.match(label.strip()) and value.strip():
        return value.strip()
    return None


def _headers_by_anchors(lines: list[str]) -> list[Header]:
    anchors = _anchors(lines)
    headers: list[Header] = []
    floor = 0
    for position, (anchor, dates) in enumerate(anchors):
        ceiling = anchors[position + 1][0] if position + 1 < len(anchors) else len(lines)
        if dates is None:
            fragments = split_fields(lines[anchor - 1]) + split_fields(lines[anchor])
            header = Header(anchor - 1, anchor, fragments, None, company_line=True)
        else:
            header = _labelled_header(
                lines, anchor, dates, floor=floor, ceiling=ceiling
            ) or _grow_header(lines, anchor, dates, floor=floor, ceiling=ceiling)
        headers.append(header)
        floor = header.last + 1
    return headers


def _labelled_header(
    lines: list[str], anchor: int, dates: DateRange, *, floor: int, ceiling: int
) -> Header | None:
    """ "Company: Infosys" / "Designation: Senior Engineer" / "Duration: Jan 2016 - Present"."""
    label = _LABEL.match(lines[anchor])
    if label is None or not _DATE_LABELS.match(label["label"].strip()):
        return None
    first, last = max(floor, anchor - LABEL_WINDOW), min(ceiling - 1, anchor + LABEL_WINDOW)
    window = range(first, last + 1)
    company = next((v for i in window if (v := _label_of(lines[i], _JOB_LABELS))), None)
    title = next((v for i in window if (v := _label_of(lines[i], _TITLE_LABELS))), None)
    if company is None:
        return None
    labelled = [i for i in window if _label_of(lines[i], _JOB_LABELS) or i == anchor]
    labelled += [i for i in window if _label_of(lines[i], _TITLE_LABELS)]
    return Header(min(labelled), max(labelled), [part for part in (title, company) if part], dates)


# --- growing a header around its dates ----------------------------------------------------------


def _grow_header(
    lines: list[str], anchor: int, dates: DateRange, *, floor: int, ceiling: int
) -> Header:
    """The date line plus the lines around it that give the title and the company."""
    line = lines[anchor]
    company_first = bool(_LINKEDIN_DURATION.search(line))
    header = Header(anchor, anchor, split_fields(remove_span(line, dates.span)), dates)
    header.company_first = company_first
    indeed = header.company_line = _grow_above(lines, header, floor)
    # Below LinkedIn's dates come the place and the description; Indeed's company line above the
    # dates said all there is, even when it has no company.
    if not (company_first or indeed):
        _grow_below(lines, header, ceiling)
    else:
        while header.last + 1 < ceiling and is_location(lines[header.last + 1]):
            header.last += 1
    _look_further_for_title(lines, header, floor)
    return header


def _grow_above(lines: list[str], header: Header, floor: int) -> bool:
    """Grow the header upwards; True when it took an Indeed company line."""
    taken = 0  # lines that gave a title or company (places are free)
    after_indeed_company = seen_indeed_company = False
    while (
        len(clean_fragments(header.fragments)) < 2
        and header.first - 1 >= floor
        and taken < MAX_LINES_AROUND_DATE
        and looks_like_header(lines[header.first - 1])
    ):
        header.first -= 1
        line = lines[header.first]
        line_fragments = split_fields(line)
        taken += bool(clean_fragments(line_fragments))
        header.fragments = line_fragments + header.fragments
        if after_indeed_company:
            break  # Indeed: the line above the company line is the title, and nothing above
        after_indeed_company = is_indeed_company_line(line)
        seen_indeed_company = seen_indeed_company or after_indeed_company
    return seen_indeed_company


def _grow_below(lines: list[str], header: Header, ceiling: int) -> None:
    taken = 0
    while (
        len(clean_fragments(header.fragments)) < 2
        and header.last + 1 < ceiling
        and taken < MAX_LINES_AROUND_DATE
        and looks_like_header(lines[header.last + 1])
    ):
        header.last += 1
        line_fragments = split_fields(lines[header.last])
        taken += bool(clean_fragments(line_fragments))
        header.fragments = header.fragments + line_fragments


def _look_further_for_title(lines: list[str], header: Header, floor: int) -> None:
    """When nothing in the header reads as a title, a line just above that ends like one
    ("Senior Account Executive") is the title, and the lines between came from another column."""
    if any(title_score(fragment) > 0 for fragment in clean_fragments(header.fragments)):
        return
    lowest = max(floor, header.first - MAX_EXTRA_LINES_FOR_TITLE)
    for first in range(header.first - 1, lowest - 1, -1):
        if not (looks_like_header(lines[first]) or _side_column_item(lines[first])):
            return
        if title_score(lines[first]) >= LAST_WORD_WEIGHT:
            above = [part for line in lines[first : header.first] for part in split_fields(line)]
            header.fragments = above + header.fragments
            header.first = first
            return


def _side_column_item(line: str) -> bool:
    """ "gRPC", "Power BI": a short item of a side column's list."""
    return not is_bullet(line) and word_count(line) <= MAX_SIDE_ITEM_WORDS and ": " not in line


# --- jobs without dates -------------------------------------------------------------------------


def _headers_by_blocks(lines: list[str]) -> list[Header]:
    """Without any dates, a short block of lines followed by bullets is a job header."""
    headers: list[Header] = []
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
            headers.append(Header(index, end - 1, fragments, None))
            index = end
        else:
            index += 1
    return headers
