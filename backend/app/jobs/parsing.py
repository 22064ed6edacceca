"""Read a job description: title, seniority, required vs nice-to-have skills, years asked for
and responsibilities. Deterministic and rule-based, so every field can be explained."""

import bisect
import re
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from app.jobs.parsed import ParsedJob, Seniority
from app.skills.taxonomy import Taxonomy, get_taxonomy

SectionKind = Literal["intro", "responsibilities", "requirements", "nice", "other"]

SENIORITY_LEVELS: tuple[Seniority, ...] = ("intern", "junior", "mid", "senior", "lead")
MAX_TITLE_LENGTH = 200  # job_descriptions.title and interviews.job_title are VARCHAR(200)

# Checked in order: "Preferred qualifications" is nice-to-have before it is a requirement.
_HEADING_PATTERNS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "nice",
            r"nice[- ]to[- ]haves?|preferred|bonus(?: points)?|pluses|a plus|ideally"
            r"|good to have|extra credit|desirable|we'?d love|would love|even better|stand out",
        ),
        (
            "requirements",
            r"requirements?|qualifications?|what you'?ll need|what you need|what you'?ll bring"
            r"|what you bring|(?:what )?we'?re looking for|looking for|who you are|about you"
            r"|^you have|^you'?ll have|^you are|must[- ]haves?|skills|experience|(?:tech )?stack"
            r"|tools|technologies|competenc\w*|certifications?|credentials|education"
            r"|essentials?|ideal candidate|you should have|what it takes",
        ),
        (
            "responsibilities",
            r"responsibilit\w*|what you'?ll (?:do|be doing|work on|own)|what you will (?:do|be)"
            r"|you will|you'?ll|in this role|your role|duties|day[- ]to[- ]day|impact|key tasks"
            r"|your mission|the work",
        ),
        (
            "intro",
            r"about the (?:role|position|job|opportunity)|the opportunity|overview|summary"
            r"|the role",
        ),
        (
            "other",
            r"about (?:us|the company|the team)|who we are|benefits|perks|what we offer|we offer"
            r"|compensation|salary|pay|how to apply|to apply|equal opportunity|eeo|our values"
            r"|our culture|our mission|why join|why work|location|schedule",
        ),
    )
)
# Markers that open a clause ("..., ideally in a call center") make only the rest of the
# sentence optional; the others ("X or Y is a plus") make the whole sentence optional.
_LEADING_NICE_MARKER = re.compile(
    r"\b(?:ideally|preferably|even better|bonus if|bonus points if|it'?s a plus if)\b", re.I
)
_NICE_MARKER = re.compile(
    r"nice[- ]to[- ]have|\b(?:preferred|bonus|pluses|a plus|ideally|good to have|desirable"
    r"|desired|an advantage|advantageous|not required|even better|helpful|would be great|preferably"
    r"|we'?d love)\b",
    re.I,
)
_BULLET_MARKS = r"[-*+\u2022\u25cf\u25aa\u2023\u25e6\u2013\u2014]"
_BULLET = re.compile(rf"^\s*(?:{_BULLET_MARKS}|\d{{1,2}}[.)]|\(?[a-z]\))\s+")
# Patterns never put two unbounded runs of the same characters side by side ("\s*:?\s*"): a
# long run of spaces would be split every possible way before the match fails.
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_EMPHASIS_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*(?::\s*)?$")
_INLINE_HEADING = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")
_TITLE_LINE = re.compile(r"^\s*(?:job\s+title|position|title|role)\s*[:\-\u2013]\s*(.+)$", re.I)
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)(?:[.!?](?=\s|$)|;)")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_NUMBER = r"\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
_YEARS = re.compile(
    rf"\b({_NUMBER})\s*(?:(?:\+|plus|or more)\s*)?"
    rf"(?:(?:-|\u2013|\u2014|to)\s*(?:{_NUMBER})\s*(?:\+\s*)?)?"
    r"(?:years?|yrs?)\b(?![\s-]+(?:old|degree|college|university|program|ago))",
    re.I,
)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
}  # fmt: skip
_TITLE_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\bintern(?:ship)?\b|\bco-?op\b", re.I)),
    (
        "lead",
        re.compile(
            r"\b(?:principal|lead|head|director|vp|vice president|chief|charge nurse)\b"
            # "Staff Engineer" is a level; "Staff Accountant" and "Staff Nurse" are not.
            r"|\bstaff\s+(?:[a-z]+\s+){0,2}(?:engineer|developer|scientist|designer|architect)",
            re.I,
        ),
    ),
    ("senior", re.compile(r"\b(?:senior|sr)\b|\b(?-i:III|IV)\b", re.I)),
    (
        "junior",
        re.compile(
            r"\b(?:junior|jr|entry[- ]level|graduate|new grad|associate|trainee|apprentice)\b"
            r"|\b(?-i:I)$",
            re.I,
        ),
    ),
    ("mid", re.compile(r"\b(?:mid[- ]level|intermediate)\b|\b(?-i:II)\b", re.I)),
)
_TEXT_LEVELS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    ("intern", re.compile(r"\b(?:internship|summer intern|intern program)\b", re.I)),
    (
        "junior",
        re.compile(
            r"\b(?:entry[- ]level|new grad(?:uate)?s?|recent graduates?|early[- ]career"
            r"|junior[- ]level)\b",
            re.I,
        ),
    ),
    ("lead", re.compile(r"\b(?:staff|principal)[- ]level\b", re.I)),
    ("senior", re.compile(r"\bsenior[- ]level\b", re.I)),
    ("mid", re.compile(r"\bmid[- ]level\b", re.I)),
)


