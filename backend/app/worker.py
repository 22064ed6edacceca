"""The arq worker (`make worker`): runs background jobs sent through Redis.

arq app.worker.WorkerSettings
"""

from typing import Any, ClassVar

from arq.connections import RedisSettings
from arq.worker import func

from app.adapters.llm.factory import create_llm
from app.core.config import get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.logging import configure_logging
from app.events.factory import create_event_bus
from app.tasks.runner import JOBS, JobContext


async def _startup(ctx: dict[str, Any]) -> None:
    settings = get_settings()
    configure_logging(log_format=settings.log_format, level=settings.log_level)
    ctx["engine"] = create_engine(settings.resolved_database_url)
    ctx["events"] = create_event_bus(settings)
    ctx["context"] = JobContext(
        sessionmaker=create_sessionmaker(ctx["engine"]),
        settings=settings,
        llm=create_llm(settings),
        events=ctx["events"],
    )


async def _shutdown(ctx: dict[str, Any]) -> None:
    await ctx["events"].aclose()
    await ctx["engine"].dispose()


def _as_arq_function(name: str):
    async def run(ctx: dict[str, Any], **kwargs: Any) -> None:
        await JOBS[name](ctx["context"], **kwargs)

    return func(run, name=name)


class WorkerSettings:
    functions: ClassVar = [_as_arq_function(name) for name in JOBS]
    on_startup = _startup
    on_shutdown = _shutdown
    redis_settings = RedisSettings.from_dsn(get_settings().redis_url or "redis://127.0.0.1:6379")
    max_tries = 5
    # Analysing a long recording takes minutes; arq's default would cut it at 5.
    job_timeout = 30 * 60
