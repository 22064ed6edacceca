"""The evaluated answers of a candidate's latest finished interviews, read in one query."""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.scoring import CODING_CATEGORY
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.states import EvaluationStatus, InterviewStatus
from app.practice.schemas import WeaknessKind
from app.practice.weaknesses import DIMENSIONS, Observation
from app.questions.models import Question

WINDOW = 10
"""Finished interviews read, the latest: recent practice is what a weakness is about, and it
bounds the work per request."""


@dataclass(frozen=True)
class Evaluated:
    observations: list[Observation]
    interview_ids: set[uuid.UUID]
    """The interviews that gave at least one observation."""
    bank_slugs: set[str]
    """The bank questions those interviews asked."""
    latest: Interview | None


def _finished(user_id: uuid.UUID) -> Any:
    return and_(
        Interview.user_id == user_id,
        Interview.status == InterviewStatus.COMPLETED,
        Interview.completed_at.is_not(None),
    )


def _observations(row: Any) -> list[Observation]:
    evaluation = row.evaluation or {}
    if not evaluation.get("scored", True) or evaluation.get("score") is None:
        return []

    def observe(kind: WeaknessKind, key: str, score: int) -> Observation:
        return Observation(
            kind=kind,
            key=key,
            interview_id=row.interview_id,
            completed_at=row.completed_at,
            question_id=row.question_id,
            question=row.text,
            score=int(score),
        )

    found = [observe(WeaknessKind.SKILL, skill, evaluation["score"]) for skill in row.skills or []]
    if row.competency:
        found.append(observe(WeaknessKind.COMPETENCY, row.competency, evaluation["score"]))
    found += [
        observe(WeaknessKind.DIMENSION, name, evaluation[name])
        for name in DIMENSIONS
        if isinstance(evaluation.get(name), int | float)
    ]
    return found


async def evaluated_answers(
    session: AsyncSession, *, user_id: uuid.UUID, interview_id: uuid.UUID | None = None
) -> Evaluated:
    """What the latest `WINDOW` finished interviews (or just `interview_id`) tell about the
    candidate's weak spots."""
    if interview_id is not None:
        chosen = select(Interview.id).where(_finished(user_id), Interview.id == interview_id)
    else:
        chosen = (
            select(Interview.id)
            .where(_finished(user_id))
            .order_by(Interview.completed_at.desc(), Interview.id.desc())
            .limit(WINDOW)
        )
    ids = list(await session.scalars(chosen))
    if not ids:
        return Evaluated([], set(), set(), None)
    rows = await session.execute(
        select(
            Interview.id.label("interview_id"),
            Interview.completed_at,
            InterviewQuestion.id.label("question_id"),
            InterviewQuestion.text,
            InterviewQuestion.skills,
            InterviewQuestion.bank_slug,
            Question.competency,
            Answer.evaluation,
        )
        .join(InterviewQuestion, InterviewQuestion.interview_id == Interview.id)
        .join(
            Answer,
            and_(
                Answer.question_id == InterviewQuestion.id,
                Answer.is_current.is_(True),
                Answer.evaluation_status == EvaluationStatus.DONE,
            ),
        )
        .outerjoin(Question, Question.id == InterviewQuestion.bank_question_id)
        .where(Interview.id.in_(ids), InterviewQuestion.category != CODING_CATEGORY)
    )
    observations: list[Observation] = []
    slugs: set[str] = set()
    for row in rows:
        observations += _observations(row)
        if row.bank_slug:
            slugs.add(row.bank_slug)
    latest = await session.get(Interview, ids[0])
    return Evaluated(observations, {o.interview_id for o in observations}, slugs, latest)
