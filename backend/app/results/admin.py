"""Admins review every candidate's interviews."""

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.interviews.models import Interview
from app.interviews.queries import with_questions
from app.interviews.views import summary_view
from app.results.dashboard import overall_score
from app.results.schemas import AdminInterviewItem


def _as_utc(moment: datetime) -> datetime:
    """Dates without a zone in a query string are taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


async def search_interviews(
    session: AsyncSession,
    *,
    candidate: str | None,
    status: str | None,
    date_from: datetime | None,
    date_to: datetime | None,
    min_score: int | None,
    max_score: int | None,
    page: int,
    page_size: int,
) -> tuple[list[AdminInterviewItem], int]:
    """Filter in SQL where possible; scores are computed, so score filters apply after."""
    statement = with_questions(select(Interview, User).join(User, User.id == Interview.user_id))
    if candidate:
        pattern = f"%{candidate.strip().lower()}%"
        statement = statement.where(
            func.lower(User.email).like(pattern) | func.lower(User.full_name).like(pattern)
        )
    if status:
        statement = statement.where(Interview.status == status)
    if date_from:
        statement = statement.where(Interview.created_at >= _as_utc(date_from))
    if date_to:
        statement = statement.where(Interview.created_at <= _as_utc(date_to))
    rows = (await session.execute(statement.order_by(Interview.created_at.desc()))).all()
    items = []
    for interview, user in rows:
        overall = overall_score(interview)
        if min_score is not None and (overall is None or overall < min_score):
            continue
        if max_score is not None and (overall is None or overall > max_score):
            continue
        items.append(
            AdminInterviewItem(
                **summary_view(interview).model_dump(),
                overall=overall,
                candidate_id=user.id,
                candidate_email=user.email,
                candidate_name=user.full_name,
            )
        )
    start = (page - 1) * page_size
    return items[start : start + page_size], len(items)
