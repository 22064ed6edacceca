"""Pace and filler words from the transcript of each answer window.

A word like "like" or "kind of" is a filler only when it is not doing grammatical work:
"it was, like, slow" and "so like we shipped it" count; "a tool like Redis", "I like Python"
and "what kind of index" do not. Speech-to-text rarely writes commas, so besides commas the
word before decides ("so like", "and like", "was like"). Counts are approximate by design.
"""

import re
from collections import Counter
from dataclasses import dataclass

from app.analytics.schemas import TranscriptSegment


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "trade-off", "it's" and "3.5x" are one word each.
_WORD = re.compile(r"\d+(?:[.,]\d+)*[a-z]*|[a-z]+(?:['-][a-z0-9]+)*")
_CANDIDATE = re.compile(
    r"\b(u+m+|u+h+m*|e+r+m*|h+m+|like|you know|basically|actually|literally|honestly"
    r"|i mean|so yeah|sort of|kind of)\b"
)
_SOUNDS = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        ("u+m+$", "um"),
        ("u+h+m*$", "uh"),
        ("e+r+m+$", "erm"),
        ("e+r+$", "er"),
        ("h+m+$", "hmm"),
    )
)
_LIKE_LEADS = _word_set("and so but um uh erm just was were it's i'm really yeah then")
_NOT_FILLER_AFTER = {
    "like": _word_set(
        "a an the this that these those to how what when it my our your his her their"
    ),
    "you know": _word_set(
        "how what when where why which who whom that if whether the a an it about"
    ),
}
_NOT_FILLER_BEFORE = _word_set(
    "what this that same any some the one which every a no these those all other different"
)


@dataclass(frozen=True, slots=True)
class SpeechStats:
    words: int
    talk_s: float
    """Time from the first to the last word when words are timed, else the window's length."""
    fillers: Counter[str]


def find_fillers(text: str) -> list[str]:
    """Filler words and phrases in `text`, lower-cased, vocal sounds normalised ("umm" → "um")."""
    lowered = text.lower().replace("\u2019", "'")
    found = []
    for match in _CANDIDATE.finditer(lowered):
        phrase = _normalise(match.group(1))
        before = lowered[max(0, match.start() - 24) : match.start()].split()
        after = lowered[match.end() : match.end() + 24]
        if _is_filler(phrase, before[-1] if before else "", after):
            found.append(phrase)
    return found


def count_words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


def words_per_minute(words: int, seconds: float) -> float | None:
    return round(words * 60 / seconds, 1) if words and seconds > 0 else None


def speech_stats(segment: TranscriptSegment) -> SpeechStats:
    text = segment.text or " ".join(word.word for word in segment.words)
    if segment.words:
        talk = segment.words[-1].end_s - segment.words[0].start_s
    else:
        talk = segment.end_s - segment.start_s
    return SpeechStats(count_words(text), max(0.0, talk), Counter(find_fillers(text)))


def _normalise(phrase: str) -> str:
    return next((name for pattern, name in _SOUNDS if pattern.match(phrase)), phrase)


def _is_filler(phrase: str, before: str, after: str) -> bool:
    next_word = next(iter(_WORD.findall(after)), "")
    if phrase in ("sort of", "kind of"):
        return before.strip(",.;:!?") not in _NOT_FILLER_BEFORE
    if phrase == "you know":
        return after.lstrip().startswith(",") or next_word not in _NOT_FILLER_AFTER[phrase]
    if phrase != "like":
        return True
    if after.lstrip().startswith(","):
        return True
    led = before.endswith(",") or before.strip(",.;:!?") in _LIKE_LEADS
    return led and next_word not in _NOT_FILLER_AFTER["like"]
