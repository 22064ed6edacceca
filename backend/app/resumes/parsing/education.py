"""Degrees from the lines of an education section: degree, level, field, institution, year.

Entries come in any order of their lines: "Degree / School / Dates" (Indeed), "School / Degree ·
(dates)" (LinkedIn), "Degree, School, Year" on one line. What counts as a degree is in
degrees.py."""

import functools
import itertools
import re
from dataclasses import dataclass, replace

from app.resumes.parsed import DegreeLevel, Education
from app.resumes.parsing.dates import MONTH_NAME_PATTERN, find_date_range, find_dates
from app.resumes.parsing.degrees import (
    LEVEL_RANK,
    Degree,
    degree_starts,
    find_degree_in,
    is_institution,
    may_name_degree,
)
from app.resumes.parsing.roles import is_location
from app.resumes.parsing.text import is_bullet, split_fields, strip_bullet

__all__ = ["LEVEL_RANK", "Degree", "find_degree", "highest_level", "parse_education"]

_CONNECTORS = {"of", "at", "and", "&", "the", "de", "for", "in", "di", "du", "des", "la"}
_YEAR_MENTION = re.compile(
    rf"(?:\b(?:expected|graduated|graduating|class of)\s*)?(?:\b{MONTH_NAME_PATTERN}\.?,?\s*)?"
    r"\b(?:19|20)\d\d\b",
    re.I,
)
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
# Lines under a degree that are not the school's name.
_NOT_A_SCHOOL = re.compile(
    r"\b(?:gpa|cgpa|percentage|cum laude|honou?rs|dean'?s list|thesis|coursework|minor|major"
    r"|scholarship|award|concentration|exchange|abroad|grade|marks|division|class)\b",
    re.I,
)
# "Qualification University Year Of Passing Aggregate %": a table's header row, no school.
_TABLE_HEADER_WORDS = {
    "qualification", "qualifications", "degree", "certificate", "course", "examination", "exam",
    "university", "board", "institute", "institution", "college", "school", "year", "passing",
    "percentage", "aggregate", "marks", "cgpa", "gpa", "grade", "class", "division", "name",
    "s", "no", "sl", "sr", "of", "the", "and", "in", "with",
}  # fmt: skip
_TRAILING_MARKS = re.compile(r"[\s\d.%/]+$")
MAX_SCHOOL_NAME_WORDS = 7
MAX_WRAPPED_WORDS = 3
DEGREE_CACHE_SIZE = 4096
# "Bentley University, Waltham, MA": the town and state after a school's name.
_TRAILING_CITY_STATE = re.compile(r",\s*[A-Z][\w.' -]*,\s*[A-Z]{2}\.?$")
# "University of Texas : City , United States", "Lincoln College , City , State , USA": the
# place a resume template left unfilled after a school's name.
_TEMPLATE_PLACE = re.compile(r"\s*[:,]\s*(?:City|State)\b(?:\s*,\s*[^,:]+){0,3}\s*$")
# "School of Planning and" / "Architecture": a line cut after a connecting word goes on below.
_CUT_AFTER_CONNECTOR = re.compile(r"\s(?:and|of|for|&|the|in|de|di)$", re.I)
# LinkedIn ends a degree line with "· (2010 - 2014)"; a long degree wraps before it.
_LINKEDIN_TAIL = re.compile(r"·\s*\(")


@dataclass
class _Entry:
    education: Education
    institution_first: bool = False
    school_by_elimination: bool = False


def parse_education(lines: list[str]) -> list[Education]:
    """Entries filled slot by slot; a second degree or institution starts the next entry."""
    lines = [line for line in lines if not _is_table_header_row(line)]
    lines = _join_wrapped([piece for line in lines for piece in _split_merged(strip_bullet(line))])
    degrees = [_qualification(line) for line in lines]
    entries: list[_Entry] = []
    current = _Entry(Education())
    # Whether this resume writes its degrees before their schools (known from its first degree
    # with a school): then a school that opens an entry belongs to a course or licence without
    # a degree ("PMP Institute" under "Project Manager BootCamp"), not to the next degree.
    degree_first: bool | None = None
    for index, line in enumerate(lines):
        degree = degrees[index]
        next_is_degree = index + 1 < len(lines) and degrees[index + 1] is not None
        awaiting_school = bool(current.education.degree and not current.education.institution)
        institution = _institution(line, degree, by_elimination=awaiting_school or next_is_degree)
        entry = current.education
        named = institution is not None and is_institution(institution)
        if institution and entry.institution and not degree and named and _guessed(current):
            entry.institution = None  # a named school beats a line guessed to be the school
        if (
            (degree and entry.degree)
            or (institution and entry.institution and not degree)
            or (degree and degree_first and _opened_by_school(current))
        ):
            entries.append(current)
            current = _Entry(Education())
            entry = current.education
        if degree:
            entry.degree, entry.level = degree.text, degree.level
            entry.field = entry.field or degree.field
        if institution and not entry.institution:
            entry.institution = institution
            current.institution_first = not entry.degree
            current.school_by_elimination = not named
        entry.year = entry.year or _graduation_year(line)
        if degree_first is None and entry.degree and entry.institution:
            degree_first = not current.institution_first
    entries.append(current)
    _share_schools(entries)
    return [e.education for e in entries if e.education.degree or e.education.institution]


