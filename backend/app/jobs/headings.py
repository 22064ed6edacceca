"""Section headings of a posting ("## What you'll do", "QUALIFICATIONS", "**Benefits**",
"Pluses: illustration") and the section each one opens."""

import itertools
import re
from typing import Literal

SectionKind = Literal["intro", "responsibilities", "requirements", "nice", "other"]

# Checked in order: "Preferred qualifications" is nice-to-have before it is a requirement, and
# "Company overview" is the company's before it is an introduction.
_HEADINGS: tuple[tuple[SectionKind, str], ...] = (
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
        "other",
        r"company (?:overview|description|profile|information|info)|about (?:us|the company"
        r"|the team|the client|our client|the employer)|^about (?!(?:the|this|our) (?:role"
        r"|position|job|opportunity|vacancy)\b|you\b)[\w&.' -]{1,40}$|who we are"
        r"|our (?:company|story|client|mission|values|culture)|^the (?:company|client"
        r"|employer)$|recruitment process|our recruiter",
    ),
    (
        "intro",
        r"about the (?:role|position|job|opportunity)|the opportunity|overview|summary"
        r"|the role|job description|job details|job posting|position description"
        r"|role description|^description$|about (?:this|our) (?:role|position|job"
        r"|opportunity|vacancy)",
    ),
    (
        "other",
        r"benefits|perks|what we offer|we offer|compensation|salary|pay|how to apply"
        r"|what'?s in it for you|why you'?ll love|what you'?ll get|what you get"
        r"|to apply|equal opportunity|eeo|diversity (?:and|&) inclusion|^diversity$"
        r"|why join|why work|location|schedule|working hours|^hours$",
    ),
)
_HEADING_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _HEADINGS)
# Dashes, dots, arrows, squares, ticks, stars and pointing hands people put before list items.
BULLET_MARKS = (
    r"[-*+\u00b7\u2013\u2014\u2022\u2023\u2043\u2192\u2605\u2606\u261e\u2332\u25a0\u25a1"
    r"\u25aa\u25b6\u25ba\u25c6\u25cb\u25cf\u25e6\u2713\u2714\u27a2\u27a4]"
)
BULLET = re.compile(rf"^\s*(?:{BULLET_MARKS}|\d{{1,2}} ?[.)]|\(?[a-z]\))\s+")
# Patterns never put two unbounded runs of the same characters side by side ("\s*:?\s*"): a
# long run of spaces would be split every possible way before the match fails.
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_EMPHASIS_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*(?::\s*)?$")
_INLINE_HEADING = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")
# A label inside a line, after a sentence ("...the industry. The Role: Our client is..."): some
# postings arrive as one paragraph with their headings run in.
_RUN_IN_HEADING = re.compile(r"(?:(?<=[.!?;])|(?<=[.!?;] ))([A-Z][A-Za-z&/' -]{1,40}):\s")
MAX_RUN_IN_HEADINGS = 40


def split_run_in_headings(line: str) -> list[str]:
    """The line cut before each heading run into it ("... industry. Main Duties: Contribute
    to..."), so that each part is read under its own heading; at most MAX_RUN_IN_HEADINGS cuts,
    so a line of "A: A: A:" costs little."""
    cuts = []
    for match in _RUN_IN_HEADING.finditer(line):
        label = match[1].strip()
        if len(label.split()) > 5:
            continue
        kind, coverage = classify_heading(label)
        if kind is not None and coverage >= 0.5:
            cuts.append(match.start(1))
            if len(cuts) >= MAX_RUN_IN_HEADINGS:
                break
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    parts = (line[start:end].strip() for start, end in itertools.pairwise(bounds))
    return [part for part in parts if part]


def split_heading(line: str) -> tuple[str | None, str, bool]:
    """(heading, remaining content, whether the heading only labels this line)."""
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        return clean_heading(_without_closing_hashes(markdown[1])), "", False
    if BULLET.match(line):
        return None, strip_emphasis(line), False
    text = strip_emphasis(line)
    if _EMPHASIS_LINE.match(line) or (text.endswith(":") and len(text.split()) <= 8):
        return text.rstrip(":").strip(), "", False
    inline = _INLINE_HEADING.match(text)
    if inline and len(inline[1].split()) <= 5:
        kind, coverage = classify_heading(inline[1])
        if kind and coverage >= 0.5:
            return inline[1].strip(), inline[2].strip(), True
    # Only a short line can be a heading; classifying a long one would cost a pass per pattern.
    # A question can be one ("What's in it for you?"), a sentence cannot.
    if len(text.split(maxsplit=6)) > 6 or text.endswith((".", "!", ",")):
        return None, text, False
    kind, coverage = classify_heading(text.rstrip("?"))
    if kind and (coverage >= 0.5 or text.isupper()):
        return text, "", False
    return None, text, False


def _without_closing_hashes(text: str) -> str:
    """The heading without the run of spaces and "#" a closed ATX heading ends with."""
    end = len(text)
    while end and (text[end - 1] == "#" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


def classify_heading(heading: str) -> tuple[SectionKind | None, float]:
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
    return kind, min(1.0, covered / max(1, len(lowered)))


def clean_heading(line: str) -> str:
    return strip_emphasis(line.strip().lstrip("#")).strip().rstrip(":").strip()


def strip_emphasis(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()
