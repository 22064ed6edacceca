"""Required skills that stand in for each other: "Go or Java", "experience with AWS, GCP or
Azure", "Python/Java/C++ (one of)", "either SolidWorks or Creo".

Mentions next to each other, with only a list separator between them (a comma, "or", "/",
"|", "and/or", "and"), form a list. It offers a choice when "one of", "either" or "any of"
introduces it or "(one of)" follows it. Otherwise an "and" splits it ("Go or Rust, and Postgres
or MySQL" is two choices; "Python, Java and C++" asks for all three), and a part offers a
choice when one of its separators is an "or". Slashes offer a choice in a list of three or
more ("Python/Java/C++"), not between two ("HTML/CSS", "React/Redux" go together).
"""

import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from app.skills.matcher import SkillMention

_HINT = re.compile(r"\bor\b|/|\||\bone of\b|\beither\b|\bany (?:one )?of\b", re.I)
_SEPARATOR = re.compile(r"\s{0,3}\(?(?:,|,?\s{0,3}(?:and\s?/\s?or|or|and|&|/|\|))\s{0,3}\(?", re.I)
_OR = re.compile(r"\bor\b|/|\|", re.I)
_OR_WORD = re.compile(r"\bor\b", re.I)
_AND = re.compile(r"\band\b(?!\s?/)|&", re.I)
_LEAD_IN = re.compile(
    r"\b(?:one of|any of|either|one or more of|at least one of)(?:\s+(?:the following|these))?"
    r"[\s:(]{0,4}$",
    re.I,
)
_LEAD_IN_WINDOW = 40
_TRAILER = re.compile(r"^[\s,(]{0,4}(?:one of|either|any (?:one )?of)\b", re.I)


class FindsSkills(Protocol):
    def find(self, text: str) -> list[SkillMention]: ...


def alternative_groups(
    texts: Iterable[tuple[str, Callable[[int], bool]]],
    required: Sequence[str],
    finder: FindsSkills,
    deadline: float | None = None,
) -> list[list[str]]:
    """Groups of required skills a text offers as alternatives, in order of appearance.

    `texts` holds each requirement text with a test of the positions to leave out (its
    nice-to-have sentences)."""
    wanted = set(required)
    groups: dict[tuple[str, ...], None] = {}
    for text, left_out in texts:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("The job description took too long to parse")
        if not _HINT.search(text):
            continue
        mentions = [
            mention
            for mention in finder.find(text)
            if mention.name in wanted and not left_out(mention.start)
        ]
        for group in _or_lists(text, mentions):
            groups.setdefault(tuple(group), None)
    return [list(group) for group in groups]


def _or_lists(text: str, mentions: list[SkillMention]) -> list[list[str]]:
    """The groups of alternatives among mentions in text order."""
    found = []
    for members, gaps in _lists(text, mentions):
        if _introduced_as_a_choice(text, members):
            found.append(members)
            continue
        # "Go or Rust, and Postgres or MySQL": an "and" joins two choices.
        for part, part_gaps in _split_at_and(members, gaps):
            if _offers_a_choice(part, part_gaps):
                found.append(part)
    return [names for names in (_names(members) for members in found) if len(names) >= 2]


def _lists(text: str, mentions: list[SkillMention]) -> list[tuple[list[SkillMention], list[str]]]:
    """Runs of mentions with only list separators between them, and those separators."""
    lists: list[tuple[list[SkillMention], list[str]]] = []
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        gap = text[previous.end : mention.start] if previous else ""
        if previous is not None and _SEPARATOR.fullmatch(gap):
            lists[-1][0].append(mention)
            lists[-1][1].append(gap)
        else:
            lists.append(([mention], []))
    return lists


def _split_at_and(
    members: list[SkillMention], gaps: list[str]
) -> list[tuple[list[SkillMention], list[str]]]:
    parts: list[tuple[list[SkillMention], list[str]]] = [([members[0]], [])]
    for mention, gap in zip(members[1:], gaps, strict=True):
        if _AND.search(gap):
            parts.append(([mention], []))
        else:
            parts[-1][0].append(mention)
            parts[-1][1].append(gap)
    return parts


def _introduced_as_a_choice(text: str, members: list[SkillMention]) -> bool:
    """ "One of Python, Java and C++", "Python/Java/C++ (one of)"."""
    start, end = members[0].start, members[-1].end
    before = text[max(0, start - _LEAD_IN_WINDOW) : start]
    return bool(_LEAD_IN.search(before) or _TRAILER.match(text[end : end + _LEAD_IN_WINDOW]))


def _offers_a_choice(members: list[SkillMention], gaps: list[str]) -> bool:
    if any(_OR_WORD.search(gap) for gap in gaps):
        return True
    # A pair joined by a slash usually goes together ("HTML/CSS", "React/Redux", "CI/CD"); a
    # longer slash list names choices ("Python/Java/C++", "AWS/GCP/Azure").
    return len(members) >= 3 and any(_OR.search(gap) for gap in gaps)


def _names(members: list[SkillMention]) -> list[str]:
    return list(dict.fromkeys(mention.name for mention in members))
