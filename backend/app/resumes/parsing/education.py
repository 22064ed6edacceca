"""Degrees from the lines of an education section: degree, level, field, institution, year."""

import re
from dataclasses import dataclass

from app.resumes.parsed import DegreeLevel, Education
from app.resumes.parsing.dates import MONTH_NAME_PATTERN, find_date_range, find_dates
from app.resumes.parsing.text import APOSTROPHES, DASHES, is_bullet, split_fields, strip_bullet

LEVEL_RANK: dict[DegreeLevel, int] = {"Associate": 1, "Bachelor": 2, "Master": 3, "PhD": 4}

# "Master's degree in X", "Masters in X", "Master of Business Administration", "Master's".
_SPELLED = (
    r"(?:{word})(?:[{apostrophes}]s|s)?(?: degree)?"
    r"(?: of (?:[A-Z][\w.]*)(?: (?:and |& )?[A-Z][\w.]*)*| in\b| degree\b|(?<=[{apostrophes}]s))"
)
# Ordered from the highest level, so "B.S./M.S." reads as a Master's.
_DEGREES: list[tuple[DegreeLevel, re.Pattern]] = [
    (
        "PhD",
        re.compile(
            r"\bPh\.?\s?D\b\.?|\bD\.?Phil\b|\bDoctor(?:ate)? of [A-Z]\w+(?: [A-Z]\w+)*"
            r"|\bDoctorate\b|\bEd\.D\b\.?|\bEdD\b|\bDNP\b|\bPharm\.?D\b|\bPsy\.?D\b|\bM\.D\.|\bJ\.D\."
        ),
    ),
    (
        "Master",
        re.compile(
            _SPELLED.format(word="Master", apostrophes=APOSTROPHES)
            + r"|\bM\.\s?(?:S|A|Sc|Eng|Ed|Phil|Acc|B\.A|P\.H|F\.A|S\.N)\.|\b(?:MSc|MBA|MSN|MEng"
            r"|MEd|MPH|MFA|MPA|MSW|LLM|MAcc|MPhil|MCA|MSCS|MSE|MAT)\b"
        ),
    ),
    (
        "Bachelor",
        re.compile(
            _SPELLED.format(word="Bachelor", apostrophes=APOSTROPHES)
            + r"|\bB\.\s?(?:S|A|Sc|Eng|Ed|Com|B\.A|F\.A|S\.N|Tech)\.|\b(?:BSc|BSN|BEng|BBA|BFA"
            r"|BCom|BTech|BEd|BCS|BSE|BAcc)\b"
        ),
    ),
    (
        "Associate",
        re.compile(
            rf"\bAssociate[{APOSTROPHES}]s(?: degree)?|\bAssociate (?:of|in) [A-Z]\w+(?: [A-Z]\w+)*"
            r"|\bAssociate degree\b|\bA\.A\.S\.|\bA\.\s?(?:A|S)\.|\bAAS\b"
        ),
    ),
]
# Bare two-letter forms ("BS in Biology") clash with state codes ("Boston, MA"): accept them only
# opening a line or a field and followed by a field of study.
_BARE = re.compile(r"^(?P<abbr>BS|BA|MS|MA|AA|AS)(?:,?\s+(?:in\s+)?)(?=[A-Z])")
_BARE_LEVELS: dict[str, DegreeLevel] = {
    "BS": "Bachelor", "BA": "Bachelor", "MS": "Master", "MA": "Master",
    "AA": "Associate", "AS": "Associate",
}  # fmt: skip
_INSTITUTION = re.compile(
    r"\b(?:University|College|Institute|School|Academy|Polytechnic|Conservatory|Seminary"
    r"|Université|Universität|Universidad|Hochschule)\b|\b(?:MIT|UCLA|NYU|USC|ETH|CUNY|SUNY)\b"
)
_CONNECTORS = {"of", "at", "and", "&", "the", "de", "for", "in"}
_NOT_FIELD_OF = {"science", "sciences", "arts", "applied science", "fine arts", "philosophy"}
_YEAR_MENTION = re.compile(
    rf"(?:\b(?:expected|graduated|graduating|class of)\s*)?(?:\b{MONTH_NAME_PATTERN}\.?,?\s*)?"
    r"\b(?:19|20)\d\d\b",
    re.I,
)
# Lines under a degree that are not the school's name.
_NOT_A_SCHOOL = re.compile(
    r"\b(?:gpa|cum laude|honou?rs|dean'?s list|thesis|coursework|minor|major|scholarship|award"
    r"|concentration|exchange|abroad)\b",
    re.I,
)
MAX_SCHOOL_NAME_WORDS = 6
_FIELD_PREFIX = re.compile(rf"^(?:(?:in|of)\b|[,:{DASHES}-])\s*", re.I)


