"""Background work behind one interface: in-process by default, an arq worker with REDIS_URL.

Tasks are plain async functions `task(context, **kwargs)`, listed by name in app.tasks.registry,
idempotent, and queued again from the database state they work on (at start-up and by the
periodic sweep), so a restart loses none. A task that raises is tried again with a doubling
delay; after its last try its `on_failure` records why, so nothing is left waiting forever.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.adapters.llm.base import LLMProvider
from app.adapters.storage.base import FileStore
from app.core.config import Settings
from app.core.db import is_database_busy
from app.events.bus import EventBus

logger = logging.getLogger(__name__)
MAX_RETRY_DELAY_S = 300


@dataclass
class TaskContext:
    sessionmaker: async_sessionmaker[AsyncSession]
    settings: Settings
    llm: LLMProvider | None
    files: FileStore
    events: EventBus | None = None


@dataclass(frozen=True)
class Task:
    """A background task: `function(context, **kwargs)`, and `on_failure(context, reason,
    **kwargs)` called once its tries are spent, to record the reason where users see it."""

    name: str
    function: Callable[..., Awaitable[None]]
    on_failure: Callable[..., Awaitable[None]] | None = None


def retry_delay(settings: Settings, tries: int) -> float:
    """Seconds to wait after `tries` failed tries: doubling from task_retry_delay_s, capped."""
    return min(settings.task_retry_delay_s * 2 ** (tries - 1), MAX_RETRY_DELAY_S)


def failure_reason(exc: Exception, tries: int) -> str:
    if is_database_busy(exc):
        cause = "the database stayed busy"
    else:
        detail = str(exc).strip().splitlines()
        cause = f"{type(exc).__name__}: {detail[0]}" if detail else type(exc).__name__
    return f"{cause} (tried {tries} times)"[:1000]


async def after_failure(
    task: Task, context: TaskContext, exc: Exception, *, tries: int, kwargs: dict[str, Any]
) -> float | None:
    """Seconds to wait before the next try, or None once the failure is recorded for good."""
    settings = context.settings
    if tries < settings.task_max_tries:
        delay = retry_delay(settings, tries)
        logger.warning(
            "Task %s %s failed (try %d of %d), retrying in %.2fs: %s",
            task.name,
            kwargs,
            tries,
            settings.task_max_tries,
            delay,
            exc,
        )
        return delay
    logger.error("Task %s %s gave up after %d tries", task.name, kwargs, tries, exc_info=exc)
    if task.on_failure is not None:
        await _record_failure(task.on_failure, context, failure_reason(exc, tries), kwargs)
    return None


async def _record_failure(
    on_failure: Callable[..., Awaitable[None]],
    context: TaskContext,
    reason: str,
    kwargs: dict[str, Any],
) -> None:
    """Recording the failure may meet the same busy database: it gets the same tries."""
    for tries in range(1, context.settings.task_max_tries + 1):
        try:
            await on_failure(context, reason, **kwargs)
            return
        except Exception:
            if tries == context.settings.task_max_tries:
                logger.exception("Could not record a task's failure; the next sweep retries it")
                return
            await asyncio.sleep(retry_delay(context.settings, tries))


class TaskRunner(Protocol):
    async def enqueue(self, name: str, *, task_key: str, **kwargs: Any) -> None:
        """Schedule a job; the same task_key while one is queued runs it once."""
        ...

    async def close(self) -> None: ...


def _registered_tasks() -> Mapping[str, Task]:
    # Imported here: the registry imports every task module, and they import this one.
    from app.tasks.registry import TASKS

    return TASKS


class InProcessTaskRunner:
    """Runs jobs as asyncio tasks in this process. With autostart=False (tests) they wait
    until `drain()`, so the state between "queued" and "done" can be observed."""

    def __init__(
        self,
        context: TaskContext,
        *,
        autostart: bool = True,
        tasks: Mapping[str, Task] | None = None,
    ) -> None:
        self.context = context
        self.autostart = autostart
        self.tasks = _registered_tasks() if tasks is None else tasks
        self._queued: dict[str, tuple[str, dict[str, Any]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def enqueue(self, name: str, *, task_key: str, **kwargs: Any) -> None:
        if name not in self.tasks:
            raise KeyError(f"unknown task {name!r}")
        if task_key in self._queued:
            return
        self._queued[task_key] = (name, kwargs)
        if self.autostart:
            task = asyncio.create_task(self._run(task_key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _run(self, task_key: str) -> None:
        """Try until done or given up; the key stays queued meanwhile, so no duplicate starts."""
        name, kwargs = self._queued[task_key]
        task, tries = self.tasks[name], 0
        try:
            while True:
                tries += 1
                try:
                    await task.function(self.context, **kwargs)
                    return
                except Exception as exc:
                    delay = await after_failure(task, self.context, exc, tries=tries, kwargs=kwargs)
                    if delay is None:
                        return
                    await asyncio.sleep(delay)
        finally:
            self._queued.pop(task_key, None)

    async def drain(self) -> None:
        """Run (or wait for) every queued job, including ones they enqueue."""
        while self._queued or self._tasks:
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            for task_key in list(self._queued):
                if not self.autostart:
                    await self._run(task_key)
            await asyncio.sleep(0)

    async def close(self) -> None:
        """Jobs still running are abandoned: start-up recovery enqueues them again."""
        for task in self._tasks:
            task.cancel()


class ArqTaskRunner:
    """Sends jobs to Redis for `make worker` (an arq worker) to run."""

    def __init__(self, redis_url: str | None, *, pool: Any = None) -> None:
        self.redis_url = redis_url
        self._pool: Any = pool
        self._owns_pool = pool is None

    async def _get_pool(self) -> Any:
        if self._pool is None:
            if self.redis_url is None:
                raise RuntimeError("ArqTaskRunner needs a Redis URL or a pool")
            from arq import create_pool
            from arq.connections import RedisSettings

            self._pool = await create_pool(RedisSettings.from_dsn(self.redis_url))
        return self._pool

    async def enqueue(self, name: str, *, task_key: str, **kwargs: Any) -> None:
        pool = await self._get_pool()
        await pool.enqueue_job(name, _job_id=task_key, **kwargs)

    async def close(self) -> None:
        if self._pool is not None and self._owns_pool:
            await self._pool.aclose()


def create_task_runner(context: TaskContext, tasks: Mapping[str, Task] | None = None) -> TaskRunner:
    if context.settings.redis_url:
        return ArqTaskRunner(context.settings.redis_url)
    return InProcessTaskRunner(context, tasks=tasks)
