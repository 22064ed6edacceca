"""Swearing in an answer: words no interviewer expects to hear from a candidate.

Only unambiguous swear words count ("fuck", "shit", "bitch"...). Mild or everyday words
("damn", "crap", "hell", "sucks") are left to the outlook's negative words (tone.py): they say
something about mood, not about the register of the whole answer.
"""

from app.evaluation.text import cues

_SWEARING = cues(
    r"(?:mother)?f+u+c+k\w*",
    r"(?:bull)?shit\w*",
    r"bitch\w*",
    r"assholes?",
    r"bastards?",
    r"goddamn\w*",
    r"dickheads?",
    r"cunts?",
    r"wtf",
)


def swear_words(answer: str) -> tuple[str, ...]:
    """The swear words of the answer, lower-cased, in the order said."""
    return tuple(match.group() for match in _SWEARING.finditer(answer.lower()))