def _qualification(line: str) -> Degree | None:
    """The degree a line names; "Velammal Matriculation Higher Secondary School" names a
    school, not a school-leaving qualification, when the school word does not open the line."""
    degree = find_degree(line, in_education=True)
    if degree and degree.level is None and line.find(degree.text) > 0 and is_institution(line):
        return None
    return degree


def highest_level(entries: list[Education]) -> DegreeLevel | None:
    levels = [entry.level for entry in entries if entry.level]
    return max(levels, key=LEVEL_RANK.__getitem__, default=None)


# Pure and called on the same lines by several parsers (education, skills): cached.
@functools.lru_cache(maxsize=DEGREE_CACHE_SIZE)
def find_degree(line: str, *, in_education: bool = False) -> Degree | None:
    """The highest degree named in the line, with the field of study that follows it.

    Outside an education section (`in_education=False`) only real degrees are reported, and
    two-letter forms ("MS", "BA") need a field of study after them."""
    if is_bullet(line) or not may_name_degree(line, in_education=in_education):
        return None
    fields = split_fields(_without_dates(line)) or [line]
    for index, field_text in enumerate(fields):
        degree = find_degree_in(field_text, in_education=in_education)
        if degree is None:
            continue
        # LinkedIn: "Master of Technology - MTech, Computer Science": the field comes after the
        # abbreviation, in the next field.
        following = fields[index + 1] if index + 1 < len(fields) else ""
        abbreviated = find_degree_in(following, in_education=True) if following else None
        if (
            abbreviated
            and abbreviated.field
            and following.startswith(abbreviated.text)
            and (degree.field is None or degree.field in degree.text)
        ):
            return replace(degree, field=abbreviated.field)
        return degree
    return None


def _split_merged(line: str) -> list[str]:
    """ "… Secondary School Kiratpur Bachelors degree in X Punjabi University Masters degree in
    Y Lovely Professional University" (a flattened export), "BCA IGNOU 2012 MCA IGNOU 2014",
    "BSc Physics, MSc Physics": one piece per degree, so that none is lost. Degrees joined in
    one run ("BA LLB", "B.Tech, M.Tech") stay one piece."""
    if not may_name_degree(line, in_education=False):
        return [line]
    starts = degree_starts(line)
    if len(starts) < 2:
        return [line]
    cuts = [0, *(start for start in starts if start > 0), len(line)]
    pieces = [line[a:b].strip() for a, b in itertools.pairwise(cuts)]
    return [piece for piece in pieces if piece]


def _join_wrapped(lines: list[str]) -> list[str]:
    """Lines wrapped by a narrow column, joined back: "Master's degree in Interaction" /
    "Design" / "Universidade de Lisboa", "School of Planning and" / "Architecture"."""
    joined: list[str] = []
    for index, line in enumerate(lines):
        previous = joined[-1] if joined else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if previous and (
            _CUT_AFTER_CONNECTOR.search(previous)
            or (
                find_degree(previous, in_education=True)
                and (_wrapped_linkedin_tail(previous, line) or _wrapped_field(line, following))
            )
        ):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _wrapped_linkedin_tail(previous: str, line: str) -> bool:
    return bool(
        _LINKEDIN_TAIL.search(line)
        and not _LINKEDIN_TAIL.search(previous)
        and not find_degree(line, in_education=True)
    )


def _wrapped_field(line: str, following: str) -> bool:
    return (
        len(line.split()) <= MAX_WRAPPED_WORDS
        and not any(char.isdigit() for char in line)
        and not is_institution(line)
        and not is_location(line)
        and find_degree(line, in_education=True) is None
        and is_institution(following)
    )


