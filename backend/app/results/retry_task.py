"""The background task that evaluates a retried answer, with the interview's own evaluator."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from app.evaluation.schemas import EvaluationInput
from app.interviews.evaluation_task import evaluate_input, evaluation_input
from app.interviews.models import InterviewQuestion
from app.interviews.states import EVALUATING, EvaluationStatus
from app.results.models import QuestionRetry
from app.tasks.runner import TaskContext, TaskRunner

EVALUATE_RETRY = "evaluate_retry"


async def enqueue_retry_evaluation(runner: TaskRunner, retry_id: uuid.UUID) -> None:
    await runner.enqueue(
        EVALUATE_RETRY, task_key=f"evaluate-retry:{retry_id}", retry_id=str(retry_id)
    )


def _input_for(retry: QuestionRetry, question: InterviewQuestion) -> EvaluationInput:
    return evaluation_input(question, retry.transcript, retry.source, retry.timings)


async def evaluate_retry_task(context: TaskContext, *, retry_id: str) -> None:
    """Evaluate a retry once. It raises on failure: the runner tries again, then records it."""
    async with context.sessionmaker() as session:
        retry = await session.get(QuestionRetry, uuid.UUID(retry_id))
        if retry is None or retry.evaluation_status == EvaluationStatus.DONE:
            return
        question = await session.get(InterviewQuestion, retry.question_id)
        if question is None:
            return
        retry.evaluation_status = EvaluationStatus.RUNNING
        await session.commit()
        evaluation = await evaluate_input(context, _input_for(retry, question))
        retry = await session.get(QuestionRetry, retry.id, populate_existing=True)
        if retry is None:
            return
        retry.evaluation = evaluation.model_dump(mode="json")
        retry.evaluation_status = EvaluationStatus.DONE
        retry.evaluation_error = None
        retry.evaluated_at = datetime.now(UTC)
        await session.commit()


async def record_retry_failure(context: TaskContext, reason: str, *, retry_id: str) -> None:
    """After the last try: the attempt says it failed and why, instead of waiting forever."""
    async with context.sessionmaker() as session:
        retry = await session.get(QuestionRetry, uuid.UUID(retry_id))
        if retry is None or retry.evaluation_status == EvaluationStatus.DONE:
            return
        retry.evaluation_status = EvaluationStatus.FAILED
        retry.evaluation_error = reason
        await session.commit()


async def recover_unfinished_retries(context: TaskContext, runner: TaskRunner) -> int:
    """Enqueue again every retry evaluation a restart interrupted; returns how many."""
    async with context.sessionmaker() as session:
        ids = list(
            await session.scalars(
                select(QuestionRetry.id).where(QuestionRetry.evaluation_status.in_(EVALUATING))
            )
        )
    for retry_id in ids:
        await enqueue_retry_evaluation(runner, retry_id)
    return len(ids)
