"""The background task that evaluates one answer, what happens when it fails, and the recovery
of unfinished ones."""

import asyncio
import logging
import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.adapters.llm.base import LLMError
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.timings import validate_timings
from app.events.bus import publish_event
from app.interviews.exceptions import EvaluationNotFailed, InterviewNotFound
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.queries import current_answer, load_interview
from app.interviews.schemas import SPOKEN_SOURCES
from app.interviews.states import EVALUATING, EvaluationStatus
from app.results.summary import refresh_score_summary
from app.tasks.runner import TaskContext, TaskRunner

logger = logging.getLogger(__name__)
EVALUATE_ANSWER = "evaluate_answer"


def evaluation_task_key(answer_id: uuid.UUID | str) -> str:
    return f"evaluate:{answer_id}"


async def enqueue_evaluation(runner: TaskRunner, answer_id: uuid.UUID) -> None:
    await runner.enqueue(
        EVALUATE_ANSWER, task_key=evaluation_task_key(answer_id), answer_id=str(answer_id)
    )


def evaluation_input(
    question: InterviewQuestion, transcript: str, source: str, timings: object | None
) -> EvaluationInput:
    """What the evaluator judges of an answer to `question`, first or retried."""
    return EvaluationInput(
        question=question.text,
        category=question.category,
        key_points=question.key_points or [question.text],
        model_answer=question.model_answer,
        skills=question.skills,
        answer=transcript,
        spoken=source in SPOKEN_SOURCES,
        timings=None if timings is None else validate_timings(timings),
    )


def _input_for(answer: Answer) -> EvaluationInput:
    return evaluation_input(answer.question, answer.transcript, answer.source, answer.timings)


async def evaluate_input(context: TaskContext, data: EvaluationInput) -> AnswerEvaluation:
    """The LLM's evaluation, or the built-in evaluator's when there is none or it fails."""
    if context.llm is not None:
        try:
            return await context.llm.evaluate_answer(data)
        except LLMError as exc:
            logger.warning(
                "LLM %s could not evaluate (%s); using the built-in evaluator",
                context.llm.name,
                exc,
            )
    # The built-in evaluator runs the semantic model (~15 ms of CPU): not on the event loop.
    return await asyncio.to_thread(evaluate_answer, data)


async def _load(session: AsyncSession, answer_id: uuid.UUID) -> Answer | None:
    return await session.scalar(
        select(Answer).where(Answer.id == answer_id).options(selectinload(Answer.question))
    )


async def _lock_interview(session: AsyncSession, answer: Answer) -> Interview | None:
    """The answer's interview, its row locked and all of it read afresh, before the answer
    changes: the interview's stored scores are recomputed from every answer, so evaluations
    settling together take turns (interview before answer, the order requests lock them in).
    None when the interview was deleted meanwhile."""
    try:
        return await load_interview(
            session, interview_id=answer.question.interview_id, for_update=True
        )
    except InterviewNotFound:
        return None


async def _announce(context: TaskContext, interview: Interview, answer: Answer) -> None:
    # After the commit, so a watcher that reloads the interview sees the evaluation.
    await publish_event(
        context.events,
        interview.id,
        "answer_evaluated",
        question_id=answer.question_id,
        answer_id=answer.id,
        status=answer.evaluation_status,
    )


async def evaluate_answer_task(context: TaskContext, *, answer_id: str) -> None:
    """Evaluate an answer once. It raises on failure: the runner tries again, then records it."""
    async with context.sessionmaker() as session:
        answer = await _load(session, uuid.UUID(answer_id))
        if answer is None or answer.evaluation_status == EvaluationStatus.DONE:
            return
        answer.evaluation_status = EvaluationStatus.RUNNING
        await session.commit()
        evaluation = await evaluate_input(context, _input_for(answer))
        interview = await _lock_interview(session, answer)
        if interview is None:
            return
        answer.evaluation = evaluation.model_dump(mode="json")
        answer.evaluation_status = EvaluationStatus.DONE
        answer.evaluation_error = None
        answer.evaluated_at = datetime.now(UTC)
        refresh_score_summary(interview)
        await session.commit()
    await _announce(context, interview, answer)


async def record_evaluation_failure(context: TaskContext, reason: str, *, answer_id: str) -> None:
    """After the last try: the answer says it failed and why, instead of running forever."""
    async with context.sessionmaker() as session:
        answer = await _load(session, uuid.UUID(answer_id))
        interview = await _lock_interview(session, answer) if answer is not None else None
        if answer is None or interview is None or answer.evaluation_status == EvaluationStatus.DONE:
            return
        answer.evaluation_status = EvaluationStatus.FAILED
        answer.evaluation_error = reason
        refresh_score_summary(interview)
        await session.commit()
    await _announce(context, interview, answer)


async def reset_failed_evaluation(
    session: AsyncSession, *, interview: Interview, question: InterviewQuestion
) -> Answer:
    """The user asks again after a failure: the current answer goes back to pending (the
    interview locked, `for_update`, for its stored scores)."""
    answer = current_answer(question)
    if answer is None or answer.evaluation_status != EvaluationStatus.FAILED:
        raise EvaluationNotFailed()
    answer.evaluation_status = EvaluationStatus.PENDING
    answer.evaluation_error = None
    refresh_score_summary(interview)
    await session.flush()
    return answer


async def recover_unfinished_evaluations(context: TaskContext, runner: TaskRunner) -> int:
    """Enqueue again every evaluation a restart interrupted; returns how many."""
    async with context.sessionmaker() as session:
        ids = list(
            await session.scalars(select(Answer.id).where(Answer.evaluation_status.in_(EVALUATING)))
        )
    for answer_id in ids:
        await enqueue_evaluation(runner, answer_id)
    return len(ids)
