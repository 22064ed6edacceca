"""The arq worker (`make worker`): runs the background tasks sent through Redis, and the hourly
sweep of unfinished work.

arq app.worker.WorkerSettings
"""

from collections.abc import Mapping
from typing import Any, ClassVar

from arq import cron
from arq.connections import RedisSettings
from arq.worker import Function, Retry, func

# Every table, so foreign keys between domains resolve here as they do in the app.
import app.models  # noqa: F401
from app.adapters.llm.factory import create_llm_or_local
from app.adapters.storage.factory import create_file_store
from app.core.config import get_settings
from app.core.db import create_engine_for, create_sessionmaker
from app.core.logging import configure_logging
from app.events.factory import create_event_bus
from app.tasks.registry import TASKS
from app.tasks.runner import ArqTaskRunner, Task, TaskContext, after_failure
from app.tasks.sweep import sweep_unfinished_work

SWEEP_TASK = "tasks.sweep"


async def _startup(ctx: dict[str, Any]) -> None:
    settings = get_settings()
    configure_logging(log_format=settings.log_format, level=settings.log_level)
    ctx["engine"] = create_engine_for(settings)
    ctx["events"] = create_event_bus(settings)
    ctx["context"] = TaskContext(
        sessionmaker=create_sessionmaker(ctx["engine"]),
        settings=settings,
        llm=create_llm_or_local(settings),
        files=create_file_store(settings),
        events=ctx["events"],
    )


async def _shutdown(ctx: dict[str, Any]) -> None:
    await ctx["events"].aclose()
    await ctx["context"].files.aclose()
    await ctx["engine"].dispose()


def _as_arq_function(task: Task) -> Function:
    """A failure is retried by arq after our backoff delay; after the last try it is recorded."""

    async def run(ctx: dict[str, Any], **kwargs: Any) -> None:
        context: TaskContext = ctx["context"]
        try:
            await task.function(context, **kwargs)
        except Exception as exc:
            delay = await after_failure(task, context, exc, tries=ctx["job_try"], kwargs=kwargs)
            if delay is not None:
                raise Retry(defer=delay) from exc

    return func(run, name=task.name)


def arq_functions(tasks: Mapping[str, Task] = TASKS) -> list[Function]:
    return [_as_arq_function(task) for task in tasks.values()]


async def sweep(ctx: dict[str, Any]) -> None:
    await sweep_unfinished_work(ctx["context"], ArqTaskRunner(None, pool=ctx["redis"]))


class WorkerSettings:
    functions: ClassVar = arq_functions()
    # At start-up too, like the in-process app, so a worker restart settles what waited.
    cron_jobs: ClassVar = [cron(sweep, name=SWEEP_TASK, minute=17, run_at_startup=True)]
    on_startup = _startup
    on_shutdown = _shutdown
    redis_settings = RedisSettings.from_dsn(get_settings().redis_url or "redis://127.0.0.1:6379")
    # Our wrapper gives up (and records why) at task_max_tries; arq's bound only counts runs a
    # crashed worker never finished.
    max_tries = get_settings().task_max_tries + 1
    # Analysing a long recording takes minutes; arq's default would cut it at 5.
    job_timeout = 30 * 60
    # No results are read; a kept one would block queuing the same job key again for an hour.
    keep_result = 0
