"""Certification and license names from a certifications section."""

import re

from app.resumes.parsing.dates import MONTH_NAME_PATTERN, find_date_range
from app.resumes.parsing.text import DASHES, strip_bullet, word_count

MAX_LIST_ITEM_WORDS = 4
_TRAILING_DATE = re.compile(
    rf"[\s,;:{DASHES}-]*\(?(?:(?:issued|obtained|earned|valid|expires?|exp\.?|since|renewed)\s*:?\s*)?"
    rf"(?:{MONTH_NAME_PATTERN}\.?,?\s+)?(?:19|20)\d\d\)?\s*$",
    re.I,
)
_ITEM_SEPARATOR = re.compile(r"\s*[;•·|]\s*")


def parse_certifications(lines: list[str]) -> list[str]:
    """One name per line (or per item of a "CPR; BLS; ACLS" list), dates and years removed."""
    names: list[str] = []
    for line in lines:
        for item in _items(_without_dates(strip_bullet(line))):
            name = _without_dates(item)
            if name and name not in names:
                names.append(name)
    return names


def _items(line: str) -> list[str]:
    items = [item for item in _ITEM_SEPARATOR.split(line) if item]
    if len(items) == 1:
        commas = [item.strip() for item in line.split(",") if item.strip()]
        # "CPR, BLS, ACLS" is a list; "Registered Nurse (RN), State of Ohio" is one license.
        if len(commas) >= 3 and all(word_count(item) <= MAX_LIST_ITEM_WORDS for item in commas):
            return commas
    return items


def _without_dates(item: str) -> str:
    date_range = find_date_range(item)
    if date_range:
        item = item[: date_range.span[0]] + item[date_range.span[1] :]
    previous = None
    while previous != item:
        previous, item = item, _TRAILING_DATE.sub("", item)
    item = item.strip(f" ,;:-{DASHES}")
    return item[:-1].rstrip() if item.endswith("(") else item
