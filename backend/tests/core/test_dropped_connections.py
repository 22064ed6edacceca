"""A pooled Postgres connection the server ended (`pg_terminate_backend`, as a restart or an
idle timeout does) is replaced before the next request uses it: that request succeeds, on
the interview read (its own raw query on its own pool, `app.core.read_pool`) as on the ORM
session routes. Connections a burst of requests opened stay open for the next burst instead
of being closed and opened again, and disposing of the engine closes the read pool's too."""

import asyncio

import pytest
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.read_pool import APPLICATION_NAME, READ_POOL_SIZE
from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview
from tests.tasks.helpers import race_app_with

QUESTIONS = [{"text": "How would you design a rate limiter for a public API?"}]


async def _pooled_backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        pid = await connection.scalar(text("SELECT pg_backend_pid()"))
    assert isinstance(pid, int)
    return pid


def _terminate(url: str, pid: int) -> None:
    """End the backend from another connection, waiting until it has exited."""
    engine = create_sync_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            ended = connection.scalar(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
        assert ended is True
    finally:
        engine.dispose()


def _read_pool_pids(url: str) -> list[int]:
    """The backends of read pool connections open on this database."""
    engine = create_sync_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            rows = connection.scalars(
                text(
                    "SELECT pid FROM pg_stat_activity"
                    " WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": APPLICATION_NAME},
            )
            return list(rows)
    finally:
        engine.dispose()


async def test_a_connection_ended_by_the_server_is_replaced_before_the_next_request(
    settings, race_database_url
):
    if race_database_url.startswith("sqlite"):
        pytest.skip("SQLite connections are files, not sessions a server can end")
    # One connection, so every request below reuses the one that was ended.
    async with race_app_with(
        settings, race_database_url, database_pool_size=1, database_max_overflow=0
    ) as (app, client):
        me = await signed_in_candidate(client)
        interview = await create_interview(client, me, question_count=1, custom_questions=QUESTIONS)
        engine = app.state.engine

        path = f"/api/interviews/{interview['id']}"
        assert (await client.get(path, headers=me.headers)).status_code == 200
        read_pids = _read_pool_pids(race_database_url)
        assert read_pids, "the interview read opened a read pool connection"
        for pid in read_pids:
            _terminate(race_database_url, pid)
        _terminate(race_database_url, await _pooled_backend_pid(engine))
        read = await client.get(path, headers=me.headers)
        assert read.status_code == 200, read.text
        assert read.json()["id"] == interview["id"]
        assert not set(_read_pool_pids(race_database_url)) & set(read_pids)

        _terminate(race_database_url, await _pooled_backend_pid(engine))
        account = await client.get("/api/auth/me", headers=me.headers)
        assert account.status_code == 200, account.text

        _terminate(race_database_url, await _pooled_backend_pid(engine))
        started = await client.post(f"/api/interviews/{interview['id']}/start", headers=me.headers)
        assert started.status_code == 200, started.text


async def test_bursts_of_reads_reuse_the_connections_the_first_burst_opened(
    settings, race_database_url
):
    if race_database_url.startswith("sqlite"):
        pytest.skip("the pool settings size Postgres connections")
    async with race_app_with(settings, race_database_url) as (app, client):  # default pool
        me = await signed_in_candidate(client)
        interview = await create_interview(client, me, question_count=1, custom_questions=QUESTIONS)
        path = f"/api/interviews/{interview['id']}"
        opened: list[object] = []
        event.listen(app.state.engine.sync_engine, "connect", lambda *_: opened.append(1))

        async def burst() -> None:
            reads = await asyncio.gather(*(client.get(path, headers=me.headers) for _ in range(40)))
            assert {read.status_code for read in reads} == {200}

        await burst()  # opens as many as it needs, up to the pool's size
        after_first, readers = len(opened), set(_read_pool_pids(race_database_url))
        assert 1 <= len(readers) <= READ_POOL_SIZE
        for _ in range(3):
            await burst()
        # A new connection per read costs more than the read: none are closed and reopened.
        assert len(opened) == after_first
        assert set(_read_pool_pids(race_database_url)) == readers


async def test_disposing_of_the_engine_closes_the_read_pool(settings, race_database_url):
    if race_database_url.startswith("sqlite"):
        pytest.skip("SQLite reads need no pool of their own")
    async with race_app_with(settings, race_database_url) as (_app, client):
        me = await signed_in_candidate(client)
        interview = await create_interview(client, me, question_count=1, custom_questions=QUESTIONS)
        read = await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)
        assert read.status_code == 200
        assert _read_pool_pids(race_database_url)
    assert _read_pool_pids(race_database_url) == []
