"""Dates and date ranges as resumes write them, normalized to "YYYY-MM" or "YYYY".

Recognized: "Jan 2019 - Present", "January 2019 - Current", "Mar. 2021 to Now", "2016-2019",
"2016 - 2019", "03/2020 - 06/2022", "2020.03 - 2022.06", "2020-03 - 2022-06", "Jun - Aug 2019",
"Since 2019", and as Indian and Gulf CVs write them: "Dec'13 - Aug'16", "Jul-09", "June' 2016",
"MAY-2004", "May/2012", "09/05/2015", "01-March-2015", "5th June 2015", "Sep 2009 to till date",
"April 2011 - ToDate". A range's end is None when it runs to the present. A full date keeps its
month and year: "09/05/2015" is read day first, as most of the world writes it, unless its
middle number cannot be a month."""

import re
from dataclasses import dataclass
from datetime import date

from app.resumes.parsing.text import DASHES

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTH_NAME_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19[4-9]\d|20\d\d)"
_APOSTROPHE = "'\u2019`\u2018"
_SHORT_YEAR = rf"[{_APOSTROPHE}-]\s*\d\d(?![\d/.:-])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]*[-/. \t]?[ \t]*)"
_DATE = (
    # Jan 2019, Sept. 2019, March, 2019, June' 2016, MAY-2004, 01-March-2015, Dec'13
    rf"(?:{_DAY}?{MONTH_NAME_PATTERN}\.?(?:[,{_APOSTROPHE}/-]?\s*[{_APOSTROPHE}]?{_YEAR}"
    rf"|\s*{_SHORT_YEAR})"
    rf"|[0-3]?\d\s*[/.-]\s*[0-3]?\d\s*[/.-]\s*{_YEAR}"  # 09/05/2015, 9.5.2015, 09-05-2015
    rf"|{_MONTH_NUMBER}\s*[/.]\s*{_YEAR}"  # 03/2020, 3.2020
    rf"|{_YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?![\d/.])"  # 2020.03, 2020/03, 2020-03
    rf"|{_YEAR})"
)
_PRESENT = (
    r"(?:present|current(?:ly)?|now|today|ongoing|(?:(?:to\s+)?till\s+)?(?:date|now|today)"
    r"|(?:to\s*)?date)"
)
_TO = rf"(?:\s*[-{DASHES}~]+\s*|(?:\s+|(?<=\d))(?:to|until|till|through|thru)\s+)"
_EDGE_BEFORE = r"(?<![\w/.])"
_EDGE_AFTER = r"(?![\w/])"

_RANGE = re.compile(
    rf"{_EDGE_BEFORE}(?P<start>{_DATE}){_TO}(?P<end>{_DATE}|{_PRESENT}){_EDGE_AFTER}"
    rf"|{_EDGE_BEFORE}(?P<start_month>{MONTH_NAME_PATTERN})\.?{_TO}(?P<end_of_months>{MONTH_NAME_PATTERN}"
    rf"\.?,?\s*{_YEAR}){_EDGE_AFTER}"
    rf"|{_EDGE_BEFORE}since\s+(?P<since>{_DATE}){_EDGE_AFTER}",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"{_EDGE_BEFORE}{_DATE}{_EDGE_AFTER}", re.IGNORECASE)
_FROM = re.compile(
    rf"{_EDGE_BEFORE}(?:from|w\.?e\.?f\.?)\s+(?P<start>{_DATE}){_EDGE_AFTER}(?!{_TO})",
    re.IGNORECASE,
)
_PARTS = re.compile(
    rf"(?P<short_name>{MONTH_NAME_PATTERN})\.?\s*[{_APOSTROPHE}-]\s*(?P<short>\d\d)(?!\d)"
    rf"|(?P<name>{MONTH_NAME_PATTERN})\.?(?:[,{_APOSTROPHE}/-]?\s*[{_APOSTROPHE}]?)(?P<y1>{_YEAR})"
    rf"|(?P<d5>[0-3]?\d)\s*[/.-]\s*(?P<m5>[0-3]?\d)\s*[/.-]\s*(?P<y5>{_YEAR})"
    rf"|(?P<m2>{_MONTH_NUMBER})\s*[/.]\s*(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})\s*[/.-]\s*(?P<m3>\d\d)"
    rf"|(?P<y4>{_YEAR})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    start: str
    end: str | None
    span: tuple[int, int]
    """Where the range sits in the text, so callers can cut it out."""


def find_date_range(text: str) -> DateRange | None:
    """The first date range in the text, if any."""
    match = _RANGE.search(text)
    if match is None:
        return None
    if match["since"]:
        return DateRange(normalize_date(match["since"]), None, match.span())
    if match["start_month"]:
        end = normalize_date(match["end_of_months"])
        month = MONTHS[match["start_month"][:3].lower()]
        return DateRange(f"{end[:4]}-{month:02d}", end, match.span())
    end_text = match["end"]
    until = None if re.fullmatch(_PRESENT, end_text, re.IGNORECASE) else normalize_date(end_text)
    return DateRange(normalize_date(match["start"]), until, match.span())


def find_open_start(text: str) -> DateRange | None:
    """ "from September 2014" with no end: the start of a job still held, for a sentence in
    the present tense ("Working as an accountant in X from September 2014"); a range anywhere
    in the text comes first."""
    found = find_date_range(text)
    if found is not None:
        return found
    match = _FROM.search(text)
    return DateRange(normalize_date(match["start"]), None, match.span()) if match else None


def find_dates(text: str) -> list[str]:
    """Every single date in the text, normalized, in order."""
    return [normalize_date(match.group()) for match in _SINGLE.finditer(text)]


def is_only_dates(text: str) -> bool:
    """ "02/1999", "Jan 2019 - Present": nothing but dates (and the words of a range)."""
    rest = _SINGLE.sub(" ", _RANGE.sub(" ", text))
    return rest != text and not any(char.isalnum() for char in rest)


def normalize_date(text: str) -> str:
    """ "Mar. 2021" → "2021-03", "03/2020" → "2020-03", "2016" → "2016"."""
    match = _PARTS.search(text)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    if match["short_name"]:
        return f"{_century(match['short'])}-{MONTHS[match['short_name'][:3].lower()]:02d}"
    if match["name"]:
        return f"{match['y1']}-{MONTHS[match['name'][:3].lower()]:02d}"
    if match["y5"]:
        day, month = int(match["d5"]), int(match["m5"])
        month = month if 1 <= month <= 12 else day
        return f"{match['y5']}-{month:02d}" if 1 <= month <= 12 else match["y5"]
    if match["m2"]:
        return f"{match['y2']}-{int(match['m2']):02d}"
    if match["y3"]:
        return f"{match['y3']}-{int(match['m3']):02d}"
    return match["y4"]


def _century(short: str) -> str:
    """ "'13" → "2013", "'95" → "1995": a CV's dates are at most a few years ahead."""
    year = 2000 + int(short)
    return str(year if year <= date.today().year + 5 else year - 100)


def remove_span(text: str, span: tuple[int, int]) -> str:
    return f"{text[: span[0]]} {text[span[1] :]}".strip()
