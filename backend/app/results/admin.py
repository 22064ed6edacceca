"""Admins review every candidate's interviews: filtered, sorted, counted and paged in SQL."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, UnaryExpression, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.results.listing import SUMMARY_COLUMNS, summaries
from app.results.schemas import AdminInterviewItem


class AdminInterviewSort(StrEnum):
    """Newest first unless asked otherwise; interviews without a score come last either way."""

    NEWEST = "-created_at"
    OLDEST = "created_at"
    HIGHEST_SCORE = "-overall"
    LOWEST_SCORE = "overall"


_NEWEST = (Interview.created_at.desc(), Interview.id.desc())
_ORDER: dict[AdminInterviewSort, tuple[UnaryExpression[Any], ...]] = {
    AdminInterviewSort.NEWEST: _NEWEST,
    AdminInterviewSort.OLDEST: (Interview.created_at.asc(), Interview.id.asc()),
    AdminInterviewSort.HIGHEST_SCORE: (Interview.score_overall.desc().nulls_last(), *_NEWEST),
    AdminInterviewSort.LOWEST_SCORE: (Interview.score_overall.asc().nulls_last(), *_NEWEST),
}


def _as_utc(moment: datetime) -> datetime:
    """Dates without a zone in a query string are taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _conditions(
    *,
    candidate: str | None,
    status: InterviewStatus | None,
    date_from: datetime | None,
    date_to: datetime | None,
    min_score: int | None,
    max_score: int | None,
) -> list[ColumnElement[bool]]:
    """What the filters ask for; a score filter leaves out interviews without a score."""
    conditions: list[ColumnElement[bool]] = []
    if candidate:
        pattern = f"%{candidate.strip().lower()}%"
        # The few matching candidates first, then their interviews by index (joined the other
        # way, SQLite reads every interview and its candidate).
        matching = select(User.id).where(
            func.lower(User.email).like(pattern) | func.lower(User.full_name).like(pattern)
        )
        conditions.append(Interview.user_id.in_(matching))
    if status:
        conditions.append(Interview.status == status)
    if date_from:
        conditions.append(Interview.created_at >= _as_utc(date_from))
    if date_to:
        conditions.append(Interview.created_at <= _as_utc(date_to))
    if min_score is not None:
        conditions.append(Interview.score_overall >= min_score)
    if max_score is not None:
        conditions.append(Interview.score_overall <= max_score)
    return conditions


async def search_interviews(
    session: AsyncSession,
    *,
    candidate: str | None,
    status: InterviewStatus | None,
    date_from: datetime | None,
    date_to: datetime | None,
    min_score: int | None,
    max_score: int | None,
    sort: AdminInterviewSort = AdminInterviewSort.NEWEST,
    page: int,
    page_size: int,
) -> tuple[list[AdminInterviewItem], int]:
    """A page of the interviews the filters match, and how many match in all."""
    conditions = _conditions(
        candidate=candidate,
        status=status,
        date_from=date_from,
        date_to=date_to,
        min_score=min_score,
        max_score=max_score,
    )
    total = await session.scalar(select(func.count()).select_from(Interview).where(*conditions))
    rows = await session.execute(
        select(
            *SUMMARY_COLUMNS,
            User.id.label("candidate_id"),
            User.email.label("candidate_email"),
            User.full_name.label("candidate_name"),
        )
        .join(User, User.id == Interview.user_id)
        .where(*conditions)
        .order_by(*_ORDER[sort])
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    items = await summaries(session, rows.all())
    return [AdminInterviewItem.model_validate(item) for item in items], total or 0
