"""Pace and filler words from the transcript of each answer window. The fillers are the
ones the communication score counts (`app.evaluation.fillers`); counts are approximate by
design.
"""

import re
from collections import Counter
from dataclasses import dataclass

from app.analytics.schemas import TranscriptSegment
from app.evaluation.fillers import find_fillers

# "trade-off", "it's" and "3.5x" are one word each.
_WORD = re.compile(r"\d+(?:[.,]\d+)*[a-z]*|[a-z]+(?:['-][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class SpeechStats:
    words: int
    talk_s: float
    """Time from the first to the last word when words are timed, else the window's length."""
    fillers: Counter[str]


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