@dataclass(frozen=True)
class _Item:
    kind: SectionKind
    text: str
    is_bullet: bool

    @cached_property
    def nice_spans(self) -> list[tuple[int, int]]:
        return _nice_spans(self.text)


def parse_job_description(
    text: str,
    title: str | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    deadline: float | None = None,
) -> ParsedJob:
    """Parse a job description; `title`, when given, wins over the one found in the text.

    Time is linear in the length of the text. With a `deadline` (a `time.monotonic()` value),
    raises TimeoutError between two lines once it has passed."""
    taxonomy = taxonomy or get_taxonomy()
    found_title, items = _read_items(text, deadline)
    if found_title and len(found_title) > MAX_TITLE_LENGTH:
        found_title = None  # not a title, and it would not fit the title columns
    title = (title or found_title or "").strip() or None
    required, nice = _collect_skills(items, title, taxonomy, deadline)
    years = _years_required(items)
    return ParsedJob(
        title=title,
        seniority=detect_seniority(title, text, years),
        required_skills=required,
        nice_to_have_skills=[skill for skill in nice if skill not in required],
        years_required=years,
        responsibilities=_responsibilities(items),
    )


def seniority_from_title(title: str | None) -> Seniority | None:
    """The level a job title states, if any ("Sr. Data Analyst" -> senior)."""
    if not title:
        return None
    return next((level for level, pattern in _TITLE_LEVELS if pattern.search(title)), None)


def level_for_years(years: float) -> Seniority:
    """The level years of experience usually map to: under 2 junior, under 5 mid, under 8
    senior, then lead."""
    if years < 2:
        return "junior"
    if years < 5:
        return "mid"
    return "senior" if years < 8 else "lead"


def detect_seniority(title: str | None, text: str, years: float | None) -> Seniority:
    """The title's level, else an explicit phrase in the text ("entry-level"), else the years
    asked for, else mid."""
    from_title = seniority_from_title(title)
    if from_title:
        return from_title
    for level, pattern in _TEXT_LEVELS:
        if pattern.search(text):
            return level
    return level_for_years(years) if years is not None else "mid"


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise TimeoutError("The job description took too long to parse")


