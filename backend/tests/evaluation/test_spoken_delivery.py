"""Delivery where the answer was spoken: pace, long pauses and fillers per minute from its
timings; typed answers judged on their writing only."""

from typing import Any

import pytest
from pydantic import ValidationError

from app.evaluation.delivery import measure_delivery
from app.evaluation.local import evaluate_answer
from app.evaluation.pace import (
    GOOD_PACE_WPM,
    LONG_PAUSE_S,
    MAX_PACE_PENALTY,
    fillers_per_minute,
    measure_pace,
    pace_penalty,
    pause_penalty,
)
from app.evaluation.schemas import EvaluationInput
from app.evaluation.text import segments, words
from app.evaluation.timings import (
    MAX_TIMED_SPANS,
    TimedSpan,
    phrases_from_words,
    validate_timings,
)

ANSWER = (
    "I would use a rolling update with maxUnavailable set to zero and maxSurge set to one, so "
    "a new pod starts before an old one stops. Readiness probes make sure traffic only reaches "
    "pods that are ready, and a preStop hook drains connections. Um, if the error rate rises "
    "after the rollout, I roll back with kubectl rollout undo, which takes about a minute. At "
    "my last job this cut failed deploys from four a month to none in a quarter."
)
QUESTION: dict[str, Any] = {
    "question": "How do you perform a zero-downtime deployment on Kubernetes?",
    "category": "technical",
    "key_points": [
        "Use a rolling update strategy with maxUnavailable and maxSurge",
        "Configure readiness probes so traffic only goes to ready pods",
        "Kubernetes deployment with a rollback plan",
    ],
    "model_answer": "Rolling updates, readiness probes and a quick rollback.",
}
DELIVERY_WORDS = ("pace", "paced", "pause", "words a minute")


def timed(text: str, *, words_per_minute: float, phrase_words: int, gap_s: float) -> list[dict]:
    """The answer as captions would time it: phrases said at a pace with gaps between them."""
    said, spans, clock = text.split(), [], 0.0
    for first in range(0, len(said), phrase_words):
        phrase = said[first : first + phrase_words]
        length = len(phrase) * 60 / words_per_minute
        spans.append(
            {
                "text": " ".join(phrase),
                "start_s": round(clock, 2),
                "end_s": round(clock + length, 2),
            }
        )
        clock += length + gap_s
    return spans


STEADY = timed(ANSWER, words_per_minute=145, phrase_words=9, gap_s=0.6)
RUSHED_AND_HALTING = timed(ANSWER, words_per_minute=230, phrase_words=7, gap_s=3.5)


def spans(raw: list[dict]) -> list[TimedSpan]:
    return validate_timings(raw)


def evaluate(answer: str = ANSWER, **fields):
    return evaluate_answer(EvaluationInput(**QUESTION, answer=answer, **fields))


def test_pace_is_words_a_minute_while_talking():
    pace = measure_pace(spans(STEADY), len(words(ANSWER)))
    assert pace is not None
    assert pace.words == len(words(ANSWER))
    # Short gaps between phrases are part of talking: 145 wpm phrases, 0.6 s apart.
    assert pace.words_per_minute == pytest.approx(pace.words * 60 / pace.answer_s, abs=0.2)
    assert GOOD_PACE_WPM[0] < pace.words_per_minute < 145
    assert pace.pauses == ()
    assert pace_penalty(pace.words_per_minute) == 0


def test_long_pauses_are_counted_with_their_words_and_left_out_of_the_pace():
    timings = spans(
        [
            {"text": "I would start with a rolling update", "start_s": 0.0, "end_s": 2.8},
            {"text": "and readiness probes", "start_s": 3.3, "end_s": 4.6},
            {"text": "then a rollback plan with kubectl", "start_s": 9.6, "end_s": 12.0},
            {"text": "rollout undo", "start_s": 14.5, "end_s": 15.2},
        ]
    )
    pace = measure_pace(timings, 18)
    assert pace is not None
    assert [(p.start_s, p.duration_s) for p in pace.pauses] == [(4.6, 5.0), (12.0, 2.5)]
    assert pace.pauses[0].before == "and readiness probes"
    assert pace.pauses[0].after == "then a rollback plan with"
    assert pace.longest_pause_s == 5.0
    assert pace.answer_s == 15.2
    assert pace.talking_s == pytest.approx(15.2 - 7.5)
    assert pace.words_per_minute == pytest.approx(18 * 60 / 7.7, abs=0.1)


