"""A task that fails is tried again after a growing delay; after its last try the answer says
it failed and why, and the candidate can ask again. Nothing is left pending or running.

The failures are real: another connection holds the database (SQLite) or the answers table
(Postgres) longer than the busy timeout, as a long request or a second process does.
"""

import asyncio
import time

from arq.worker import Worker

from app.tasks.runner import ArqTaskRunner, TaskContext
from app.worker import arq_functions
from tests.tasks.helpers import (
    FAST_RETRIES,
    DatabaseLock,
    LogWatch,
    answered_interview,
    current_answer,
    race_app_with,
    run_tasks_on_drain,
)

RUNNER_LOG = "app.tasks.runner"


def _assert_backed_off(watch: LogWatch, finished_at: float) -> None:
    """Two failed tries, then success: the waits between tries were 0.2 s and then 0.4 s."""
    first, second = watch.matching("retrying")
    assert "(try 1 of 3), retrying in 0.20s" in first.getMessage()
    assert "(try 2 of 3), retrying in 0.40s" in second.getMessage()
    assert second.created - first.created >= 0.2
    assert finished_at - second.created >= 0.4


async def test_an_evaluation_that_meets_a_busy_database_is_retried_and_completes(
    settings, race_database_url
):
    async with race_app_with(settings, race_database_url, **FAST_RETRIES) as (app, client):
        runner = run_tasks_on_drain(app)
        me, interview_id, question_id = await answered_interview(client)
        with LogWatch(RUNNER_LOG) as watch:
            async with DatabaseLock(race_database_url, "answers"):
                draining = asyncio.create_task(runner.drain())
                await watch.wait_for("retrying", count=2)
            await draining
            finished_at = time.time()
        _assert_backed_off(watch, finished_at)
        evaluated = await current_answer(client, me, interview_id, question_id)
        assert evaluated["evaluation_status"] == "done"
        assert evaluated["evaluation"]["grade"] in "ABCDF"


async def test_an_evaluation_that_always_fails_ends_failed_with_its_reason_and_can_be_retried(
    settings, race_database_url
):
    async with race_app_with(settings, race_database_url, **FAST_RETRIES) as (app, client):
        runner = run_tasks_on_drain(app)
        me, interview_id, question_id = await answered_interview(client)
        with LogWatch(RUNNER_LOG) as watch:
            async with DatabaseLock(race_database_url, "answers") as lock:
                draining = asyncio.create_task(runner.drain())
                await watch.wait_for("gave up after 3 tries")
                # The database comes back: the failure itself can now be written down.
                await lock.release()
            await draining
        assert len(watch.matching("retrying")) == 2

        failed = await current_answer(client, me, interview_id, question_id)
        assert failed["evaluation_status"] == "failed"
        assert failed["evaluation_error"] == "the database stayed busy (tried 3 times)"
        done = await client.post(f"/api/interviews/{interview_id}/complete", headers=me.headers)
        assert done.status_code == 200, done.text
        results = (await client.get(f"/api/results/{interview_id}", headers=me.headers)).json()
        assert results["status"] == "ready"
        assert results["questions"][0]["evaluation_status"] == "failed"
        assert results["questions"][0]["evaluation_error"] == failed["evaluation_error"]

        url = f"/api/interviews/{interview_id}/questions/{question_id}/evaluation"
        retried = await client.post(url, headers=me.headers)
        assert retried.status_code == 200, retried.text
        assert retried.json()["questions"][0]["answer"]["evaluation_status"] == "pending"
        await runner.drain()
        evaluated = await current_answer(client, me, interview_id, question_id)
        assert evaluated["evaluation_status"] == "done"
        assert evaluated["evaluation_error"] is None
        again = await client.post(url, headers=me.headers)
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "evaluation_not_failed"


async def test_the_arq_worker_retries_a_failed_evaluation_with_backoff(
    settings, race_database_url, redis_url
):
    updates = {**FAST_RETRIES, "redis_url": redis_url}
    async with race_app_with(settings, race_database_url, **updates) as (app, client):
        assert isinstance(app.state.task_runner, ArqTaskRunner)
        me, interview_id, question_id = await answered_interview(client)
        context = TaskContext(
            sessionmaker=app.state.sessionmaker,
            settings=app.state.settings,
            llm=None,
            files=app.state.files,
        )

        async def startup(ctx):
            ctx["context"] = context

        worker = Worker(
            functions=arq_functions(),
            redis_pool=await app.state.task_runner._get_pool(),
            on_startup=startup,
            burst=True,
            poll_delay=0.02,
            handle_signals=False,
        )
        with LogWatch(RUNNER_LOG) as watch:
            async with DatabaseLock(race_database_url, "answers"):
                working = asyncio.create_task(worker.async_run())
                await watch.wait_for("retrying", count=2)
            await asyncio.wait_for(working, timeout=30)
            finished_at = time.time()
        await worker.close()
        assert (worker.jobs_retried, worker.jobs_complete, worker.jobs_failed) == (2, 1, 0)
        _assert_backed_off(watch, finished_at)
        evaluated = await current_answer(client, me, interview_id, question_id)
        assert evaluated["evaluation_status"] == "done"