def _read_items(text: str, deadline: float | None) -> tuple[str | None, list[_Item]]:
    """The title (a "Job title:" line, else a heading-like first line) and the content lines,
    each tagged with the section it sits in."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title_lines = [m for m in (_TITLE_LINE.match(_strip_emphasis(line)) for line in lines) if m]
    title = _strip_emphasis(title_lines[0][1]) if title_lines else None
    if title is None and lines and _looks_like_title(lines[0]):
        title, lines = _clean_heading(lines[0]), lines[1:]
    kind: SectionKind = "intro"
    items: list[_Item] = []
    for line in lines:
        _check_deadline(deadline)
        if _TITLE_LINE.match(_strip_emphasis(line)):
            continue
        heading, content, labels_line = _split_heading(line)
        if heading is not None and not labels_line:
            kind = _classify_heading(heading)[0] or "intro"
            continue
        line_kind = (_classify_heading(heading)[0] or kind) if heading else kind
        is_bullet = bool(_BULLET.match(content))
        items.append(_Item(line_kind, _BULLET.sub("", content).strip(), is_bullet))
    return title, items


def _split_heading(line: str) -> tuple[str | None, str, bool]:
    """(heading, remaining content, whether the heading only labels this line)."""
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        return _clean_heading(_without_closing_hashes(markdown[1])), "", False
    if _BULLET.match(line):
        return None, _strip_emphasis(line), False
    text = _strip_emphasis(line)
    if _EMPHASIS_LINE.match(line) or (text.endswith(":") and len(text.split()) <= 8):
        return text.rstrip(":").strip(), "", False
    inline = _INLINE_HEADING.match(text)
    if inline and len(inline[1].split()) <= 5:
        kind, coverage = _classify_heading(inline[1])
        if kind and coverage >= 0.5:
            return inline[1].strip(), inline[2].strip(), True
    # Only a short line can be a heading; classifying a long one would cost a pass per pattern.
    if len(text.split(maxsplit=6)) > 6 or text.endswith((".", "!", "?", ",")):
        return None, text, False
    kind, coverage = _classify_heading(text)
    if kind and (coverage >= 0.5 or text.isupper()):
        return text, "", False
    return None, text, False


def _without_closing_hashes(text: str) -> str:
    """The heading without the run of spaces and "#" a closed ATX heading ends with."""
    end = len(text)
    while end and (text[end - 1] == "#" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def _classify_heading(heading: str) -> tuple[SectionKind | None, float]:
    """The section a heading opens, and how much of the heading the keywords explain (a
    heading is mostly keywords; "Strong Python skills" is content)."""
    lowered = heading.lower().replace("\u2019", "'").strip(" :*#_")
    kind: SectionKind | None = None
    covered = 0
    for candidate, pattern in _HEADING_PATTERNS:
        spans = [match.end() - match.start() for match in pattern.finditer(lowered)]
        if spans and kind is None:
            kind = candidate
        covered += sum(spans)
    return kind, covered / max(1, len(lowered))


def _looks_like_title(line: str) -> bool:
    text = _clean_heading(line)
    if not text or _BULLET.match(line) or text.endswith((".", "!", "?", ":")):
        return False
    return len(text.split()) <= 10 and _classify_heading(text)[0] is None


def _clean_heading(line: str) -> str:
    return _strip_emphasis(line.strip().lstrip("#")).strip().rstrip(":").strip()


def _strip_emphasis(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()


def _collect_skills(
    items: list[_Item], title: str | None, taxonomy: Taxonomy, deadline: float | None
) -> tuple[list[str], list[str]]:
    required: list[str] = taxonomy.extract(title) if title else []
    nice: list[str] = []
    intro: list[str] = []
    for item in items:
        _check_deadline(deadline)
        if item.kind == "other":
            continue
        for mention in taxonomy.find(item.text):
            in_nice = item.kind == "nice" or _within(item.nice_spans, mention.start)
            if in_nice:
                nice.append(mention.name)
            elif item.kind == "intro":
                intro.append(mention.name)
            else:
                required.append(mention.name)
    if not any(item.kind == "requirements" for item in items):
        required += intro
    return list(dict.fromkeys(required)), list(dict.fromkeys(nice))


def _nice_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (or parentheticals) that say "nice to have", in order
    and disjoint."""
    spans: list[tuple[int, int]] = []
    for start, end in _sentence_spans(text):
        sentence = text[start:end]
        outside_parentheses = _PARENTHETICAL.sub(lambda match: " " * len(match[0]), sentence)
        leading = _LEADING_NICE_MARKER.search(outside_parentheses)
        if leading:
            spans.append((start + leading.start(), end))
            continue
        if _NICE_MARKER.search(outside_parentheses):
            spans.append((start, end))
            continue
        spans += [
            (start + match.start(), start + match.end())
            for match in _PARENTHETICAL.finditer(sentence)
            if _NICE_MARKER.search(match[0])
        ]
    return spans


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of the ordered, disjoint `spans` (a binary search: a
    long line has thousands of spans and of mentions)."""
    index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and position < spans[index][1]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _years_required(items: list[_Item]) -> float | None:
    """The largest "N+ years" in the requirements (outside nice-to-have sentences), else in
    the introduction; a range counts by its lower end."""
    for kinds in (("requirements",), ("intro",)):
        found = [value for item in items if item.kind in kinds for value in _years_in(item)]
        found = [value for value in found if value <= 40]
        if found:
            return max(found)
    return None


def _years_in(item: _Item) -> list[float]:
    return [
        _number(match[1])
        for match in _YEARS.finditer(item.text)
        if not _within(item.nice_spans, match.start())
    ]


def _number(token: str) -> float:
    lowered = token.lower()
    return float(_WORD_NUMBERS[lowered]) if lowered in _WORD_NUMBERS else float(lowered)


def _responsibilities(items: list[_Item]) -> list[str]:
    duties = [item for item in items if item.kind == "responsibilities"]
    if any(item.is_bullet for item in duties):
        lines = [item.text for item in duties if item.is_bullet]
    else:
        lines = [
            item.text[start:end].strip()
            for item in duties
            for start, end in _sentence_spans(item.text)
        ]
    return [line for line in lines if len(line.split()) >= 2]