def _opened_by_school(entry: _Entry) -> bool:
    """An entry begun by a named school, with no degree yet."""
    begun_by_school = entry.institution_first and not entry.school_by_elimination
    return begun_by_school and not entry.education.degree


def _guessed(entry: _Entry) -> bool:
    return entry.school_by_elimination and bool(entry.education.degree)


def _share_schools(entries: list[_Entry]) -> None:
    """ "Bentley University / MS in Accountancy / BS, Accounting": both degrees are Bentley's."""
    for previous, entry in itertools.pairwise(entries):
        if (
            previous.institution_first
            and previous.education.institution
            and entry.education.degree
            and not entry.education.institution
        ):
            entry.education.institution = previous.education.institution
            entry.institution_first = True


def _institution(line: str, degree: Degree | None, *, by_elimination: bool) -> str | None:
    if is_bullet(line):
        return None
    fields = [field.strip(" -") for field in split_fields(_without_dates(line))]
    fields = [field for field in fields if field and not is_location(field)]
    if degree is not None:
        return _institution_beside_degree(fields, degree)
    named = [_without_trailing_place(field) for field in fields if is_institution(field)]
    if named:
        # "University of Washington - Foster School of Business" is one school.
        return _TRAILING_CITY_STATE.sub("", " - ".join(named)).strip(" ,.")
    if by_elimination and fields:
        return _school_name(fields[0])
    return None


def _without_trailing_place(name: str) -> str:
    """ "San Diego State University , City , State" (a template's place left unfilled), "Pune
    University, Pune, Maharashtra": the school without the place after its first comma."""
    name = _TEMPLATE_PLACE.sub("", name)
    comma = name.find(",")
    if comma > 0 and is_location(name[comma + 1 :].strip()):
        return name[:comma].strip()
    return name


def _institution_beside_degree(fields: list[str], degree: Degree) -> str | None:
    """The school on a degree's own line: "MD (Pediatrics), King Edward Medical University"."""
    parts = [part.strip(" .") for field in fields for part in field.split(", ")]
    others = [
        part
        for part in parts
        if part
        and not _names_a_degree(part)
        and part != degree.field
        and not (degree.field and part in degree.field)
    ]
    named = [part for part in others if is_institution(part)]
    if named:
        return named[0]
    if degree.field and (after_field := _school_after_field(parts, degree.field)):
        return after_field
    candidates = [part for part in others if _school_name(part)]
    # A lone town after the school ("St. Xavier's College, Kolkata") is not the school.
    return candidates[0] if candidates and len(candidates[0].split()) > 1 else None


def _school_after_field(parts: list[str], field: str) -> str | None:
    """ "B.E in Mechanical Engineering Anna University 65" (a table's row run together): the
    school written straight after the field, without the marks that close the row."""
    for part in parts:
        _, found, after = part.partition(field)
        tail = _TRAILING_MARKS.sub("", after).strip(" ,-") if found else ""
        if tail and is_institution(tail):
            return tail
    return None


def _names_a_degree(part: str) -> bool:
    """ "High School Diploma" does; "Oakland Technical High School" is a school."""
    degree = find_degree_in(part, in_education=True)
    if degree is None:
        return False
    return degree.level is not None or not part.find(degree.text) > 0


def _school_name(line: str) -> str | None:
    """A short capitalized line beside a degree ("Georgia Tech"): the school, by elimination."""
    name = line.strip(" .,")
    if not name or any(char.isdigit() or char in ":;@" for char in name):
        return None
    words = name.split()
    if len(words) > MAX_SCHOOL_NAME_WORDS or _NOT_A_SCHOOL.search(name):
        return None
    if all(word[0].isupper() or word.lower() in _CONNECTORS for word in words):
        return name
    return None


def _graduation_year(line: str) -> int | None:
    date_range = find_date_range(line)
    if date_range:
        return int((date_range.end or date_range.start)[:4])
    dates = find_dates(line)
    return int(dates[-1][:4]) if dates else None


def _without_dates(line: str) -> str:
    date_range = find_date_range(line)
    if date_range:
        line = f"{line[: date_range.span[0]]}  {line[date_range.span[1] :]}"
    return _EMPTY_BRACKETS.sub("  ", _YEAR_MENTION.sub("  ", line))


def _is_table_header_row(line: str) -> bool:
    words = re.findall(r"[a-z]+", line.lower())
    return len(words) >= 3 and not re.search(r"\d", line) and set(words) <= _TABLE_HEADER_WORDS
