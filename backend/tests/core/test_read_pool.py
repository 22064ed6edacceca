"""When every connection of the interview read's own pool stays busy past the database pool
timeout, the read answers 503 `database_busy` with Retry-After, as a request does when the
engine's pool has no free connection; once one is free again, the read answers. The database
URL's libpq options (a search path, a timeout) reach its connections as server settings. A
returned connection goes to the read that has waited longest, not to one that just came."""

import asyncio
from contextlib import AsyncExitStack

import pytest

from app.core.read_pool import READ_POOL_SIZE, read_pool, server_settings
from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview
from tests.tasks.helpers import race_app_with

QUESTIONS = [{"text": "How would you design a rate limiter for a public API?"}]


async def test_a_read_with_no_free_read_connection_is_a_503_then_answers(
    settings, race_database_url
):
    if race_database_url.startswith("sqlite"):
        pytest.skip("SQLite reads need no pool of their own")
    async with race_app_with(settings, race_database_url, database_pool_timeout_s=0.3) as (
        app,
        client,
    ):
        me = await signed_in_candidate(client)
        interview = await create_interview(client, me, question_count=1, custom_questions=QUESTIONS)
        path = f"/api/interviews/{interview['id']}"
        reads = read_pool(app.state.engine.sync_engine)
        async with AsyncExitStack() as held:
            for _ in range(READ_POOL_SIZE):
                await held.enter_async_context(reads.connection())
            busy = await client.get(path, headers=me.headers)
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "database_busy"
        assert busy.headers["retry-after"]

        read = await client.get(path, headers=me.headers)
        assert read.status_code == 200
        assert read.json()["id"] == interview["id"]


@pytest.mark.parametrize(
    ("options", "settings"),
    [
        ("-csearch_path=race", {"search_path": "race"}),
        (
            "-c search_path=race -c statement_timeout=5000",
            {"search_path": "race", "statement_timeout": "5000"},
        ),
        (None, {}),
    ],
)
def test_libpq_options_in_the_database_url_reach_the_read_connections(options, settings):
    assert server_settings(options) == settings


async def test_a_returned_connection_goes_to_the_read_that_waited_longest(
    settings, race_database_url
):
    if race_database_url.startswith("sqlite"):
        pytest.skip("SQLite reads need no pool of their own")
    async with race_app_with(settings, race_database_url) as (app, _client):
        reads = read_pool(app.state.engine.sync_engine)
        served: list[str] = []

        async def read(name: str) -> None:
            async with reads.connection() as connection:
                served.append(name)
                await connection.fetchval("SELECT 1")

        holders = [reads.connection() for _ in range(READ_POOL_SIZE)]
        for holder in holders:
            await holder.__aenter__()
        waiting = asyncio.create_task(read("waiting"))
        await asyncio.sleep(0.05)  # it waits: every connection is held
        # A newcomer scheduled to run before the waiter wakes, then one connection returned.
        newcomer = asyncio.create_task(read("newcomer"))
        await holders[0].__aexit__(None, None, None)
        await asyncio.gather(waiting, newcomer)
        assert served == ["waiting", "newcomer"]
        for holder in holders[1:]:
            await holder.__aexit__(None, None, None)