def test_pace_bands_cost_nothing_inside_and_more_the_further_outside():
    slow, fast = GOOD_PACE_WPM
    assert pace_penalty(slow) == pace_penalty(fast) == pace_penalty(140) == 0
    assert 0 < pace_penalty(fast + 20) < pace_penalty(fast + 40) <= MAX_PACE_PENALTY
    assert 0 < pace_penalty(slow - 20) < pace_penalty(slow - 40)
    assert pace_penalty(400) == MAX_PACE_PENALTY


def test_a_thinking_pause_is_free_but_many_are_not():
    def pace_with(phrase_words: int, gap_s: float, wpm: float = 150):
        raw = timed(ANSWER, words_per_minute=wpm, phrase_words=phrase_words, gap_s=gap_s)
        pace = measure_pace(spans(raw), len(words(ANSWER)))
        assert pace is not None
        return pace

    one, two, many = pace_with(45, 3), pace_with(30, 3), pace_with(7, 3.5, wpm=230)
    assert len(one.pauses) == 1 and pause_penalty(one) == 0
    # Free: one, plus one per minute; a second in a 40 s answer costs a little.
    assert len(two.pauses) == 2 and 0 < pause_penalty(two) < 5
    assert len(many.pauses) >= 8 and pause_penalty(many) >= 15


def test_fillers_are_counted_per_minute_of_the_answer():
    pace = measure_pace(spans(STEADY), 74)
    assert pace is not None
    assert fillers_per_minute(3, pace) == round(3 / (pace.answer_s / 60), 1)


@pytest.mark.parametrize(
    "raw",
    [
        [{"text": "yes I would", "start_s": 0, "end_s": 1.0}],  # too few words
        timed(ANSWER[:60], words_per_minute=150, phrase_words=5, gap_s=0.2),  # most typed
    ],
)
def test_too_little_timed_speech_is_not_judged_for_pace(raw):
    assert measure_pace(spans(raw), len(words(ANSWER))) is None


def test_server_words_become_phrases_split_at_every_possible_pause():
    said = [
        ("I", 10.2, 10.3),
        ("built", 10.3, 10.6),
        ("a", 10.6, 10.7),
        ("cache.", 10.7, 11.9),
        ("It", 14.1, 14.3),
        ("halved", 14.3, 14.9),
        ("latency.", 14.9, 15.8),
    ]
    phrases = phrases_from_words(said, offset_s=10.0)
    # approx equals a float at run time, which its type cannot say.
    assert [(p.text, p.start_s, p.end_s) for p in phrases] == [  # type: ignore[comparison-overlap]
        ("I built a cache.", pytest.approx(0.2), pytest.approx(1.9)),
        ("It halved latency.", pytest.approx(4.1), pytest.approx(5.8)),
    ]
    many = [(f"w{i}", i * 1.0, i * 1.0 + 0.4) for i in range(MAX_TIMED_SPANS + 50)]
    assert len(phrases_from_words(many)) == MAX_TIMED_SPANS


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([{"text": "late", "start_s": 5, "end_s": 6}, {"text": "early", "start_s": 1, "end_s": 2}],
         "in order"),
        ([{"text": "backwards", "start_s": 3, "end_s": 2}], "end before it starts"),
        ([{"text": "negative", "start_s": -1, "end_s": 2}], "greater than or equal to 0"),
        ([{"text": "   ", "start_s": 0, "end_s": 2}], "needs words"),
        ([{"text": "forever", "start_s": 0, "end_s": 10_000}], "less than or equal to 7200"),
        ([{"text": "w", "start_s": i, "end_s": i} for i in range(MAX_TIMED_SPANS + 1)], "at most"),
    ],
)  # fmt: skip
def test_invalid_timings_are_refused(raw, message):
    with pytest.raises(ValidationError, match=message):
        validate_timings(raw)


