"""Years of experience a sentence asks of the candidate ("3+ years of experience in X",
"minimum 5 years", "at least two years"), not years the company boasts of ("serving clients
for 50 years", "founded 20 years ago", "an agency with over 35 years in executive search").

A mention counts unless the words just before it, in its sentence, speak of the company more
recently than of the candidate: "we need a plumber with 5 years" counts, "we have served the
county for 30 years" does not.
"""

import bisect
import re
from collections.abc import Callable

from app.jobs.words import word_set

_NUMBER = r"\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
_YEARS = re.compile(
    rf"\b({_NUMBER})\s*(?:(?:\+|plus|or more)\s*)?"
    rf"(?:(?:-|\u2013|\u2014|to)\s*(?:{_NUMBER})\s*(?:\+\s*)?)?"
    r"(?:years?|yrs?)\b(?![\s-]+(?:old|degree|college|university|program|ago|of age|young"
    r"|in business(?=\s{0,3}(?:[.,;!)]|$))|in operation|of (?:history|heritage|trading|service"
    r"|excellence|success"
    r"|growth|innovation|operation)))",
    re.I,
)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
}  # fmt: skip
LOOKBACK_CHARS = 80
_CLAUSE_START = re.compile(r"[.!?;]\s")
# Words that say who speaks: a scan of the words and a set lookup each, where a pattern of
# alternatives would try each one at every character.
_CANDIDATE_WORDS = word_set(
    "you your you'll you're you've candidate candidates applicant applicants looking seeking"
    " need needs want require required requires requirement requirements minimum least must"
    " ideal should"
)
_COMPANY_WORDS = word_set(
    "we we've we're we'd our us company firm agency business organisation organization founded"
    " established serving served history clients customers trading operating"
)
_WORD = re.compile(r"[a-z']+")


def years_in(text: str, skip: Callable[[int], bool] = lambda _: False) -> list[float]:
    """The years each mention in `text` asks for, but those at positions `skip` rejects and
    those the company speaks of; a range counts by its lower end."""
    text = text.replace("\u2019", "'")
    speakers = [
        (match.start(), word in _COMPANY_WORDS)
        for match in _WORD.finditer(text.lower())
        if (word := match[0]) in _CANDIDATE_WORDS or word in _COMPANY_WORDS
    ]
    clauses = [match.end() for match in _CLAUSE_START.finditer(text)]
    found = []
    for match in _YEARS.finditer(text):
        position = match.start()
        if skip(position) or _spoken_by_company(speakers, clauses, position):
            continue
        found.append(_number(match[1]))
    return found


def _spoken_by_company(speakers: list[tuple[int, bool]], clauses: list[int], position: int) -> bool:
    """Whether the nearest speaker before `position`, in its sentence and close by, is the
    company. Both lists are ordered by position: a binary search each, so a long text full of
    mentions stays linear."""
    index = bisect.bisect_left(speakers, (position, False)) - 1
    if index < 0:
        return False
    where, by_company = speakers[index]
    clause = bisect.bisect_right(clauses, position) - 1
    clause_start = clauses[clause] if clause >= 0 else 0
    return by_company and where >= max(clause_start, position - LOOKBACK_CHARS)


def _number(token: str) -> float:
    lowered = token.lower()
    return float(_WORD_NUMBERS[lowered]) if lowered in _WORD_NUMBERS else float(lowered)
