"""`GET /api/interviews/{id}` read with two SQL queries straight into `InterviewRead`.

The interview page is read far more often than anything changes it (the room polls it, every
refresh reloads it). Loading it as ORM objects (an interview, its questions, their answer
collections) costs several times the queries themselves, for objects thrown away at once; so
this read selects the columns the page shows and builds the response from the rows. The same
`views` functions shape it as for every other route, so the answers agree. An interview due to
expire takes the ORM path, which writes.
"""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from app.auth.models import User
from app.auth.policy import ensure_can_read
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.queries import expire_stale, load_interview, open_and_idle
from app.interviews.schemas import AnswerRead, InterviewQuestionRead, InterviewRead
from app.interviews.views import interview_read, interview_view, question_read

_interviews = Interview.__table__.c
_questions = InterviewQuestion.__table__.c
_answers = Answer.__table__.c
_ANSWER_FIELDS = tuple(AnswerRead.model_fields)
_ANSWER = "answer_"

_INTERVIEW = select(
    *(
        _interviews[name]
        for name in (
            *("id", "user_id", "role", "seniority", "status", "mode", "job_title", "created_at"),
            *("updated_at", "started_at", "completed_at", "resume_id", "job_id"),
            *("job_description_id", "template_id", "settings", "generator", "generator_note"),
            "match",
        )
    )
).where(_interviews.id == bindparam("interview_id"))

_QUESTIONS = (
    select(
        *(
            _questions[name]
            for name in InterviewQuestionRead.model_fields
            if name not in ("answer", "previous_answers")
        ),
        *(_answers[name].label(f"{_ANSWER}{name}") for name in _ANSWER_FIELDS),
    )
    .select_from(
        InterviewQuestion.__table__.outerjoin(
            Answer.__table__, _answers.question_id == _questions.id
        )
    )
    .where(_questions.interview_id == bindparam("interview_id"))
    .order_by(_questions.position, _answers.submitted_at)
)


def _fetch(session: Session, interview_id: uuid.UUID) -> tuple[Row[Any], Sequence[Row[Any]]] | None:
    """Both queries in one trip through the session (one greenlet switch, not one each)."""
    connection = session.connection()
    interview = connection.execute(_INTERVIEW, {"interview_id": interview_id}).one_or_none()
    if interview is None:
        return None
    return interview, connection.execute(_QUESTIONS, {"interview_id": interview_id}).all()


def _questions_read(rows: Sequence[Row[Any]]) -> list[InterviewQuestionRead]:
    """One question per run of rows (a row per answer, or one without), answers in order."""
    grouped: dict[uuid.UUID, tuple[Row[Any], list[AnswerRead]]] = {}
    for row in rows:
        _, answers = grouped.setdefault(row.id, (row, []))
        fields = row._mapping
        if fields[f"{_ANSWER}id"] is not None:
            answers.append(
                AnswerRead.model_validate({name: fields[_ANSWER + name] for name in _ANSWER_FIELDS})
            )
    return [question_read(row, answers) for row, answers in grouped.values()]


async def read_interview(
    session: AsyncSession, *, interview_id: uuid.UUID, user: User, expiry_hours: float
) -> InterviewRead:
    """The user's own interview, or anyone's for an admin; otherwise a 404 (as
    `valid_viewable_interview`), expired first if it has been left open too long."""
    found = await session.run_sync(_fetch, interview_id)
    if found is None:
        raise InterviewNotFound()
    interview, rows = found
    ensure_can_read(user, interview.user_id, not_found=InterviewNotFound)
    if open_and_idle(interview, [row.answered_at for row in rows], expiry_hours=expiry_hours):
        stale = await load_interview(session, interview_id=interview_id)
        await expire_stale(session, stale, expiry_hours=expiry_hours)
        return interview_view(stale)
    return interview_read(interview, _questions_read(rows))
