"""Interviews for the read-model tests (stored scores, dashboard, admin list): finished through
the API as a candidate does, or stored directly with chosen scores (lists long enough to page,
sort and filter)."""

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.evaluation.schemas import AnswerEvaluation, grade_for
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.states import EvaluationStatus, InterviewStatus, QuestionStatus
from app.results.summary import refresh_score_summary
from app.tasks.runner import InProcessTaskRunner
from tests.factories import SignedIn
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import NO_FOLLOW_UPS


async def completed_interview(
    client: AsyncClient,
    me: SignedIn,
    tasks: InProcessTaskRunner,
    *,
    answers: list[str],
    evaluate: bool = True,
    **create: Any,
) -> str:
    """An interview with one question more than `answers` (skipped at the end), completed;
    its answers evaluated unless `evaluate` is False."""
    interview = await create_interview(
        client, me, question_count=len(answers) + 1, settings=NO_FOLLOW_UPS, **create
    )
    iid: str = interview["id"]
    running = await start(client, me, iid)
    for text in answers:
        response = await answer(client, me, iid, current_question(running)["id"], text)
        assert response.status_code == 200, response.text
        running = response.json()
    completed = await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    assert completed.status_code == 200, completed.text
    if evaluate:
        await tasks.drain()
    return iid


def evaluation(score: int | None) -> dict[str, Any]:
    """A stored evaluation scoring `score`, or abstaining (too little to judge) when None."""
    return AnswerEvaluation(
        scored=score is not None,
        abstain_reason=None if score is not None else "Too short to judge.",
        score=score,
        grade=grade_for(score) if score is not None else None,
        relevance=score or 0,
        depth=score or 0,
        structure=score or 0,
        communication=score or 0,
        key_points_covered=[],
        key_points_missed=[],
        remark="",
        suggestion="",
    ).model_dump(mode="json")


def _question(position: int, score: int | None, skills: list[str]) -> InterviewQuestion:
    answered = Answer(
        id=uuid.uuid4(),
        transcript="An answer.",
        is_current=True,
        evaluation_status=EvaluationStatus.DONE,
        evaluation=evaluation(score),
    )
    return InterviewQuestion(
        id=uuid.uuid4(),
        position=position,
        text=f"Question {position}?",
        category="technical",
        skills=skills,
        status=QuestionStatus.ANSWERED,
        answers=[answered],
    )


async def stored_interview(
    session: AsyncSession,
    *,
    user_id: uuid.UUID,
    created_at: datetime,
    scores: Sequence[int | None] = (),
    status: InterviewStatus = InterviewStatus.COMPLETED,
    skills: Sequence[str] = ("Python",),
) -> uuid.UUID:
    """An interview of one answered question per score (None: the evaluator abstained), its
    scores stored as completing it stores them."""
    interview = Interview(
        id=uuid.uuid4(),
        user_id=user_id,
        role="Backend engineer",
        status=status,
        settings={},
        created_at=created_at,
        started_at=created_at,
        completed_at=created_at + timedelta(minutes=20)
        if status == InterviewStatus.COMPLETED
        else None,
        questions=[_question(i, score, list(skills)) for i, score in enumerate(scores)],
    )
    refresh_score_summary(interview)
    session.add(interview)
    await session.commit()
    return interview.id
