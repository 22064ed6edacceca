"""Interviews listed with their scores (the history, the admin list), read as rows in SQL: the
scores stored on each interview, and its questions counted for the page's rows only."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview, InterviewQuestion
from app.interviews.schemas import InterviewSummary
from app.interviews.states import QuestionStatus

_COUNTED = ("question_count", "answered_count")
SUMMARY_COLUMNS = (
    *(getattr(Interview, name) for name in InterviewSummary.model_fields if name not in _COUNTED),
    Interview.score_overall.label("overall"),
)
"""An `InterviewSummary` less its counts, and `overall` (null until completed and scorable)."""
AnyRow = Row[*tuple[Any, ...]]


_QUESTION_COUNTS = (
    select(
        InterviewQuestion.interview_id,
        func.count(),
        func.count(case((InterviewQuestion.status == QuestionStatus.ANSWERED, 1))),
    )
    .where(InterviewQuestion.interview_id.in_(bindparam("ids", expanding=True)))
    .group_by(InterviewQuestion.interview_id)
)


async def question_counts(
    session: AsyncSession, interview_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """(questions, answered questions) of each interview."""
    if not interview_ids:
        return {}
    rows = await session.execute(_QUESTION_COUNTS, {"ids": list(interview_ids)})
    return {interview_id: (total, done) for interview_id, total, done in rows}


async def summaries(session: AsyncSession, rows: Sequence[AnyRow]) -> list[dict[str, Any]]:
    """The fields of a `HistoryItem` for each row selected with `SUMMARY_COLUMNS` (and any
    further columns, kept by their labels)."""
    counts = await question_counts(session, [row.id for row in rows])
    items = []
    for row in rows:
        question_count, answered_count = counts.get(row.id, (0, 0))
        items.append(
            {**row._asdict(), "question_count": question_count, "answered_count": answered_count}
        )
    return items
