"""Steps for background-task tests: the app on the race database (whose connections really
contend), an answered interview, a lock held by another connection, and the runner's log."""

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy import text, update

from app.core.config import Settings
from app.core.db import create_engine
from app.core.models import utcnow
from app.main import create_app
from app.recordings.models import Recording
from app.tasks.runner import InProcessTaskRunner, TaskContext
from tests.factories import SignedIn, signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import answer, create_interview, current_question, start
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS

# Locks outwait a 50 ms busy timeout; a failed task waits 0.2 s, then 0.4 s, and gives up
# after its 3rd try.
FAST_RETRIES: dict[str, Any] = {
    "database_busy_timeout_s": 0.05,
    "task_max_tries": 3,
    "task_retry_delay_s": 0.2,
}
QUESTION = {
    "text": "Tell me about a migration you led and what it changed.",
    "key_points": ["Names the system migrated", "States a measurable result"],
}


@asynccontextmanager
async def race_app_with(
    settings: Settings, race_database_url: str, **updates: Any
) -> AsyncIterator[tuple[FastAPI, AsyncClient]]:
    """Like the `race_app` fixture, with settings changed for the test."""
    app = create_app(settings.model_copy(update={"database_url": race_database_url, **updates}))
    try:
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
            yield app, http
    finally:
        await app.state.task_runner.close()
        await app.state.event_bus.aclose()
        await app.state.engine.dispose()


def run_tasks_on_drain(app: FastAPI) -> InProcessTaskRunner:
    """Queued tasks wait for `drain()`, so the test decides when they meet the database."""
    runner = InProcessTaskRunner(
        TaskContext(
            sessionmaker=app.state.sessionmaker,
            settings=app.state.settings,
            llm=None,
            files=app.state.files,
            events=app.state.event_bus,
        ),
        autostart=False,
    )
    app.state.task_runner = runner
    return runner


async def answered_interview(client: AsyncClient) -> tuple[SignedIn, str, str]:
    """A one-question interview whose answer was just submitted: (me, interview, question)."""
    me = await signed_in_candidate(client)
    created = await create_interview(
        client, me, question_count=1, custom_questions=[QUESTION], settings=NO_FOLLOW_UPS
    )
    running = await start(client, me, created["id"])
    question_id = current_question(running)["id"]
    response = await answer(client, me, created["id"], question_id, DETAILED)
    assert response.status_code == 200, response.text
    return me, created["id"], question_id


async def current_answer(client: AsyncClient, me: SignedIn, interview_id: str, question_id: str):
    interview = await get_ok(client, me, f"/api/interviews/{interview_id}")
    return next(q for q in interview["questions"] if q["id"] == question_id)["answer"]


class DatabaseLock:
    """Another connection in a write transaction: on SQLite it locks the whole database (its
    BEGIN IMMEDIATE), on Postgres the table. Held until `release()` or the end of the block."""

    def __init__(self, url: str, table: str) -> None:
        self.url, self.table = url, table
        self._engine = create_engine(url)
        self._connection: Any = None

    async def __aenter__(self) -> "DatabaseLock":
        self._connection = await self._engine.connect()
        await self._connection.begin()
        if self._connection.dialect.name == "postgresql":
            await self._connection.execute(text(f"LOCK TABLE {self.table} IN EXCLUSIVE MODE"))
        else:
            await self._connection.execute(text("SELECT 1"))
        return self

    async def release(self) -> None:
        if self._connection is not None:
            await self._connection.rollback()
            await self._connection.close()
            self._connection = None
        await self._engine.dispose()

    async def __aexit__(self, *_exc: object) -> None:
        await self.release()


class LogWatch(logging.Handler):
    """The records one logger emits, to wait for ("the 2nd try failed") while tasks run."""

    def __init__(self, logger_name: str) -> None:
        super().__init__(logging.DEBUG)
        self.logger = logging.getLogger(logger_name)
        self.records: list[logging.LogRecord] = []
        self._logged = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self._logged.set()

    def __enter__(self) -> "LogWatch":
        self.logger.addHandler(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.logger.removeHandler(self)

    def matching(self, fragment: str) -> list[logging.LogRecord]:
        return [r for r in self.records if fragment in r.getMessage()]

    async def wait_for(self, fragment: str, *, count: int = 1) -> None:
        async with asyncio.timeout(20):
            while len(self.matching(fragment)) < count:
                self._logged.clear()
                await self._logged.wait()


async def abandoned_recording(app: FastAPI, client: AsyncClient) -> tuple[SignedIn, str]:
    """A recording whose browser never finalized it, of an interview over for two days."""
    me = await signed_in_candidate(client)
    created = await create_interview(
        client, me, question_count=1, custom_questions=[QUESTION], settings=NO_FOLLOW_UPS
    )
    await start(client, me, created["id"])
    opened = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": created["id"], "mime_type": "video/webm;codecs=vp8,opus"},
    )
    assert opened.status_code in (200, 201), opened.text
    await client.post(f"/api/interviews/{created['id']}/complete", headers=me.headers)
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(Recording)
            .where(Recording.id == uuid.UUID(opened.json()["id"]))
            .values(updated_at=utcnow() - timedelta(days=2))
        )
        await session.commit()
    return me, opened.json()["id"]


async def recording_status(client: AsyncClient, me: SignedIn, recording_id: str) -> str:
    return (await get_ok(client, me, f"/api/recordings/{recording_id}"))["status"]


async def eventually(read: Callable[[], Awaitable[Any]], expected: Any, *, within_s=60) -> None:
    """Reads until it gives `expected` (work done by another task or process), or fails."""
    seen = None
    for _ in range(round(within_s / 0.05)):
        if (seen := await read()) == expected:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"still {seen!r} after {within_s}s, expected {expected!r}")
