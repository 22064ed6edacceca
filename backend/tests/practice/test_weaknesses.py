"""Weak spots grouped by what the evaluator names, their trend, and when to practise next."""

import uuid
from datetime import UTC, datetime, timedelta

from app.practice.schemas import Trend, WeaknessKind
from app.practice.spacing import suggest
from app.practice.weaknesses import Observation, group, reason, trend

DAY = timedelta(days=1)
START = datetime(2026, 11, 1, 9, tzinfo=UTC)


def _interview(day: int, scores: dict[tuple[WeaknessKind, str], list[int]]) -> list[Observation]:
    interview_id = uuid.uuid4()
    observations = []
    for (kind, key), values in scores.items():
        for index, score in enumerate(values):
            observations.append(
                Observation(
                    kind=kind,
                    key=key,
                    interview_id=interview_id,
                    completed_at=START + day * DAY,
                    question_id=uuid.UUID(int=day * 100 + index),
                    question=f"Question {index} of day {day}",
                    score=score,
                )
            )
    return observations


STRUCTURE = (WeaknessKind.DIMENSION, "structure")
PYTHON = (WeaknessKind.SKILL, "Python")
TEAMWORK = (WeaknessKind.COMPETENCY, "teamwork")


def test_the_same_identity_across_interviews_is_one_entry_with_its_history() -> None:
    observations = [
        *_interview(0, {STRUCTURE: [30, 50], PYTHON: [80]}),
        *_interview(2, {STRUCTURE: [40], PYTHON: [75], TEAMWORK: [35]}),
        *_interview(5, {STRUCTURE: [70]}),
        *_interview(7, {STRUCTURE: [45], TEAMWORK: [60]}),
    ]
    entries = group(observations)
    structure = next(e for e in entries if (e.kind, e.key) == STRUCTURE)
    assert [o.score for o in structure.history] == [40, 40, 70, 45]
    assert [o.weak for o in structure.history] == [True, True, False, True]
    assert (structure.weak_count, structure.seen_count, structure.recurring) == (3, 4, True)
    # The weakest answer of the interview is the one shown.
    assert structure.history[0].question == "Question 0 of day 0"
    assert structure.last_practised_at == START + 7 * DAY
    teamwork = next(e for e in entries if (e.kind, e.key) == TEAMWORK)
    assert (teamwork.weak_count, teamwork.recurring) == (1, False)
    # Weakest first: the most often weak, then the lowest latest score.
    assert [(e.kind, e.key) for e in entries] == [STRUCTURE, TEAMWORK, PYTHON]
    assert reason(structure) == (
        "Answer structure (STAR for stories, clear reasoning for technical) was weak in 3 of "
        "your last 4 interviews that tested it."
    )


def test_trend_compares_the_latest_score_with_the_earlier_ones() -> None:
    assert trend([40, 42, 60]) == Trend.IMPROVING
    assert trend([60, 50, 40]) == Trend.WORSE
    assert trend([40, 50, 48]) == Trend.STEADY
    assert trend([40]) == Trend.STEADY


def test_no_observations_give_no_entries_and_no_suggestion() -> None:
    assert group([]) == []
    assert suggest([], now=START) is None


def test_a_weak_spot_is_suggested_a_day_after_a_weak_attempt() -> None:
    entries = group([*_interview(0, {STRUCTURE: [30]}), *_interview(1, {STRUCTURE: [35]})])
    early = suggest(entries, now=START + DAY + timedelta(hours=2))
    assert early is not None
    assert early.suggested_at == START + 2 * DAY
    assert not early.due
    assert "weak in 2 of your last 2" in early.reason
    late = suggest(entries, now=START + 3 * DAY)
    assert late is not None and late.due


def test_after_a_passing_attempt_the_gap_is_three_days() -> None:
    entries = group([*_interview(0, {STRUCTURE: [30]}), *_interview(1, {STRUCTURE: [65]})])
    suggestion = suggest(entries, now=START)
    assert suggestion is not None
    assert suggestion.suggested_at == START + 4 * DAY
    assert entries[0].trend == Trend.IMPROVING


def test_a_competency_is_named_in_british_words_while_its_key_stays_as_stored() -> None:
    prioritization = (WeaknessKind.COMPETENCY, "prioritization")
    (entry,) = group(_interview(0, {prioritization: [30]}))
    assert entry.key == "prioritization"
    assert entry.label == "Prioritisation stories"
