"""Job headers whose parts arrive one a line (LiveCareer's PDF exports): "Title" / "/" /
"Company Name" / "-" / "City , State" / "08/2015" / "-" / "Current". The lone separators are
where the parts were joined on the page: a dash between two dates is a range again ("08/2015 -
Current"), one between a company and its place a gap between fields ("Company Name  City ,
State", not Indeed's company line "Company -  City, State", whose layout differs), and the
slash between a title and its company is dropped. That leaves the usual title line, company
line and date line. The same exports write "Company Name : City , State": a company and its
place, not a label."""

import re

from app.resumes.parsing.dates import find_date_range
from app.resumes.parsing.roles import is_location
from app.resumes.parsing.text import DASHES, is_bullet

_DASH_LINES = {"-", *DASHES}
_SLASH_LINES = {"/", "|"}
MAX_PART_CHARS = 100
_SPACED_COLON = re.compile(r"^(?P<company>[^:]+?) : (?P<place>[^:]+)$")


def joined_header_parts(lines: list[str]) -> list[str]:
    """The lines with every lone separator between two short lines resolved."""
    lines = [_without_place_colon(line) for line in lines]
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if joined and following is not None and _joins(joined[-1], line, following):
            if line in _DASH_LINES:
                joined[-1] = _joined_by_dash(joined[-1], following)
            else:
                joined.append(following)
            index += 2
        else:
            joined.append(line)
            index += 1
    return joined


def _without_place_colon(line: str) -> str:
    found = _SPACED_COLON.match(line) if len(line) <= MAX_PART_CHARS else None
    if found is None or not is_location(found["place"]):
        return line
    return f"{found['company']}  {found['place']}"


def _joined_by_dash(before: str, after: str) -> str:
    as_range = f"{before} - {after}"
    found = find_date_range(as_range)
    if found is not None and found.span[0] <= len(before) < found.span[1]:
        return as_range
    return f"{before}  {after}"


def _joins(before: str, line: str, after: str) -> bool:
    return (line in _DASH_LINES or line in _SLASH_LINES) and all(
        _is_part(part) for part in (before, after)
    )


def _is_part(line: str) -> bool:
    return (
        len(line) <= MAX_PART_CHARS
        and not is_bullet(line)
        and line not in _DASH_LINES
        and line not in _SLASH_LINES
    )
