"""`GET /api/interviews/{id}` read with one SQL query straight into the JSON of `InterviewRead`.

The interview page is read far more often than anything changes it (the room polls it, every
refresh reloads it). Loading it as ORM objects (the signed-in user, an interview, its
questions, their answer collections) costs several times the query itself, for objects thrown
away at once; so this read selects, in one round trip, the viewer's account and session (see
`app.auth.viewer`), the interview, and its questions and answers, and builds the response from
the rows once `can_read_as` allows it. The same `views` functions shape it as for every other
route, so the answers agree. An interview due to expire takes the ORM path, which writes.
The rows come back raw (see `app.core.raw_read`): the viewer's and the interview's columns,
repeated on every question row, are decoded once, and each question's once.
"""

import uuid
from collections import namedtuple
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.dependencies import AccessClaims
from app.auth.policy import can_read_as
from app.auth.viewer import VIEWER_COLUMNS, VIEWER_ID, signed_in_viewer, viewer, viewer_params
from app.core.raw_read import RawRead, RawRows
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.queries import expire_stale, load_interview, open_and_idle
from app.interviews.read_json import interview_json
from app.interviews.schemas import AnswerRead, InterviewQuestionRead
from app.interviews.views import Fields, interview_fields, interview_view, question_fields

_interviews = Interview.__table__.c
_questions = InterviewQuestion.__table__.c
_answers = Answer.__table__.c
_INTERVIEW_FIELDS = (
    *("id", "user_id", "role", "seniority", "status", "mode", "job_title", "created_at"),
    *("updated_at", "started_at", "completed_at", "resume_id", "job_id"),
    *("job_description_id", "template_id", "settings", "generator", "generator_note", "match"),
)
_QUESTION_FIELDS = tuple(
    name
    for name in InterviewQuestionRead.model_fields
    if name not in ("answer", "previous_answers")
)
_ANSWER_FIELDS = tuple(AnswerRead.model_fields)
_INTERVIEW, _QUESTION, _ANSWER = "interview_", "question_", "answer_"
# Rows of one part each, read by attribute as the views read a model.
_InterviewRow = namedtuple("_InterviewRow", _INTERVIEW_FIELDS)  # type: ignore[misc]
_QuestionRow = namedtuple("_QuestionRow", _QUESTION_FIELDS)  # type: ignore[misc]
_AnswerRow = namedtuple("_AnswerRow", _ANSWER_FIELDS)  # type: ignore[misc]

_READ = RawRead(
    select(
        *VIEWER_COLUMNS,
        *(_interviews[name].label(_INTERVIEW + name) for name in _INTERVIEW_FIELDS),
        *(_questions[name].label(_QUESTION + name) for name in _QUESTION_FIELDS),
        *(_answers[name].label(_ANSWER + name) for name in _ANSWER_FIELDS),
    )
    .select_from(
        viewer.outerjoin(Interview.__table__, _interviews.id == bindparam("interview_id"))
        .outerjoin(InterviewQuestion.__table__, _questions.interview_id == _interviews.id)
        .outerjoin(Answer.__table__, _answers.question_id == _questions.id)
    )
    .where(VIEWER_ID)
    .order_by(_questions.position, _answers.submitted_at)
)


def _columns(prefix: str, names: Sequence[str]) -> range:
    """Where a part's columns sit in a row (they were selected side by side)."""
    first = _READ.positions[prefix + names[0]]
    return range(first, first + len(names))


_VIEWER_COLUMNS = range(len(VIEWER_COLUMNS))
_INTERVIEW_COLUMNS = _columns(_INTERVIEW, _INTERVIEW_FIELDS)
_QUESTION_COLUMNS = _columns(_QUESTION, _QUESTION_FIELDS)
_ANSWER_COLUMNS = _columns(_ANSWER, _ANSWER_FIELDS)
_QUESTION_ID = _READ.positions[f"{_QUESTION}id"]
_ANSWER_ID = _READ.positions[f"{_ANSWER}id"]


def _questions_read(read: RawRows) -> list[Fields]:
    """One question per run of rows (a row per answer, or one without), answers in order;
    each question's columns decoded once, not once per answer row."""
    grouped: dict[Any, tuple[Any, list[Any]]] = {}
    for row in read.rows:
        question_id = row[_QUESTION_ID]
        if question_id is None:  # an interview without questions: its one row has none
            continue
        if question_id not in grouped:
            question = _QuestionRow._make(read.decode(row, _QUESTION_COLUMNS))
            grouped[question_id] = (question, [])
        if row[_ANSWER_ID] is not None:
            grouped[question_id][1].append(_AnswerRow._make(read.decode(row, _ANSWER_COLUMNS)))
    return [question_fields(question, answers) for question, answers in grouped.values()]


async def read_interview(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    interview_id: uuid.UUID,
    claims: AccessClaims,
    expiry_hours: float,
) -> bytes:
    """`InterviewRead` as JSON (see `read_json`): the signed-in viewer's own interview, or
    anyone's for an admin; otherwise a 404 (as
    `valid_viewable_interview`), expired first if it has been left open too long. A deleted or
    deactivated account, or an ended session, gets a 401 (as `CurrentUser`)."""
    params = {"interview_id": interview_id, **viewer_params(claims)}
    read = await _READ.rows(sessionmaker, params)
    reader = signed_in_viewer(read.decode(read.rows[0], _VIEWER_COLUMNS) if read.rows else None)
    first = read.rows[0]
    interview: Any = _InterviewRow._make(read.decode(first, _INTERVIEW_COLUMNS))
    if interview.user_id is None or not can_read_as(reader.id, reader.role, interview.user_id):
        raise InterviewNotFound()
    questions = _questions_read(read)
    answered_at = [question["answered_at"] for question in questions]
    if open_and_idle(interview, answered_at, expiry_hours=expiry_hours):
        return await _expire(sessionmaker, interview_id=interview_id, expiry_hours=expiry_hours)
    return interview_json(interview_fields(interview, questions))


async def _expire(
    sessionmaker: async_sessionmaker[AsyncSession], *, interview_id: uuid.UUID, expiry_hours: float
) -> bytes:
    """The rare read that finds the interview left open too long abandons it, in a session
    that writes."""
    async with sessionmaker() as session:
        stale = await load_interview(session, interview_id=interview_id)
        await expire_stale(session, stale, expiry_hours=expiry_hours)
        await session.commit()
        return interview_view(stale).model_dump_json(by_alias=True).encode()
