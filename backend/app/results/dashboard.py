"""A candidate's progress across interviews, aggregated in SQL from the scores stored on each
interview (`app.results.summary`): the same figures as their results pages."""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview, InterviewQuestion
from app.interviews.states import InterviewStatus, QuestionStatus
from app.results.listing import SUMMARY_COLUMNS, AnyRow, summaries
from app.results.schemas import (
    DashboardStats,
    History,
    HistoryItem,
    Progress,
)

# Finished, with the moment it was: what the counts, averages and charts are made of.
_FINISHED = and_(Interview.status == InterviewStatus.COMPLETED, Interview.completed_at.is_not(None))


def streak_days(days: set[date], today: date) -> int:
    """Consecutive days with practice, ending today (or yesterday, so a streak isn't lost
    before the day is over)."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def _rounded_mean(total: int | None, count: int) -> int | None:
    """round(mean(...)) of the values summed in SQL: exact, whichever database summed them."""
    return round(Fraction(total or 0, count)) if count else None


# Statements built once (a reused statement keeps its cache key: no rebuilding per request).
_USER = Interview.user_id == bindparam("user_id")
_SCORE = case((_FINISHED, Interview.score_overall))
# Per interview, through the (interview_id, position) index: Postgres would rather scan every
# question of every candidate for a join.
_ANSWERED = (
    select(func.count())
    .select_from(InterviewQuestion)
    .where(
        InterviewQuestion.interview_id == Interview.id,
        InterviewQuestion.status == QuestionStatus.ANSWERED,
    )
    .correlate(Interview)
    .scalar_subquery()
)
_TOTALS = select(
    func.count(case((_FINISHED, 1))).label("completed"),
    func.count(case((Interview.status == InterviewStatus.IN_PROGRESS, 1))).label("in_progress"),
    func.sum(_SCORE).label("score_sum"),
    func.count(_SCORE).label("scored"),
    func.max(_SCORE).label("best"),
    func.coalesce(func.sum(_ANSWERED), 0).label("answered"),
).where(_USER)
_FINISHED_AT = select(Interview.completed_at).where(_USER, _FINISHED)
_HISTORY_TOTAL = select(func.count()).select_from(Interview).where(_USER)
_HISTORY_PAGE = (
    select(*SUMMARY_COLUMNS)
    .where(_USER)
    .order_by(Interview.created_at.desc(), Interview.id.desc())
    .offset(bindparam("offset"))
    .limit(bindparam("limit"))
)
_PROGRESS = (
    select(
        Interview.id,
        Interview.completed_at,
        Interview.role,
        Interview.score_overall,
        Interview.score_technical,
        Interview.score_communication,
        Interview.score_breakdown,
    )
    .where(_USER, _FINISHED, Interview.score_overall.is_not(None))
    .order_by(Interview.completed_at, Interview.id)
)


async def dashboard_stats(session: AsyncSession, *, user_id: uuid.UUID) -> DashboardStats:
    """Counts, average and best overall score, and the practice streak."""
    totals = (await session.execute(_TOTALS, {"user_id": user_id})).one()
    finished = await session.scalars(_FINISHED_AT, {"user_id": user_id})
    return DashboardStats(
        interviews_completed=totals.completed,
        interviews_in_progress=totals.in_progress,
        questions_answered=totals.answered,
        average_score=_rounded_mean(totals.score_sum, totals.scored),
        best_score=totals.best,
        streak_days=streak_days(
            {moment.date() for moment in finished if moment is not None}, datetime.now(UTC).date()
        ),
    )


async def history(
    session: AsyncSession, *, user_id: uuid.UUID, page: int, page_size: int
) -> History:
    """A page of the candidate's interviews, newest first, with their overall scores."""
    total = await session.scalar(_HISTORY_TOTAL, {"user_id": user_id})
    rows = await session.execute(
        _HISTORY_PAGE,
        {"user_id": user_id, "offset": (page - 1) * page_size, "limit": page_size},
    )
    items = [HistoryItem.model_validate(item) for item in await summaries(session, rows.all())]
    return History(items=items, total=total or 0, page=page, page_size=page_size)


def _point(row: AnyRow) -> dict[str, Any]:
    return {
        "interview_id": row.id,
        "completed_at": row.completed_at,
        "role": row.role,
        "overall": row.score_overall,
        "technical": row.score_technical,
        "communication": row.score_communication,
        "by_category": (row.score_breakdown or {}).get("by_category", {}),
    }


def _skills(rows: Sequence[AnyRow]) -> list[dict[str, Any]]:
    """Each skill's scored answers over time, the most practised first."""
    per_skill: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        for skill, score in (row.score_breakdown or {}).get("skills", []):
            per_skill.setdefault(skill, []).append(
                {"completed_at": row.completed_at, "score": score}
            )
    ordered = sorted(per_skill.items(), key=lambda item: (-len(item[1]), item[0]))
    return [
        {
            "skill": skill,
            "average": _rounded_mean(sum(p["score"] for p in points), len(points)),
            "points": points,
        }
        for skill, points in ordered
    ]


async def progress(session: AsyncSession, *, user_id: uuid.UUID) -> Progress:
    """Overall, per-category and per-skill scores over time, of the interviews with scores."""
    rows = (await session.execute(_PROGRESS, {"user_id": user_id})).all()
    # Validated once as a whole: a model per point costs more than the query (~1,000 points).
    return Progress.model_validate(
        {"points": [_point(row) for row in rows], "skills": _skills(rows)}
    )
