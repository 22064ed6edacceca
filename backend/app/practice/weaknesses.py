"""Recurring weaknesses: the same weak spot across interviews, grouped into one entry.

Pure functions over observations. A weak spot is identified by what the evaluator and the bank
name for certain, never by wording: a skill of the question (canonical taxonomy names), the
behavioral competency of its bank question, or one of the evaluator's sub-scores (relevance,
depth, structure, communication). Each interview gives one score per identity (the mean of its
answers'); it is weak below the results page's weakness line.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from app.practice.schemas import (
    Trend,
    WeaknessEntry,
    WeaknessKind,
    WeaknessOccurrence,
)
from app.questions.competencies import shown_competency
from app.results.feedback import WEAK

TREND_MARGIN = 8
"""Points the latest score must move from the earlier ones' mean to count as a change."""

_DIMENSION_LABELS = {
    "structure": "Answer structure (STAR for stories, clear reasoning for technical)",
    "depth": "Depth: numbers, tools and trade-offs",
    "relevance": "Answering the question asked",
    "communication": "Clear, concise delivery",
}
DIMENSIONS = tuple(_DIMENSION_LABELS)


@dataclass(frozen=True)
class Observation:
    """One identity scored by one answer."""

    kind: WeaknessKind
    key: str
    interview_id: uuid.UUID
    completed_at: datetime
    question_id: uuid.UUID
    question: str
    score: int


def label(kind: WeaknessKind, key: str) -> str:
    if kind == WeaknessKind.DIMENSION:
        return _DIMENSION_LABELS.get(key, key)
    if kind == WeaknessKind.COMPETENCY:
        return f"{shown_competency(key).capitalize()} stories"
    return key


def _mean(values: Sequence[int]) -> int:
    return round(Fraction(sum(values), len(values)))


def trend(scores: Sequence[int]) -> Trend:
    """The latest score against the mean of the earlier ones."""
    if len(scores) < 2:
        return Trend.STEADY
    change = scores[-1] - Fraction(sum(scores[:-1]), len(scores) - 1)
    if change >= TREND_MARGIN:
        return Trend.IMPROVING
    if change <= -TREND_MARGIN:
        return Trend.WORSE
    return Trend.STEADY


def _occurrence(observations: list[Observation]) -> WeaknessOccurrence:
    """One interview's score for an identity, shown with its weakest answer."""
    weakest = min(observations, key=lambda o: (o.score, o.question_id))
    score = _mean([o.score for o in observations])
    return WeaknessOccurrence(
        interview_id=weakest.interview_id,
        completed_at=weakest.completed_at,
        question_id=weakest.question_id,
        question=weakest.question,
        score=score,
        weak=score < WEAK,
    )


def group(observations: Iterable[Observation]) -> list[WeaknessEntry]:
    """Every identity observed, with its history oldest first; the weakest first (most often
    weak, then the lowest latest score)."""
    by_identity: dict[tuple[WeaknessKind, str], dict[uuid.UUID, list[Observation]]] = {}
    for item in observations:
        by_interview = by_identity.setdefault((item.kind, item.key), {})
        by_interview.setdefault(item.interview_id, []).append(item)
    entries = []
    for (kind, key), by_interview in by_identity.items():
        history = sorted(
            (_occurrence(items) for items in by_interview.values()),
            key=lambda o: (o.completed_at, o.interview_id),
        )
        weak_count = sum(o.weak for o in history)
        entries.append(
            WeaknessEntry(
                kind=kind,
                key=key,
                label=label(kind, key),
                weak_count=weak_count,
                seen_count=len(history),
                recurring=weak_count >= 2,
                average=_mean([o.score for o in history]),
                latest_score=history[-1].score,
                last_practised_at=history[-1].completed_at,
                trend=trend([o.score for o in history]),
                history=history,
            )
        )
    return sorted(entries, key=lambda e: (-e.weak_count, e.latest_score, e.average, e.kind, e.key))


def reason(entry: WeaknessEntry) -> str:
    """Why it is worth practising, in the candidate's terms."""
    if entry.weak_count == 0:
        return f"{entry.label} is your lowest score so far ({entry.average}/100)."
    if entry.seen_count == 1:
        return (
            f"{entry.label} was weak in the one interview that tested it "
            f"({entry.latest_score}/100)."
        )
    return (
        f"{entry.label} was weak in {entry.weak_count} of your last {entry.seen_count} "
        "interviews that tested it."
    )
