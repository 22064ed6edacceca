"""An attempt at a question beside the one before it: the score change and what improved.

Pure functions over evaluations. Both attempts are judged against the same question's key
points, so a point is the same point when its wording matches (case and a final full stop
aside), whichever evaluator wrote it down.
"""

from dataclasses import dataclass

from app.evaluation.schemas import AnswerEvaluation
from app.results.retry_schemas import AttemptComparison


@dataclass(frozen=True)
class Attempt:
    """0 for the interview's answer (None when it was skipped), n for retry n."""

    number: int
    evaluation: AnswerEvaluation | None


def _key(point: str) -> str:
    return " ".join(point.casefold().rstrip(" .").split())


def _score(evaluation: AnswerEvaluation | None) -> int | None:
    return evaluation.score if evaluation is not None and evaluation.scored else None


def baseline(earlier: list[Attempt]) -> Attempt:
    """The latest earlier attempt that was evaluated; else the interview's answer as it is."""
    evaluated = [attempt for attempt in earlier if attempt.evaluation is not None]
    return evaluated[-1] if evaluated else earlier[0]


def compare(previous: Attempt, current: AnswerEvaluation) -> AttemptComparison:
    before = previous.evaluation
    covered_before = {_key(c.point) for c in before.key_points_covered} if before else set()
    covered_now = {_key(c.point) for c in current.key_points_covered}
    previous_score, score = _score(before), _score(current)
    return AttemptComparison(
        previous="original" if previous.number == 0 else "retry",
        previous_attempt=previous.number,
        previous_score=previous_score,
        score=score,
        score_change=score - previous_score
        if score is not None and previous_score is not None
        else None,
        newly_covered=[
            c for c in current.key_points_covered if _key(c.point) not in covered_before
        ],
        still_missed=list(current.key_points_missed),
        no_longer_covered=[
            c.point
            for c in (before.key_points_covered if before else [])
            if _key(c.point) not in covered_now
        ],
    )
