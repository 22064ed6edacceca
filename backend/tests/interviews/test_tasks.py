"""The background task runner, in-process and through a real Redis + arq worker."""

import asyncio
import uuid

import pytest
from sqlalchemy import select

from app.adapters.storage.factory import create_file_store
from app.interviews.evaluation_task import recover_unfinished_evaluations
from app.interviews.models import Answer
from app.tasks.runner import ArqTaskRunner, InProcessTaskRunner, TaskContext
from tests.factories import signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    load_shipped_data,
    start,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS


@pytest.fixture
async def pending_answer(client, db_session) -> uuid.UUID:
    await load_shipped_data(db_session)
    me = await signed_in_candidate(client)
    iid = (await create_interview(client, me, question_count=1, settings=NO_FOLLOW_UPS))["id"]
    running = await start(client, me, iid)
    response = await answer(client, me, iid, current_question(running)["id"], DETAILED)
    return uuid.UUID(response.json()["questions"][0]["answer"]["id"])


async def _status(sessionmaker, answer_id) -> str:
    async with sessionmaker() as session:
        return await session.scalar(select(Answer.evaluation_status).where(Answer.id == answer_id))


async def test_a_restart_loses_no_evaluation(pending_answer, sessionmaker, settings):
    # The job queued by the request died with the "old process"; a new runner recovers it.
    context = TaskContext(
        sessionmaker=sessionmaker,
        settings=settings,
        llm=None,
        files=create_file_store(settings),
    )
    fresh_runner = InProcessTaskRunner(context, autostart=False)
    assert await recover_unfinished_evaluations(context, fresh_runner) == 1
    assert await _status(sessionmaker, pending_answer) == "pending"
    await fresh_runner.drain()
    assert await _status(sessionmaker, pending_answer) == "done"


async def test_in_process_runner_runs_jobs_in_the_background(
    pending_answer, sessionmaker, settings
):
    context = TaskContext(
        sessionmaker=sessionmaker,
        settings=settings,
        llm=None,
        files=create_file_store(settings),
    )
    runner = InProcessTaskRunner(context)
    await recover_unfinished_evaluations(context, runner)
    await runner.drain()
    assert await _status(sessionmaker, pending_answer) == "done"


async def test_arq_worker_evaluates_through_redis(
    pending_answer, sessionmaker, settings, redis_url
):
    from arq.worker import Worker

    from app.worker import WorkerSettings

    runner = ArqTaskRunner(redis_url)
    pool = await runner._get_pool()
    context = TaskContext(
        sessionmaker=sessionmaker,
        settings=settings,
        llm=None,
        files=create_file_store(settings),
    )
    await recover_unfinished_evaluations(context, runner)

    async def startup(ctx):
        ctx["context"] = context

    worker = Worker(
        functions=WorkerSettings.functions,
        redis_pool=pool,
        on_startup=startup,
        burst=True,
        poll_delay=0.05,
        handle_signals=False,
    )
    await asyncio.wait_for(worker.async_run(), timeout=30)
    assert worker.jobs_complete == 1
    assert await _status(sessionmaker, pending_answer) == "done"
    await worker.close()
    await runner.close()
