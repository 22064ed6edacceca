"""Store the score summary of interviews completed before it was kept (its migration calls it).

It reads through plain table definitions of the columns it needs, not the ORM models, so it
still runs once later migrations have changed the models; the rows become unsaved model objects
only to go through `score_summary`, the same function that keeps the summary up to date.
"""

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection
from sqlalchemy.orm.attributes import set_committed_value

from app.core.models import JSONType, UTCDateTime
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.results.summary import score_summary

logger = logging.getLogger(__name__)
BATCH_SIZE = 500

_interviews = sa.table(
    "interviews",
    sa.column("id", sa.Uuid()),
    sa.column("status", sa.String()),
    sa.column("match", JSONType),
)
_questions = sa.table(
    "interview_questions",
    sa.column("id", sa.Uuid()),
    sa.column("interview_id", sa.Uuid()),
    sa.column("position", sa.Integer()),
    sa.column("category", sa.String()),
    sa.column("skills", JSONType),
    sa.column("status", sa.String()),
)
_answers = sa.table(
    "answers",
    sa.column("id", sa.Uuid()),
    sa.column("question_id", sa.Uuid()),
    sa.column("is_current", sa.Boolean()),
    sa.column("evaluation_status", sa.String()),
    sa.column("evaluation", JSONType),
    sa.column("submitted_at", UTCDateTime()),
)
_stored = sa.table(
    "interviews",
    sa.column("id", sa.Uuid()),
    sa.column("score_overall", sa.Integer()),
    sa.column("score_technical", sa.Integer()),
    sa.column("score_communication", sa.Integer()),
    sa.column("score_breakdown", JSONType),
    sa.column("scored_count", sa.Integer()),
    sa.column("pending_count", sa.Integer()),
)
_STORE = sa.update(_stored).where(_stored.c.id == sa.bindparam("interview_id"))


def _answers_by_question(
    connection: Connection, interview_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Answer]]:
    """The current answers (the only ones scored), in the order the models load them."""
    rows = connection.execute(
        sa.select(_answers)
        .join(_questions, _questions.c.id == _answers.c.question_id)
        .where(_questions.c.interview_id.in_(interview_ids), _answers.c.is_current.is_(True))
        .order_by(_answers.c.submitted_at)
    )
    grouped: dict[uuid.UUID, list[Answer]] = defaultdict(list)
    for row in rows:
        grouped[row.question_id].append(Answer(**row._asdict()))
    return grouped


def _load(connection: Connection, interview_ids: Sequence[uuid.UUID]) -> list[Interview]:
    """Unsaved interviews holding what `score_summary` reads of the ones stored."""
    answers = _answers_by_question(connection, interview_ids)
    questions: dict[uuid.UUID, list[InterviewQuestion]] = defaultdict(list)
    for row in connection.execute(
        sa.select(_questions)
        .where(_questions.c.interview_id.in_(interview_ids))
        .order_by(_questions.c.interview_id, _questions.c.position)
    ):
        question = InterviewQuestion(**row._asdict())
        # As a loader sets them: no change events, no history (several times faster).
        set_committed_value(question, "answers", answers.get(row.id, []))
        questions[row.interview_id].append(question)
    interviews = []
    for row in connection.execute(
        sa.select(_interviews).where(_interviews.c.id.in_(interview_ids))
    ):
        interview = Interview(**row._asdict())
        set_committed_value(interview, "questions", questions.get(row.id, []))
        interviews.append(interview)
    return interviews


def _summaries(interviews: list[Interview]) -> list[dict[str, object]]:
    stored = []
    for interview in interviews:
        try:
            summary = score_summary(interview)
        except ValidationError as exc:
            # Its results page cannot be shown either; one such row must not stop a deploy.
            logger.warning("Interview %s left without stored scores: %s", interview.id, exc)
            continue
        stored.append({"interview_id": interview.id, **summary.columns()})
    return stored


def backfill_score_summaries(connection: Connection, *, batch_size: int = BATCH_SIZE) -> int:
    """Store the summary of every completed interview; returns how many were stored."""
    ids = list(
        connection.scalars(
            sa.select(_interviews.c.id)
            .where(_interviews.c.status == "completed")
            .order_by(_interviews.c.id)
        )
    )
    done = 0
    for start in range(0, len(ids), batch_size):
        stored = _summaries(_load(connection, ids[start : start + batch_size]))
        if stored:
            connection.execute(_STORE, stored)
        done += len(stored)
    return done
