"""Communication: fillers, disfluencies (repeats, false starts: see `fluency`), hedges,
length fit, sentence length, repetition and swearing (`profanity`); for a spoken answer with
timings, pace, long pauses and fillers per minute (see `pace`).

Fillers and disfluencies are in the words of a transcript, timed or not, so they count either
way; a typed answer without any loses nothing for them.

A typed answer is judged on its writing only. A spoken one is not judged on its sentence
length: the punctuation of a transcript is the recogniser's, not the candidate's. Nobody writes
"um, uh": a typed answer with hesitation sounds in it is a transcript of speech, pasted or
typed by a transcriber, and is judged as a spoken answer without timings.

Which words are fillers, and which hesitation sounds, is `fillers`' reading (the delivery
analytics count the same ones).
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from app.evaluation.fillers import filler_matches, hesitation_count
from app.evaluation.fluency import LEGIT_DOUBLES as _LEGIT_DOUBLES
from app.evaluation.fluency import measure_fluency
from app.evaluation.pace import (
    Pace,
    filler_penalty,
    fillers_per_minute,
    measure_pace,
    pace_penalty,
    pause_penalty,
)
from app.evaluation.profanity import swear_words
from app.evaluation.text import Segment, concept, cues
from app.evaluation.timings import TimedSpan

_HEDGES = cues(
    r"i (?:think|guess|suppose|believe|feel like)",
    r"maybe",
    r"perhaps",
    r"probably",
    r"(?:i'm |i am )?not (?:really |entirely |totally )?sure",
    r"i don't (?:really )?know",
    r"something like that",
    r"i'm not an expert",
)

TOO_SHORT, SHORT, LONG, RAMBLING = 20, 40, 250, 350
LONG_SENTENCE = 30
HEDGE_PENALTY = 4.0
"""Points lost per hedge per 100 words."""
FILLER_CAP, FILLER_SCALE = 40.0, 7.0
DISFLUENCY_CAP, DISFLUENCY_SCALE = 25.0, 6.0
"""Fillers (disfluencies) per 100 words cost CAP * (1 - exp(-rate / SCALE)): about 5 (4)
points for the first one per 100 words, rising ever more slowly to CAP, so a halting answer
still ranks below a slightly halting one instead of both hitting a flat cap."""
SWEARING_COST, SWEARING_CAP = 20.0, 40.0
"""Points lost per swear word, and at most: one is already a lapse an interviewer remembers."""

TRANSCRIPT_SOUNDS = 2
"""Hesitation sounds that show a typed answer is a transcript of speech (one "Um," may be
a typed aside)."""

DeliveryBasis = Literal["written", "spoken", "spoken_untimed"]
"""Typed; spoken with timings good enough to judge pace; spoken without (or too few)."""


@dataclass(frozen=True)
class Delivery:
    score: int
    filler_count: int
    hedge_count: int
    fillers: tuple[str, ...]
    hedges: tuple[str, ...]
    length_fit: str
    average_sentence_words: float
    repetition: float
    basis: DeliveryBasis = "written"
    pace: Pace | None = None
    fillers_per_minute: float | None = None
    disfluencies: tuple[str, ...] = ()
    """Repeated words and false starts, as said ("i i", "chan-")."""
    deductions: tuple[tuple[str, float], ...] = ()
    """Points each measure took off 100, in order, for the working."""
    transcript: bool = False
    """Sent as typed, but its hesitation sounds show it is a transcript of speech."""
    swearing: tuple[str, ...] = ()


def measure_delivery(
    answer: str,
    word_count: int,
    parts: Sequence[Segment],
    *,
    spoken: bool = False,
    timings: Sequence[TimedSpan] | None = None,
) -> Delivery:
    """Communication from the words; for a spoken answer with timings, from its delivery too."""
    lowered = answer.lower()
    transcript = not spoken and hesitation_count(answer) >= TRANSCRIPT_SOUNDS
    fillers = tuple(match.group() for match in filler_matches(answer))
    hedges = tuple(match.group() for match in _HEDGES.finditer(lowered))
    per_hundred = 100 / max(word_count, 50)
    average = word_count / max(1, len(parts))
    repetition = _repetition(answer)
    pace = measure_pace(timings, word_count) if spoken and timings else None
    per_minute = fillers_per_minute(len(fillers), pace) if pace else None
    fluency = measure_fluency(answer)
    swearing = swear_words(answer)
    deductions = [
        (
            "fillers",
            filler_penalty(per_minute)
            if per_minute is not None
            else _saturating(len(fillers) * per_hundred, FILLER_CAP, FILLER_SCALE),
        ),
        (
            "disfluencies",
            _saturating(fluency.count * per_hundred, DISFLUENCY_CAP, DISFLUENCY_SCALE),
        ),
        ("hedges", min(20.0, HEDGE_PENALTY * len(hedges) * per_hundred)),
        ("length", _length_penalty(word_count)),
        ("repetition", min(20.0, max(0.0, repetition - 0.45) * 100)),
    ]
    if not (spoken or transcript):
        deductions.insert(
            4, ("sentence length", min(15.0, max(0.0, average - LONG_SENTENCE) * 1.5))
        )
    if swearing:  # listed only where it applies: a clean answer is not told about swearing
        deductions.append(("swearing", min(SWEARING_CAP, SWEARING_COST * len(swearing))))
    if pace is not None:
        deductions += [
            ("pace", pace_penalty(pace.words_per_minute)),
            ("pauses", pause_penalty(pace)),
        ]
    penalty = sum(points for _, points in deductions)
    return Delivery(
        score=round(max(0.0, 100.0 - penalty)),
        filler_count=len(fillers),
        hedge_count=len(hedges),
        fillers=fillers,
        hedges=hedges,
        length_fit=_length_fit(word_count),
        average_sentence_words=round(average, 1),
        repetition=round(repetition, 3),
        basis="spoken" if pace else "spoken_untimed" if spoken or transcript else "written",
        pace=pace,
        fillers_per_minute=per_minute,
        disfluencies=fluency.repeats + fluency.false_starts,
        deductions=tuple((name, round(points, 1)) for name, points in deductions),
        transcript=transcript,
        swearing=swearing,
    )


_MEANINGFUL_FILLERS = frozenset({"actually", "basically", "literally", "honestly"})
"""Fillers when overused, yet words with a meaning ("before actually executing it"): they cost
communication but stay in what the answer says."""
_REPEAT = re.compile(r"\b(\w+(?:['\u2019]\w+)?(?:\s+\w+(?:['\u2019]\w+)?){0,2})[\s,]+\1\b", re.I)
_FALSE_START = re.compile(r"(?<![\w-])[A-Za-z]+-(?=\s)")
_STRAY = (
    (re.compile(r"\s*,(?:\s*,)+"), " "),
    (re.compile(r"\s*,\s*(?=[.!?])"), ""),
    (re.compile(r"([.!?])(?:\s*[,.])+"), r"\1"),
    (re.compile(r"^[\s,.]+"), ""),
    (re.compile(r"\s+(?=[,.!?])"), ""),
)
"""Punctuation left stranded where a filler was cut out ("competition., I" -> "competition. I",
"nervous, uh." -> "nervous."); a filler set off by commas takes them along ("the, uh, team" ->
"the team")."""


def without_disfluencies(answer: str) -> str:
    """What the answer says, without its fillers, repeats and false starts: "Um, I, I led
    the, uh, team" means "I led the team", and its meaning and specifics are judged on that."""
    kept, last = [], 0
    for match in filler_matches(answer):
        if match.group() not in _MEANINGFUL_FILLERS:
            kept.append(answer[last : match.start()])
            last = match.end()
    text = "".join(kept) + answer[last:]
    text = _FALSE_START.sub("", text)
    text = _REPEAT.sub(lambda m: m.group(0) if _deliberate(m.group(1)) else m.group(1), text)
    if text == answer:  # nothing to leave out: the answer as written
        return answer
    for pattern, replacement in _STRAY:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _deliberate(repeated: str) -> bool:
    return repeated.lower() in _LEGIT_DOUBLES


def _saturating(rate: float, cap: float, scale: float) -> float:
    return cap * (1 - math.exp(-rate / scale))


def _length_fit(word_count: int) -> str:
    if word_count < SHORT:
        return "too_short"
    if word_count > RAMBLING:
        return "rambling"
    return "long" if word_count > LONG else "good"


def _length_penalty(word_count: int) -> float:
    if word_count < TOO_SHORT:
        return 60.0
    if word_count < SHORT:
        return 30.0 * (SHORT - word_count) / (SHORT - TOO_SHORT) + 10.0
    if word_count > RAMBLING:
        return min(40.0, 10.0 + (word_count - RAMBLING) / 10)
    if word_count > LONG:
        return 10.0 * (word_count - LONG) / (RAMBLING - LONG)
    return 0.0


def _repetition(answer: str) -> float:
    """Share of content-word occurrences that repeat an earlier one."""
    keys = [key for key in map(concept, re.findall(r"[A-Za-z][A-Za-z']*", answer)) if key]
    if len(keys) < 20:
        return 0.0
    return 1 - len(set(keys)) / len(keys)