def test_a_steady_spoken_answer_outscores_the_same_words_rushed_with_many_pauses():
    steady = evaluate(spoken=True, timings=STEADY)
    halting = evaluate(spoken=True, timings=RUSHED_AND_HALTING)
    assert steady.communication >= 85
    assert halting.communication <= steady.communication - 30
    assert halting.score < steady.score
    # The rest of the evaluation is about the words, which are the same.
    assert (halting.relevance, halting.depth, halting.structure) == (
        steady.relevance,
        steady.depth,
        steady.structure,
    )
    working = halting.working.delivery
    assert working.basis == "spoken"
    assert working.words_per_minute == pytest.approx(230, abs=10)
    assert (working.good_pace_min_wpm, working.good_pace_max_wpm) == GOOD_PACE_WPM
    assert working.long_pause_s == LONG_PAUSE_S
    assert working.long_pauses == len(RUSHED_AND_HALTING) - 1
    assert working.longest_pause_s == pytest.approx(3.5)
    assert working.fillers_per_minute is not None and working.filler_count == 1
    assert {d.name: d.points for d in working.deductions}["pace"] == pytest.approx(
        pace_penalty(working.words_per_minute), abs=0.1
    )
    assert 0 < pace_penalty(working.words_per_minute) <= MAX_PACE_PENALTY
    assert working.pauses[0].before and working.pauses[0].after
    assert f"{working.words_per_minute:g} words a minute" in working.note
    assert "words a minute is too fast" in halting.remark
    assert "pauses of 2 s or more" in halting.remark
    assert halting.signals["words_per_minute"] == working.words_per_minute
    assert steady.working.delivery.long_pauses == 0


def test_a_typed_answer_is_judged_on_its_writing_with_no_word_on_pace_or_pauses():
    typed = evaluate()
    working = typed.working.delivery
    assert working.basis == "written"
    assert "writing only" in working.note
    assert working.words_per_minute is None and working.long_pauses is None
    assert working.pauses == []
    assert {d.name for d in working.deductions} == {
        "fillers",
        "disfluencies",
        "hedges",
        "length",
        "sentence length",
        "repetition",
    }
    said = f"{typed.remark} {typed.suggestion}".lower()
    assert not any(word in said for word in DELIVERY_WORDS)
    assert "words_per_minute" not in typed.signals
    assert typed.signals["delivery_basis"] == "written"


def test_timings_sent_with_a_typed_answer_change_nothing():
    assert evaluate(timings=STEADY) == evaluate()


def test_a_spoken_answer_without_timings_is_judged_on_its_words_without_pace_praise():
    unpunctuated = ANSWER.replace(".", "").replace(",", "")
    spoken = evaluate(unpunctuated, spoken=True)
    typed = evaluate(unpunctuated)
    assert spoken.working.delivery.basis == "spoken_untimed"
    assert "without timings" in spoken.working.delivery.note
    # Captions carry no punctuation of the candidate's: one long "sentence" costs nothing.
    assert spoken.communication > typed.communication
    assert "paced" not in spoken.remark and "pause" not in spoken.remark


def test_spoken_delivery_is_deterministic():
    first = evaluate(spoken=True, timings=RUSHED_AND_HALTING)
    assert all(evaluate(spoken=True, timings=RUSHED_AND_HALTING) == first for _ in range(3))


def test_written_delivery_is_unchanged_by_the_spoken_measures():
    parts = segments(ANSWER)
    written = measure_delivery(ANSWER, len(words(ANSWER)), parts)
    assert written.basis == "written" and written.pace is None
    assert written.score == round(100 - sum(points for _, points in written.deductions))
