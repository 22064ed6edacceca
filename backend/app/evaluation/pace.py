"""How a spoken answer was delivered, from its timings: pace, long pauses, fillers per minute.

Pace is measured while talking: long pauses are taken out of the time and judged on their
own, so a fast talker who keeps stopping is neither averaged into a "good" pace nor penalised
twice for one habit. Browser captions time a phrase from its first interim result to its final
one, both a little after the words were said (recognition latency), so phrase lengths and the
gaps between them keep their size; a server transcription times every word.

Bands (conversational English): about 110-170 words a minute is easy to follow and presenters
are coached to 120-160, yet interview raters favour faster talkers (see GOOD_PACE_WPM); below
100 listeners notice. A pause of 2 s or more
between phrases is long; one or two in an answer is thinking time, many break it up.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.evaluation.text import words
from app.evaluation.timings import TimedSpan

# Raters reward a brisk rate (Naim et al. 2015: speaking rate among the strongest predictors
# of interview ratings; First Impressions clips of 200+ words a minute are rated highest), so
# only a pace too fast to follow costs anything.
GOOD_PACE_WPM = (110, 200)
PACE_PENALTY_PER_WPM, MAX_PACE_PENALTY = 0.6, 30.0
"""Points lost per word a minute outside GOOD_PACE_WPM (60 wpm or 250 wpm lose the most)."""
LONG_PAUSE_S = 2.0
FREE_PAUSES, FREE_PAUSES_PER_MINUTE = 1, 1.0
"""Long pauses that cost nothing: one, plus one per minute of answer."""
PAUSE_PENALTY, MAX_PAUSE_PENALTY = 6.0, 20.0
"""Points lost per long pause beyond the free ones."""
LONGEST_OK_S, LONGEST_PENALTY_PER_S, MAX_LONGEST_PENALTY = 5.0, 2.0, 10.0
"""A silence longer than LONGEST_OK_S costs this much per extra second."""
FILLER_PENALTY_PER_MINUTE, MAX_FILLER_PENALTY = 4.0, 30.0
"""Points lost per filler a minute (at 150 wpm, as much as 6 per 100 words written)."""
FILLER_MINUTES_FLOOR = 1 / 3
"""Short answers count as 20 s, as written ones count as 50 words: two fillers in ten words are
not twelve a minute."""
MIN_TIMED_WORDS, MIN_TIMED_S, MIN_TIMED_SHARE = 10, 4.0, 0.5
"""Less timed speech than this (or timings for under half the answer's words, the rest typed)
says too little about pace to judge it."""
CONTEXT_WORDS = 5


@dataclass(frozen=True)
class Pause:
    start_s: float
    end_s: float
    before: str
    """The last words said before the silence."""
    after: str
    """The first words said after it."""

    @property
    def duration_s(self) -> float:
        return round(self.end_s - self.start_s, 1)


@dataclass(frozen=True)
class Pace:
    words: int
    answer_s: float
    """From the first timed word to the last."""
    talking_s: float
    """answer_s without the long pauses."""
    words_per_minute: float
    pauses: tuple[Pause, ...]
    """The long pauses, in order."""

    @property
    def longest_pause_s(self) -> float:
        return max((pause.duration_s for pause in self.pauses), default=0.0)

    @property
    def minutes(self) -> float:
        return self.answer_s / 60


def measure_pace(timings: Sequence[TimedSpan], answer_words: int) -> Pace | None:
    """Pace and long pauses of the timed answer; None when too little of it is timed."""
    if not timings:
        return None
    counted = sum(len(words(span.text)) for span in timings)
    answer_s = max(span.end_s for span in timings) - timings[0].start_s
    if (
        counted < MIN_TIMED_WORDS
        or answer_s < MIN_TIMED_S
        or counted < MIN_TIMED_SHARE * answer_words
    ):
        return None
    pauses = long_pauses(timings)
    talking_s = max(answer_s - sum(p.end_s - p.start_s for p in pauses), MIN_TIMED_S / 2)
    return Pace(
        words=counted,
        answer_s=round(answer_s, 1),
        talking_s=round(talking_s, 1),
        words_per_minute=round(counted * 60 / talking_s, 1),
        pauses=tuple(pauses),
    )


def long_pauses(timings: Sequence[TimedSpan]) -> list[Pause]:
    """Silences of LONG_PAUSE_S or more between one span's end and the next one's start."""
    pauses = []
    reached = timings[0].end_s
    for before, after in pairwise(timings):
        reached = max(reached, before.end_s)
        if after.start_s - reached >= LONG_PAUSE_S:
            pauses.append(
                Pause(
                    start_s=round(reached, 2),
                    end_s=round(after.start_s, 2),
                    before=" ".join(before.text.split()[-CONTEXT_WORDS:]),
                    after=" ".join(after.text.split()[:CONTEXT_WORDS]),
                )
            )
    return pauses


def pace_penalty(words_per_minute: float) -> float:
    slow, fast = GOOD_PACE_WPM
    off = max(0.0, slow - words_per_minute, words_per_minute - fast)
    return min(MAX_PACE_PENALTY, PACE_PENALTY_PER_WPM * off)


def pace_verdict(words_per_minute: float) -> str:
    """Slow, good or fast against GOOD_PACE_WPM."""
    slow, fast = GOOD_PACE_WPM
    if words_per_minute < slow:
        return "slow"
    return "fast" if words_per_minute > fast else "good"


def allowed_pauses(pace: Pace) -> float:
    return FREE_PAUSES + FREE_PAUSES_PER_MINUTE * pace.minutes


def pause_penalty(pace: Pace) -> float:
    excess = max(0.0, len(pace.pauses) - allowed_pauses(pace))
    longest = max(0.0, pace.longest_pause_s - LONGEST_OK_S)
    return min(MAX_PAUSE_PENALTY, PAUSE_PENALTY * excess) + min(
        MAX_LONGEST_PENALTY, LONGEST_PENALTY_PER_S * longest
    )


def fillers_per_minute(filler_count: int, pace: Pace) -> float:
    return round(filler_count / max(pace.minutes, FILLER_MINUTES_FLOOR), 1)


def filler_penalty(per_minute: float) -> float:
    return min(MAX_FILLER_PENALTY, FILLER_PENALTY_PER_MINUTE * per_minute)
