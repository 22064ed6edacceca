"""Queuing an answer's evaluation so that no moment a process can die at loses it.

The answer is committed and its evaluation queued before the client hears back. Once the
client has its reply, both happened, even if the process dies the next instant. If it dies
before replying, the client (or a load balancer) sends the answer again; the repeat changes
nothing but finds the evaluation still waiting and queues it: the job key is the answer's, so a
job queued twice runs once.
"""

from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.evaluation_task import enqueue_evaluation
from app.interviews.models import Answer, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.states import EvaluationStatus
from app.tasks.runner import TaskRunner


def awaiting_evaluation(question: InterviewQuestion) -> Answer | None:
    """The question's current answer when its evaluation has not started."""
    answer = current_answer(question)
    if answer is None or answer.evaluation_status != EvaluationStatus.PENDING:
        return None
    return answer


async def commit_and_enqueue(session: AsyncSession, runner: TaskRunner, answer: Answer) -> None:
    """Commit first (the job must find the answer), then queue, both before the reply."""
    await session.commit()
    await enqueue_evaluation(runner, answer.id)
