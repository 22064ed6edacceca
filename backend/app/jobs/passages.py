"""A posting read into passages: each line, or run of its sentences, tagged with the section
it belongs to. Headings open sections (app/jobs/headings.py); then each sentence is read for
what it is: boilerplate (the company's blurb, benefits, equal opportunity, a recruiter's pitch:
app/jobs/boilerplate.py) goes to "other" wherever it sits, and an introduction's sentence that
states a duty or a requirement counts as one (app/jobs/sentences.py). Only requirement and
responsibility text, never boilerplate, is read for skills and years asked for.

Within a passage, spans mark what is optional (a nice-to-have, however it is worded) and what
is said of others than the candidate (what the team, the company or colleagues do or use):
the parser counts skills there as nice-to-have, and not at all.
"""

import bisect
import re
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from app.jobs.boilerplate import boilerplate_kind, is_about_candidate
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
from app.skills.negation import WELCOME

SENTENCE_WORDS = 6

# Markers that open a clause ("..., ideally in a call center") or a run-in list ("... 5 years of
# Java Desirable Criteria: Agile, Scrum", in a posting pasted without its line breaks) make
# only the rest of the sentence optional; the others ("X or Y is a plus") make the whole
# sentence optional.
_LEADING_NICE_MARKER = re.compile(
    r"\b(?:ideally|preferably|even better|bonus if|bonus points if|it'?s a plus if)\b"
    r"|\b(?:desirable|preferred|nice[- ]to[- ]have|bonus|pluses|optional)(?:[ \t]+[\w-]+){0,2}"
    r"[ \t]*:",
    re.I,
)
# A label run into a line ("Essential (all at least 3 years):", "Nice to Have:"), not a URL.
_RUN_IN_LABEL = re.compile(r"(?<![\w:/])[A-Z][\w/&-]*(?:[ \t]+\(?[\w/&-]+\)?){0,4}[ \t]*:(?!//)")
# "bonus" alone is pay ("k OTE + bonus"); "not required" alone is said of another thing
# ("SQL, a degree is not required": the finder drops a skill said not to be needed itself).
_NICE_MARKER = re.compile(
    r"nice[- ]to[- ]have|\bbonus[ \t]*(?::|if\b|points\b)|\b(?:preferred|preferable|pluses"
    r"|a plus|ideally|good to have|desirable|desired|an advantage|advantageous|even better"
    r"|helpful|would be great|preferably|we'?d love|an asset|beneficial|(?:is|are|a|an added|big"
    r"|strong|huge|definite|real|great|major)[ \t]+(?:plus|advantages?)"
    r"|(?:(?:is|are)(?:[ \t]+an?)?|an added|a big|a real|a definite)[ \t]+bonus"
    r"|(?:but|though|although|if) not (?:required|essential|necessary|mandatory|compulsory"
    r"|a (?:must|requirement|prerequisite|pre-requisite))"
    rf"|would (?:also |still )?be (?:\w+ )?(?:an? )?(?!ideal for)(?:{WELCOME}))\b",
    re.I,
)
# What a sentence demands before a comma stays demanded: "You must know PHP and CSS, Vue
# would be beneficial" makes only Vue optional.
_DEMANDED = re.compile(r"\b(?:must|essential|required|requires?|need|needs)\b", re.I)
_CLAUSE_BREAK = re.compile(r",[ \t]|[ \t][-\u2013\u2014][ \t]")
# Sentences about others than the candidate: what the team, the company or colleagues do
# ("Our data scientists use Spark", "In this project an interdisciplinary team will address
# ...", "We built our own platform"), and a relative clause about colleagues ("You'll join a
# team of data scientists who use Spark"). A sentence that speaks of the candidate or of what
# is asked ("We use Spark, so experience with it is a must") is about the job.
_OTHERS_SUBJECT = re.compile(
    r"^(?:(?:in|at|within|here|currently|today|together|through|from)\b[^,]{0,50}?,?[ \t]+)?"
    r"(?:we|we're|we've|they|our (?:[\w-]+ ){0,3}(?:team|teams|engineers|developers|scientists"
    r"|colleagues|department|group|research|researchers|solutions|products|platform|customers"
    r"|clients|partners|staff|people|experts|specialists|analysts|designers|technologists)"
    r"|the (?:[\w-]+ ){0,2}(?:team|department|group|research|project|interviewers|unit|lab"
    r"|colleagues)|an? (?:[\w-]+ ){0,3}team|this (?:team|project|group|department|unit))\b"
    r"(?![ \t]+(?:(?:are|is|am|will be)[ \t]+)?(?:\w+ly[ \t]+)?(?:looking|seeking|hiring"
    r"|searching|recruiting|interested|keen|after)\b)",
    re.I,
)
_OTHERS_SENTENCE_CHARS = 300
# A line that names tools and what they do for the company, without a verb or a word of what
# one has of them: the company's stack described, not asked for ("Java and Groovy for our
# back-end applications", "Typescript React/Redux for our web technologies").
_OUR_STACK = re.compile(
    r"(?!(?:Use|Using|Build|Develop|Write|Maintain|Leverage|Apply|Work|Deploy|Implement"
    r"|Manage|Create|Design|Support|Own|Drive|Help|Lead|Run|Test|Automate|Contribute|Improve"
    r"|Experience|Knowledge|Proficiency|Familiarity|Expertise|Skills?|Strong|Good|Solid)\b)"
    r"(?:[A-Z0-9][\w.+#-]*(?:[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]+))+"
    r"(?:(?:for|in|across|behind|throughout)[ \t]+(?:all[ \t]+|most[ \t]+|much[ \t]+of[ \t]+)?"
    r"our|(?:power|run|drive)s[ \t]+(?:all[ \t]+)?our)\b"
)
_COLLEAGUES = (
    r"(?:team|teams|colleagues|engineers|developers|scientists|analysts|researchers|experts"
    r"|specialists|technologists|designers)"
)
_COLLEAGUES_WHO = re.compile(
    rf"\b{_COLLEAGUES}(?:[ \t]+(?:of|in|at|from)[ \t]+[\w -]{{1,40}}?)?"
    r"(?:[ \t]+(?:who|that|which|dedicated to)|,[ \t]+(?:who|which))[ \t]+(?!you\b)[^,;.]*",
    re.I,
)
# Whom the candidate works with, named by their team or role: "hand in hand with UX, QA and
# the Product Owner", "with the internal Quality Assurance team" and the teams named after it,
# "with fellow technologists from across Product Development and Quantitative Research" (not
# "experience with Agile teams": a way of working asked for).
_WHOM = r"(?:[\w&/,'\u2019-]+[ \t]+){0,6}?(?:teams?|departments?|colleagues|owners?)\b"
_WORKS_WITH = re.compile(
    r"\b(?:work(?:s|ing)?|partner(?:s|ing)?|collaborat(?:e|es|ing)|liais(?:e|es|ing)|hand)"
    r"(?:[ \t]+(?:closely|directly|together|primarily|in[ \t]+hand))?[ \t]+with[ \t]+"
    rf"(?:{_WHOM}(?:[ \t]+(?:and|or|as[ \t]+well[ \t]+as)[ \t]+{_WHOM})*"
    rf"|(?:(?:our|fellow|other)[ \t]+)?(?:[\w-]+[ \t]+)?{_COLLEAGUES}[ \t]+from[ \t]+"
    r"[^,;.()]*?(?=[ \t]+to[ \t]|[,;.()]|$))",
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

    @cached_property
    def others_spans(self) -> list[tuple[int, int]]:
        return _others_spans(self.text)

    def about_others(self, position: int) -> bool:
        """Whether `position` falls in what the passage says of others than the candidate."""
        return within(self.others_spans, position)


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
    and disjoint. A run-in label ("Desirable: ...", in a posting pasted without its line
    breaks) makes optional every sentence after it on its line, up to the next label."""
    spans: list[tuple[int, int]] = []
    labelled_until = -1  # the end of the last sentence under a run-in "nice to have" label
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        outside_parentheses = _PARENTHETICAL.sub(lambda match: " " * len(match[0]), sentence)
        if labelled_until >= 0 and "\n" not in text[labelled_until:start] + sentence.rstrip():
            label = _RUN_IN_LABEL.search(outside_parentheses)
            if label is None or _LEADING_NICE_MARKER.match(outside_parentheses, label.start()):
                spans.append((start, end))
                labelled_until = end
                continue
            if label.start() > 0:
                spans.append((start, start + label.start()))
        labelled_until = -1
        leading = _LEADING_NICE_MARKER.search(outside_parentheses)
        if leading:
            spans.append((start + leading.start(), end))
            if leading[0].endswith(":"):
                labelled_until = end
            continue
        marker = _NICE_MARKER.search(outside_parentheses)
        if marker:
            spans.append((start + _optional_from(outside_parentheses, marker.start()), end))
            continue
        spans += [
            (start + match.start(), start + match.end())
            for match in _PARENTHETICAL.finditer(sentence)
            if _NICE_MARKER.search(match[0])
        ]
    return spans


def _others_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences, or clauses, about the team, the company or colleagues
    rather than the candidate, in order and disjoint."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        # A longer "sentence" is a run of several, pasted without their full stops.
        short = end - start <= _OTHERS_SENTENCE_CHARS
        opening = sentence.strip().replace("\u2019", "'")
        if (
            short
            and (_OTHERS_SUBJECT.match(opening) or _OUR_STACK.match(opening))
            and not is_about_candidate(sentence)
        ):
            spans.append((start, end))
            continue
        clauses = [*_COLLEAGUES_WHO.finditer(sentence), *_WORKS_WITH.finditer(sentence)]
        for clause in sorted((start + match.start(), start + match.end()) for match in clauses):
            if spans and clause[0] < spans[-1][1]:  # overlapping clauses make one span
                spans[-1] = (spans[-1][0], max(spans[-1][1], clause[1]))
            else:
                spans.append(clause)
    return spans


def _optional_from(sentence: str, marker: int) -> int:
    """Where a sentence's optional part starts: at its start, or after the last comma (or
    dash) before the marker when what comes before demands something."""
    demanded = _DEMANDED.search(sentence, 0, marker)
    if demanded is None:
        return 0
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, demanded.end(), marker)]
    return breaks[-1] if breaks else 0


def within(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of the ordered, disjoint `spans` (a binary search: a
    long line has thousands of spans and of mentions)."""
    index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and position < spans[index][1]