@dataclass(frozen=True)
class Degree:
    text: str
    level: DegreeLevel
    field: str | None


def parse_education(lines: list[str]) -> list[Education]:
    """Entries filled slot by slot; a second degree or institution starts the next entry."""
    entries: list[Education] = []
    current = Education()
    for raw in lines:
        line = strip_bullet(raw)
        degree = find_degree(line)
        institution = _find_institution(line) or (None if degree else _school_name(line))
        if (degree and current.degree) or (institution and current.institution and not degree):
            entries.append(current)
            current = Education()
        if degree:
            current.degree, current.level = degree.text, degree.level
            current.field = current.field or degree.field
        if institution and not current.institution:
            current.institution = institution
        current.year = current.year or _graduation_year(line)
    entries.append(current)
    return [entry for entry in entries if entry.degree or entry.institution]


def highest_level(entries: list[Education]) -> DegreeLevel | None:
    levels = [entry.level for entry in entries if entry.level]
    return max(levels, key=LEVEL_RANK.__getitem__, default=None)


def find_degree(line: str) -> Degree | None:
    """The highest degree named in the line, with the field of study that follows it."""
    if is_bullet(line):
        return None
    for field_text in split_fields(_without_dates(line)) or [line]:
        for level, pattern in _DEGREES:
            match = pattern.search(field_text)
            if match:
                return _degree(field_text, match, level)
        bare = _BARE.match(field_text)
        if bare:
            level = _BARE_LEVELS[bare["abbr"]]
            return Degree(bare["abbr"], level, _field(field_text[bare.end() :]))
    return None


def _degree(text: str, match: re.Match, level: DegreeLevel) -> Degree:
    name = match.group().strip()
    field = _field(text[match.end() :])
    of_part = re.search(r" of (.+)$", name)
    if field is None and of_part and of_part[1].lower() not in _NOT_FIELD_OF:
        field = of_part[1]
    return Degree(re.sub(r"\s+(?:in|degree)$", "", name), level, field)


def _field(rest: str) -> str | None:
    rest = re.sub(r"\([^)]*\)", "", rest)  # "(BSN)", "(Honours)"
    rest = _FIELD_PREFIX.sub("", rest.strip()).split(",")[0].strip(" .,-")
    if not rest or _INSTITUTION.search(rest) or not rest[0].isalpha():
        return None
    return rest


def _find_institution(line: str) -> str | None:
    for field_text in split_fields(_without_dates(line)):
        for part in field_text.split(", "):
            if _INSTITUTION.search(part) and not any(p.search(part) for _, p in _DEGREES):
                return part.strip(" .()")
    return None


def _school_name(line: str) -> str | None:
    """A short capitalized line alone in an entry ("Georgia Tech"): the school, by elimination."""
    name = line.strip(" .")
    if is_bullet(line) or any(char.isdigit() or char in ":;" for char in name) or not name:
        return None
    words = name.split()
    if len(words) > MAX_SCHOOL_NAME_WORDS or _NOT_A_SCHOOL.search(name):
        return None
    return name if all(word[0].isupper() or word in _CONNECTORS for word in words) else None


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
    return _YEAR_MENTION.sub("  ", line)
