"""A posting read into passages: each line, or run of its sentences, tagged with the section
it belongs to. Headings open sections (app/jobs/headings.py); then each sentence is read for
what it is: boilerplate (the company's blurb, benefits, equal opportunity, a recruiter's pitch:
app/jobs/boilerplate.py) goes to "other" wherever it sits, and an introduction's sentence that
states a duty or a requirement counts as one (app/jobs/sentences.py). Only requirement and
responsibility text, never boilerplate, is read for skills and years asked for.
"""

import bisect
import re
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from app.jobs.boilerplate import boilerplate_kind
from app.jobs.headings import (
    BULLET,
    SectionKind,
    classify_heading,
    split_heading,
    split_run_in_headings,
)
from app.jobs.sentences import sentence_role, sentence_spans
from app.jobs.titles import find_title, is_title_line, names_a_job
from app.knowledge.occupations import OccupationIndex
from app.knowledge.store import get_knowledge

SENTENCE_WORDS = 6

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
_PARENTHETICAL = re.compile(r"\([^()]*\)")
# A line that stops where a list goes on: "...including:", "...someone who would".
_LEAD_IN_END = re.compile(
    r"(?::|\b(?:would|will|can|should|must|who|to|including|include|includes|are|is|be|has"
    r"|have))\s?$",
    re.I,
)


@dataclass(frozen=True)
class Passage:
    """A line, or a run of its sentences, and the section it belongs to ("other" for what is
    not about the job)."""

    kind: SectionKind
    text: str
    is_bullet: bool

    @cached_property
    def nice_spans(self) -> list[tuple[int, int]]:
        return _nice_spans(self.text)

    def in_nice_span(self, position: int) -> bool:
        return within(self.nice_spans, position)


# How the introduction's sentences that state neither a duty nor a requirement count: as
# context when a section lists the requirements, as requirements when only labelled lines
# ("Skills: java react") do, and as the introduction when nothing does (_collect_skills then
# counts it as the requirements).
_Introduction = Literal["context", "requirements", "fallback"]


def check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise TimeoutError("The job description took too long to parse")


def read_passages(
    text: str, *, occupations: OccupationIndex | None = None, deadline: float | None = None
) -> tuple[str | None, list[Passage]]:
    """The title the posting states, and its content as passages, each tagged with the section
    it sits in and what its sentences are about."""
    occupations = occupations or get_knowledge().occupations
    lines = [
        part
        for line in text.splitlines()
        if line.strip()
        for part in split_run_in_headings(line.strip())
    ]
    found = find_title(lines, occupations)
    if found is not None and found.line is not None:
        rest = [found.rest] if found.rest else []
        lines = lines[: found.line] + rest + lines[found.line + 1 :]
    items, listed = _sections(lines, deadline)
    introduction: _Introduction = "context" if listed else "requirements"
    if not any(item.kind == "requirements" for item in items):
        introduction = "fallback"
    passages = [
        passage
        for item in items
        for passage in _by_sentence(item, introduction=introduction, deadline=deadline)
    ]
    return (found.text if found else None), passages


def _sections(lines: list[str], deadline: float | None) -> tuple[list[Passage], bool]:
    """Each content line tagged with the section its heading opened (or its label names), and
    whether a section lists requirements: more than a labelled line ("Skills: java react") or
    a field of a listing's header ("Experience level:" then "Senior")."""
    kind: SectionKind = "intro"
    items: list[Passage] = []
    listed = False
    section: list[str] = []  # the lines of the current requirements section
    for line in lines:
        check_deadline(deadline)
        if is_title_line(line):
            continue
        heading, content, labels_line = split_heading(line)
        if heading is not None and not labels_line:
            kind, section = classify_heading(heading)[0] or "intro", []
            continue
        line_kind = (classify_heading(heading)[0] or kind) if heading else kind
        is_bullet = bool(BULLET.match(content))
        if kind == "intro" and not is_bullet and names_a_job(content):
            items.append(Passage("other", content, is_bullet))
            continue
        lead_in = _lead_in_kind(content) if not is_bullet and kind == "intro" else None
        if lead_in is not None:  # "This role requires:" opens a list as a heading would
            kind = line_kind = lead_in
        if kind == "requirements" and not labels_line:
            section.append(content)
            listed = listed or len(section) >= 2 or len(content.split()) >= SENTENCE_WORDS
        items.append(Passage(line_kind, BULLET.sub("", content).strip(), is_bullet))
    return items, listed


def _lead_in_kind(content: str) -> SectionKind | None:
    """The section an introduction's line opens when it leads into a list ("You will:", "The
    ideal candidate has:", "We are looking for someone who would")."""
    if len(content.split(maxsplit=25)) > 25 or not _LEAD_IN_END.search(content):
        return None
    return sentence_role(content)


def _by_sentence(
    item: Passage, *, introduction: _Introduction, deadline: float | None
) -> list[Passage]:
    """The item split where what its sentences are about changes: boilerplate goes to "other",
    an introduction's duties to "responsibilities" and its requirements to "requirements"."""
    if item.kind == "other":
        return [item]
    runs: list[list] = []
    for start, end in sentence_spans(item.text):
        check_deadline(deadline)
        kind = _sentence_kind(item, item.text[start:end], introduction)
        if runs and runs[-1][0] == kind:
            runs[-1][2] = end
        else:
            runs.append([kind, start, end])
    if len(runs) == 1 and runs[0][0] == item.kind:
        return [item]
    return [
        Passage(kind, item.text[start:end].strip(), item.is_bullet)
        for kind, start, end in runs
        if item.text[start:end].strip()
    ]


def _sentence_kind(item: Passage, sentence: str, introduction: _Introduction) -> SectionKind:
    """Where a sentence belongs: "other" for boilerplate; in the introduction, with duties or
    requirements when it states them. A bullet in the introduction is one of a list, and
    lists there are of requirements (or duties) far more often than of anything else."""
    in_introduction = item.kind == "intro"
    if boilerplate_kind(sentence, in_introduction=in_introduction):
        return "other"
    if not in_introduction:
        return item.kind
    role = sentence_role(sentence) or ("requirements" if item.is_bullet else None)
    if introduction == "fallback" and role == "requirements":
        return "intro"  # with no requirements anywhere, the introduction counts as them
    if introduction == "requirements" and role is None:
        return "requirements"  # only labelled lines list any: the introduction is the posting
    return role or "intro"


def _nice_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (or parentheticals) that say "nice to have", in order
    and disjoint."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
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


def within(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of the ordered, disjoint `spans` (a binary search: a
    long line has thousands of spans and of mentions)."""
    index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and position < spans[index][1]
