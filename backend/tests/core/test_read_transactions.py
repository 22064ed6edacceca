"""Reads do not queue behind a writer: while another connection holds the database's write lock
(SQLite) or a table lock (Postgres), reading requests are answered at once; a read that has to
write (an interview left open too long is expired when read) waits for the writer and saves its
change; one that writes without saying so first is run again instead of failing."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from app.core.db import SessionDep, create_engine
from app.interviews.models import Interview
from app.interviews.queries import load_interview
from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview, start
from tests.tasks.helpers import DatabaseLock, race_app_with

QUESTIONS = [
    {"text": "How would you design a rate limiter for a public API?"},
    {"text": "Tell me about a production incident you handled."},
]


async def _interview(client):
    me = await signed_in_candidate(client)
    created = await create_interview(
        client, me, question_count=len(QUESTIONS), custom_questions=QUESTIONS
    )
    return me, created["id"]


async def _in_database(url: str, statement):
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(statement)
            return result.first() if result.returns_rows else None
    finally:
        await engine.dispose()


async def test_reads_are_answered_while_another_connection_holds_the_write_lock(
    settings, race_database_url
):
    async with race_app_with(settings, race_database_url, database_busy_timeout_s=0.5) as (
        _app,
        client,
    ):
        me, iid = await _interview(client)
        async with DatabaseLock(race_database_url, "interviews"):
            for path in (f"/api/interviews/{iid}", "/api/interviews", "/api/auth/me"):
                response = await client.get(path, headers=me.headers)
                assert response.status_code == 200, (path, response.text)
            starting = await client.post(f"/api/interviews/{iid}/start", headers=me.headers)
        # A change still waits for the writer, and says so when it has waited too long.
        assert starting.status_code == 503
        assert starting.json()["error"]["code"] == "database_busy"
        assert (await client.get(f"/api/interviews/{iid}", headers=me.headers)).json()[
            "status"
        ] == "scheduled"


async def test_reading_an_interview_left_open_too_long_waits_for_the_writer_and_expires_it(
    settings, race_database_url
):
    async with race_app_with(settings, race_database_url) as (_app, client):
        me, iid = await _interview(client)
        await start(client, me, iid)
        long_ago = datetime.now(UTC) - timedelta(hours=30)
        await _in_database(
            race_database_url,
            update(Interview)
            .where(Interview.id == uuid.UUID(iid))
            .values(created_at=long_ago, started_at=long_ago, updated_at=long_ago),
        )
        async with DatabaseLock(race_database_url, "interviews") as lock:
            reading = asyncio.create_task(client.get(f"/api/interviews/{iid}", headers=me.headers))
            await asyncio.sleep(0.3)
            assert not reading.done()  # waiting for the writer, not failing
            await lock.release()
            response = await reading
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "abandoned"
        saved = await _in_database(
            race_database_url,
            select(Interview.status, Interview.ended_reason).where(Interview.id == uuid.UUID(iid)),
        )
        assert tuple(saved) == ("abandoned", "expired")


async def test_a_read_that_writes_without_saying_so_is_run_again_rather_than_fail(
    settings, race_database_url
):
    async with race_app_with(settings, race_database_url) as (app, client):
        _me, iid = await _interview(client)
        runs: list[int] = []

        @app.get("/api/test-note/{interview_id}")
        async def note(interview_id: uuid.UUID, session: SessionDep) -> dict[str, int]:
            runs.append(1)
            interview = await load_interview(session, interview_id=interview_id)
            interview.generator_note = f"run {len(runs)}"
            return {"run": len(runs)}

        app.router.routes.insert(0, app.router.routes.pop())
        async with DatabaseLock(race_database_url, "interviews") as lock:
            noting = asyncio.create_task(client.get(f"/api/test-note/{iid}"))
            await asyncio.sleep(0.3)
            await lock.release()
            response = await noting
        assert response.status_code == 200, response.text
        saved = await _in_database(
            race_database_url,
            select(Interview.generator_note).where(Interview.id == uuid.UUID(iid)),
        )
        assert saved[0] == f"run {response.json()['run']}"
        if race_database_url.startswith("sqlite"):
            # SQLite refused the first run the write lock at once; the second waited for it.
            assert len(runs) == 2
