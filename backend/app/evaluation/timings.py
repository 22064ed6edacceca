"""When each part of a spoken answer was said: phrases (or words) with start and end times.

Times are seconds from the start of the answer. The browser's captions send one span per
final phrase; a server transcription gives word timings, grouped here into phrases. Bounded
in count and size so an answer's timings stay a small JSON value next to its transcript.
"""

from collections.abc import Iterable
from itertools import pairwise
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, TypeAdapter, model_validator

MAX_TIMED_SPANS = 2000
MAX_SPAN_CHARS = 2000
"""A caption phrase ends at the speaker's next pause: this is minutes of speech without one."""
MAX_TIMED_CHARS = 20000
"""As much text as an answer's transcript may hold."""
MAX_ANSWER_S = 7200.0
"""Two hours: the longest answer an interview allows (time_per_question_s is at most 1800)."""
PHRASE_GAP_S = 0.3
"""Server words closer than this join one phrase; any gap that could be a pause splits."""


class TimedSpan(BaseModel):
    """Words said between two moments of the answer (a phrase from captions, or a word)."""

    text: str = Field(min_length=1, max_length=MAX_SPAN_CHARS)
    start_s: float = Field(ge=0, le=MAX_ANSWER_S, description="Seconds from the answer's start")
    end_s: float = Field(ge=0, le=MAX_ANSWER_S, description="Seconds from the answer's start")

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> "TimedSpan":
        if not self.text.strip():
            raise ValueError("A timed span needs words")
        if self.end_s < self.start_s:
            raise ValueError("A timed span cannot end before it starts")
        return self


def _in_order(spans: list[TimedSpan]) -> list[TimedSpan]:
    for index, (before, after) in enumerate(pairwise(spans), start=1):
        if after.start_s < before.start_s:
            raise ValueError(
                f"Timed spans must be in order of their start: item {index} starts before "
                f"item {index - 1}"
            )
    if sum(len(span.text) for span in spans) > MAX_TIMED_CHARS:
        raise ValueError(f"Timed spans can hold at most {MAX_TIMED_CHARS} characters in all")
    return spans


AnswerTimings = Annotated[
    list[TimedSpan],
    Field(max_length=MAX_TIMED_SPANS),
    AfterValidator(_in_order),
]
"""Ordered, bounded timed spans of one answer."""

_TIMINGS = TypeAdapter(AnswerTimings)


def validate_timings(raw: object) -> list[TimedSpan]:
    """Stored or received timings as spans; raises pydantic's ValidationError when invalid."""
    return _TIMINGS.validate_python(raw)


def phrases_from_words(
    words: Iterable[tuple[str, float, float]], *, offset_s: float = 0.0
) -> list[TimedSpan]:
    """Timed words (of a recording) as the answer's phrases, times made relative to `offset_s`.

    Words split into phrases at any gap of PHRASE_GAP_S or more, so every pause survives; what
    would go past the bounds is left out (the pace of the rest still stands)."""
    phrases: list[tuple[str, float, float]] = []
    for word, start, end in sorted(words, key=lambda item: item[1]):
        text = word.strip()[:MAX_SPAN_CHARS]
        if not text:
            continue
        start_s = min(MAX_ANSWER_S, max(0.0, start - offset_s))
        end_s = min(MAX_ANSWER_S, max(start_s, end - offset_s))
        if phrases:
            said, began, ended = phrases[-1]
            if start_s - ended < PHRASE_GAP_S and len(said) + 1 + len(text) <= MAX_SPAN_CHARS:
                phrases[-1] = (f"{said} {text}", began, max(ended, end_s))
                continue
        phrases.append((text, start_s, end_s))
    spans: list[TimedSpan] = []
    chars = 0
    for text, start_s, end_s in phrases[:MAX_TIMED_SPANS]:
        chars += len(text)
        if chars > MAX_TIMED_CHARS:
            break
        spans.append(TimedSpan(text=text, start_s=start_s, end_s=end_s))
    return spans
