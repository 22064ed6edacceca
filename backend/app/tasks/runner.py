"""Background jobs behind one interface: in-process by default, an arq worker with REDIS_URL.

Jobs are plain async functions `job(context, **kwargs)` registered by name, idempotent, and
re-enqueued at start-up from the database state they work on, so a restart loses none.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.adapters.llm.base import LLMProvider
from app.core.config import Settings
from app.events.bus import EventBus

logger = logging.getLogger(__name__)


@dataclass
class JobContext:
    sessionmaker: async_sessionmaker[AsyncSession]
    settings: Settings
    llm: LLMProvider | None
    events: EventBus | None = None


Job = Callable[..., Awaitable[None]]
JOBS: dict[str, Job] = {}


def register_job(name: str) -> Callable[[Job], Job]:
    def decorator(function: Job) -> Job:
        JOBS[name] = function
        return function

    return decorator


class JobRunner(Protocol):
    async def enqueue(self, name: str, *, job_key: str, **kwargs: Any) -> None:
        """Schedule a job; the same job_key while one is queued runs it once."""
        ...

    async def close(self) -> None: ...


class InProcessJobRunner:
    """Runs jobs as asyncio tasks in this process. With autostart=False (tests) they wait
    until `drain()`, so the state between "queued" and "done" can be observed."""

    def __init__(self, context: JobContext, *, autostart: bool = True) -> None:
        self.context = context
        self.autostart = autostart
        self._queued: dict[str, tuple[str, dict[str, Any]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def enqueue(self, name: str, *, job_key: str, **kwargs: Any) -> None:
        if name not in JOBS:
            raise KeyError(f"unknown job {name!r}")
        if job_key in self._queued:
            return
        self._queued[job_key] = (name, kwargs)
        if self.autostart:
            task = asyncio.create_task(self._run(job_key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _run(self, job_key: str) -> None:
        name, kwargs = self._queued[job_key]
        try:
            await JOBS[name](self.context, **kwargs)
        except Exception:
            logger.exception("Background job %s (%s) failed", name, job_key)
        finally:
            self._queued.pop(job_key, None)

    async def drain(self) -> None:
        """Run (or wait for) every queued job, including ones they enqueue."""
        while self._queued or self._tasks:
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            for job_key in list(self._queued):
                if not self.autostart:
                    await self._run(job_key)
            await asyncio.sleep(0)

    async def close(self) -> None:
        """Jobs still running are abandoned: start-up recovery enqueues them again."""
        for task in self._tasks:
            task.cancel()


class ArqJobRunner:
    """Sends jobs to Redis for `make worker` (an arq worker) to run."""

    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        self._pool: Any = None

    async def _get_pool(self) -> Any:
        if self._pool is None:
            from arq import create_pool
            from arq.connections import RedisSettings

            self._pool = await create_pool(RedisSettings.from_dsn(self.redis_url))
        return self._pool

    async def enqueue(self, name: str, *, job_key: str, **kwargs: Any) -> None:
        pool = await self._get_pool()
        await pool.enqueue_job(name, _job_id=job_key, **kwargs)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()


def create_job_runner(context: JobContext) -> JobRunner:
    if context.settings.redis_url:
        return ArqJobRunner(context.settings.redis_url)
    return InProcessJobRunner(context)
