"""Loading interviews with everything their views need, and lazy expiry."""

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.db import begin_writing
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.states import OPEN_INTERVIEW, InterviewStatus


def with_questions(statement: Select) -> Select:
    """Questions in one query after the interviews', each with its answers joined in."""
    return statement.options(
        selectinload(Interview.questions).joinedload(InterviewQuestion.answers)
    )


# Built once: a statement object reused keeps its cache key, so running it skips rebuilding it.
_BY_ID = with_questions(select(Interview).where(Interview.id == bindparam("interview_id")))
_BY_ID_LOCKED = _BY_ID.with_for_update().execution_options(populate_existing=True)


async def load_interview(
    session: AsyncSession, *, interview_id: uuid.UUID, for_update: bool = False
) -> Interview:
    """The interview with its questions and answers, or a 404.

    `for_update` locks its row until the transaction ends and reads everything afresh, so
    concurrent changes to one interview (a double click) run one after the other, each on what
    the previous one saved. Postgres needs the lock; on SQLite a writing transaction (begun
    IMMEDIATE) already holds the database's write lock, and a reading one must take the write
    path first (`begin_writing`).
    """
    statement = _BY_ID_LOCKED if for_update else _BY_ID
    interview = await session.scalar(statement, {"interview_id": interview_id})
    if interview is None:
        raise InterviewNotFound()
    return interview


async def load_owned_interview(
    session: AsyncSession, *, interview_id: uuid.UUID, user_id: uuid.UUID
) -> Interview:
    """The user's own interview; anyone else's is reported as not found."""
    interview = await load_interview(session, interview_id=interview_id)
    if interview.user_id != user_id:
        raise InterviewNotFound()
    return interview


def is_stale(interview: Interview, *, expiry_hours: float) -> bool:
    """An open interview untouched for longer than the expiry."""
    answered = [q.answered_at for q in interview.questions]
    return open_and_idle(interview, answered, expiry_hours=expiry_hours)


def open_and_idle(
    interview: Any, answered_at: Iterable[datetime | None], *, expiry_hours: float
) -> bool:
    """`is_stale` for an interview's model or row, given when its questions were answered."""
    if interview.status not in OPEN_INTERVIEW:
        return False
    last_activity = max(
        [interview.updated_at, interview.started_at or interview.created_at]
        + [at for at in answered_at if at]
    )
    return datetime.now(UTC) - last_activity >= timedelta(hours=expiry_hours)


def expire_if_stale(interview: Interview, *, expiry_hours: float) -> bool:
    """Abandon an open interview untouched for longer than the expiry; True if it changed."""
    if not is_stale(interview, expiry_hours=expiry_hours):
        return False
    interview.status = InterviewStatus.ABANDONED
    interview.ended_reason = "expired"
    return True


async def expire_stale(session: AsyncSession, interview: Interview, *, expiry_hours: float) -> None:
    """Lazy expiry when an interview is read: a stale one is abandoned, and saved.

    Reads begin without the write lock (`get_session`), so the rare read that finds one stale
    takes the write path first and decides again on the row read afresh under the lock.
    """
    if not is_stale(interview, expiry_hours=expiry_hours):
        return
    await begin_writing(session)
    await load_interview(session, interview_id=interview.id, for_update=True)
    if expire_if_stale(interview, expiry_hours=expiry_hours):
        await session.flush()


async def list_interviews(
    session: AsyncSession,
    *,
    user_id: uuid.UUID | None,
    status: InterviewStatus | None = None,
    page: int,
    page_size: int,
) -> tuple[list[Interview], int]:
    """A page of interviews, newest first (every user's when user_id is None)."""
    statement = select(Interview)
    if user_id is not None:
        statement = statement.where(Interview.user_id == user_id)
    if status:
        statement = statement.where(Interview.status == status)
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await session.scalars(
        with_questions(statement)
        .order_by(Interview.created_at.desc(), Interview.id.desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return list(rows), total or 0


def current_answer(question: InterviewQuestion) -> Answer | None:
    return next((a for a in reversed(question.answers) if a.is_current), None)
