"""The working behind the communication score: what it was judged on, and the figures."""

from typing import TypedDict

from app.evaluation.delivery import Delivery, DeliveryBasis
from app.evaluation.pace import GOOD_PACE_WPM, LONG_PAUSE_S
from app.evaluation.schemas import Deduction, DeliveryWorking, PauseEvidence

MAX_PAUSES_SHOWN = 5

_WRITTEN = (
    "Typed answer: communication is judged on the writing only (fillers, repeated words and "
    "false starts, hedges, length, sentence length and repetition), not on pace or pauses."
)
_UNTIMED = (
    "Spoken answer without timings: pace and pauses could not be measured, so communication "
    "is judged on the words (fillers, repeated words and false starts, hedges, length and "
    "repetition)."
)
_TRANSCRIPT = (
    'Transcript of speech (it has hesitation sounds such as "um" in its words): '
    "communication is judged on the words as said (fillers, repeated words and false starts, "
    "hedges, length and repetition), not on the transcriber's punctuation."
)
_TOO_LITTLE_TIMED = (
    "Spoken answer, but too little of it was timed to judge pace and pauses: communication is "
    "judged on the words (fillers, repeated words and false starts, hedges, length and "
    "repetition)."
)


class _Common(TypedDict):
    basis: DeliveryBasis
    deductions: list[Deduction]
    filler_count: int
    hedge_count: int


def delivery_working(delivery: Delivery, *, had_timings: bool) -> DeliveryWorking:
    """What communication was judged on, the points each measure took, and the pauses."""
    deductions = [Deduction(name=name, points=points) for name, points in delivery.deductions]
    common: _Common = {
        "basis": delivery.basis,
        "deductions": deductions,
        "filler_count": delivery.filler_count,
        "hedge_count": delivery.hedge_count,
    }
    pace = delivery.pace
    if delivery.basis == "written" or pace is None:
        note = _WRITTEN if delivery.basis == "written" else _UNTIMED
        if delivery.basis != "written" and had_timings:
            note = _TOO_LITTLE_TIMED
        if delivery.transcript:
            note = _TRANSCRIPT
        return DeliveryWorking(note=note, **common)
    longest_first = sorted(pace.pauses, key=lambda pause: -pause.duration_s)[:MAX_PAUSES_SHOWN]
    return DeliveryWorking(
        note=(
            f"Spoken answer: communication is judged on the delivery ({pace.words_per_minute:g} "
            f"words a minute, {_count(len(pace.pauses), 'long pause')}, "
            f"{_count(delivery.fillers_per_minute or 0, 'filler')} a minute) as well as the words."
        ),
        words_per_minute=pace.words_per_minute,
        good_pace_min_wpm=GOOD_PACE_WPM[0],
        good_pace_max_wpm=GOOD_PACE_WPM[1],
        answer_s=pace.answer_s,
        long_pause_s=LONG_PAUSE_S,
        long_pauses=len(pace.pauses),
        longest_pause_s=pace.longest_pause_s,
        fillers_per_minute=delivery.fillers_per_minute,
        pauses=[
            PauseEvidence(
                start_s=pause.start_s,
                duration_s=pause.duration_s,
                before=pause.before,
                after=pause.after,
            )
            for pause in longest_first
        ],
        **common,
    )


def _count(number: float, noun: str) -> str:
    return f"{number:g} {noun}{'' if number == 1 else 's'}"
