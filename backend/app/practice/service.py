"""A candidate's recurring weaknesses and what to practise next."""

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.practice.queries import evaluated_answers
from app.practice.schemas import Weaknesses
from app.practice.spacing import suggest
from app.practice.weaknesses import group


async def weaknesses(session: AsyncSession, *, user_id: uuid.UUID) -> Weaknesses:
    """Weak spots that recur across the latest evaluated interviews, and the next to practise."""
    evaluated = await evaluated_answers(session, user_id=user_id)
    entries = group(evaluated.observations)
    return Weaknesses(
        interviews_considered=len(evaluated.interview_ids),
        recurring=[entry for entry in entries if entry.recurring],
        suggestion=suggest(entries, now=datetime.now(UTC)),
    )
