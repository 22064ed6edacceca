"""Which practice sessions a completed interview counts as, and how each session stands today.

Nothing is written when an interview completes: a plan read matches the candidate's completed
interviews to its due sessions, so interviews from any path (wizard, practise again, a reminder)
count without the interviews domain knowing plans exist. A change to the plan (a new date) writes
the matches down first, so rebuilding keeps them.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.plans.models import PlanSession
from app.plans.schemas import SessionState
from app.plans.states import SessionStatus

AROUND_DAYS = 1
"""An interview counts for a session on its day or a day either side (time zones, a late night)."""

Completed = tuple[uuid.UUID, date]


async def completed_since(
    session: AsyncSession, *, user_id: uuid.UUID, since: datetime
) -> list[Completed]:
    """The candidate's interviews completed since `since`, oldest first, with their UTC day."""
    rows = await session.execute(
        select(Interview.id, Interview.completed_at)
        .where(
            Interview.user_id == user_id,
            Interview.status == InterviewStatus.COMPLETED,
            Interview.completed_at >= since - timedelta(days=AROUND_DAYS),
        )
        .order_by(Interview.completed_at)
    )
    return [(interview_id, at.date()) for interview_id, at in rows if at is not None]


def match_interviews(
    sessions: Sequence[PlanSession], completed: Sequence[Completed], *, today: date
) -> dict[uuid.UUID, uuid.UUID]:
    """Session id -> the interview that counts for it: each interview counts once, oldest
    session first, and only for a session that is due (its day has come)."""
    used = {s.interview_id for s in sessions if s.interview_id is not None}
    matches: dict[uuid.UUID, uuid.UUID] = {}
    for planned in sorted(sessions, key=lambda s: s.day):
        if planned.status != SessionStatus.PENDING or planned.day > today:
            continue
        for interview_id, day in completed:
            if interview_id not in used and abs((day - planned.day).days) <= AROUND_DAYS:
                matches[planned.id] = interview_id
                used.add(interview_id)
                break
    return matches


def state_of(planned: PlanSession, *, matched: bool, today: date) -> SessionState:
    if planned.status == SessionStatus.DONE or matched:
        return "done"
    if planned.status == SessionStatus.DISMISSED:
        return "dismissed"
    if planned.day < today:
        return "missed"
    return "due" if planned.day == today else "upcoming"
