"""The job a resume says its candidate does or seeks, in its own words: "Post applied for: Civil
Engineer", "Seeking a challenging role in an organization as a Mechanical Engineer", or a title
alone under the name. Graduates' CVs often state nothing else about their field: no job is
listed, and the degree sits in a table."""

import re

from app.resumes.parsing.roles import LAST_WORD_WEIGHT, title_score

MAX_LINES_READ = 60
MAX_ROLE_WORDS = 5
MAX_HEADLINE_WORDS = 5

_APPLIED_FOR = re.compile(
    r"\b(?:(?:post|position|job|role)s?\s+appl(?:ied|ying)\s+for"
    r"|appl(?:y|ying)\s+(?:post\s+)?for(?:\s+the)?(?:\s+(?:post|position|role)\s+of)?"
    r"|designation\s+sought)"
    r"[\s:\-\u2013\u2014\"'\u201c\u2018]*(?P<role>[^\n]+)",
    re.I,
)
_AS_A = re.compile(r"\b(?:as|become)\s+an?\s+(?P<role>[^\n]+)", re.I)
_ROLE_END = re.compile(
    r"[,.;:()!?\"\u201d\u2019|]|\s(?:in|at|with|where|who|which|that|to|for|from|by|having|so"
    r"|of|within|wherein|under|and\s+(?:to|i|would|will|want|seek|looking))\b",
    re.I,
)
_SHORT_FORM_DOT = re.compile(r"\b(Sr|Jr|Asst|Snr)\.", re.I)
_WORKED_AS = re.compile(r"^(?:(?:work(?:ed|ing)|serv(?:ed|ing))\s+)?as\s+(?:an?\s+)?", re.I)
"""A headline written as a sentence: "Worked As Account Assistant."."""
_NOT_A_ROLE = re.compile(r"@|https?:|www\.|\d", re.I)


def stated_role(header: list[str], lines: list[str]) -> str | None:
    """The role a "Post applied for" line or an objective's "as a ..." names, else a title alone
    on a line under the name; None when the resume states none."""
    opening = "\n".join(lines[:MAX_LINES_READ])
    for pattern in (_APPLIED_FOR, _AS_A):
        for match in pattern.finditer(opening):
            if role := _role(match["role"]):
                return role
    return next((role for line in header if (role := _headline_role(line))), None)


def _role(written: str) -> str | None:
    written = _WORKED_AS.sub("", _SHORT_FORM_DOT.sub(r"\1", written).strip())
    role = _ROLE_END.split(written, maxsplit=1)[0].strip(" -\u2013\u2014\"'\u201c\u2018*")
    words = role.split()
    if not words or len(words) > MAX_ROLE_WORDS or _NOT_A_ROLE.search(role):
        return None
    return " ".join(words) if title_score(role) >= LAST_WORD_WEIGHT else None


def _headline_role(line: str) -> str | None:
    words = line.strip(" -\u2013\u2014*|").split()
    if not words or len(words) > MAX_HEADLINE_WORDS:
        return None
    return _role(" ".join(words))
