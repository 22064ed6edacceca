"""The scores stored on an interview, so the dashboard and the admin list read them in SQL.

`score_summary` computes them from the interview exactly as its results page does; every change
that can move them (completion, an evaluation settled or retried, an answer replaced) calls
`refresh_score_summary` on the interview it has locked, and the migration that added them
stored them for older interviews with the same function (`app.results.backfill`).
"""

from dataclasses import dataclass, field
from typing import Any

from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.results.scoring import category_scores, compute_scores, scored_questions


@dataclass(frozen=True)
class ScoreSummary:
    """Empty (no scores, no counts) until the interview is completed."""

    overall: int | None = None
    technical: int | None = None
    communication: int | None = None
    by_category: dict[str, int] = field(default_factory=dict)
    skills: list[tuple[str, int]] = field(default_factory=list)
    """(skill, score) of each scored answer, in question order."""
    scored_count: int = 0
    """Answers counted in the averages that the evaluator scored (not abstentions): with none,
    the interview is not scorable and overall stays null."""
    pending_count: int = 0

    def columns(self) -> dict[str, Any]:
        """The values of the interview's columns that store it."""
        return {
            "score_overall": self.overall,
            "score_technical": self.technical,
            "score_communication": self.communication,
            # Lists, as JSON reads them back: an unchanged summary then changes no column.
            "score_breakdown": {
                "by_category": self.by_category,
                "skills": [list(pair) for pair in self.skills],
            }
            if self.by_category or self.skills
            else None,
            "scored_count": self.scored_count,
            "pending_count": self.pending_count,
        }


def score_summary(interview: Interview) -> ScoreSummary:
    """A completed interview's figures as its results page shows them (needs its questions and
    their answers loaded)."""
    if interview.status != InterviewStatus.COMPLETED:
        return ScoreSummary()
    scored = scored_questions(interview)
    scores = compute_scores(interview, scored)
    return ScoreSummary(
        overall=scores.overall,
        technical=scores.technical,
        communication=scores.communication,
        by_category=category_scores(scored),
        skills=[
            (skill, item.score)
            for item in scored
            if item.assessed is not None
            for skill in item.question.skills
        ],
        scored_count=sum(item.counted and item.assessed is not None for item in scored),
        pending_count=sum(item.pending for item in scored),
    )


def refresh_score_summary(interview: Interview) -> None:
    """Store the interview's summary on it; lock the interview first (`for_update`), or two
    evaluations settling together may each store a summary without the other's score."""
    for name, value in score_summary(interview).columns().items():
        setattr(interview, name, value)
