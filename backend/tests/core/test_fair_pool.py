"""Postgres connections go to requests in the order they asked, and none is lost to a request
that gave up waiting (it would leave the pool one connection short for good)."""

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import greenlet_spawn
from sqlalchemy.util.queue import Empty

from app.core.db import PoolSize, create_engine
from app.core.fair_pool import FairQueue


@pytest.fixture
async def one_connection(race_database_url):
    if race_database_url.startswith("sqlite"):
        pytest.skip("SQLite has no connection pool to wait for")
    engine = create_engine(race_database_url, pool=PoolSize(size=1, max_overflow=0, timeout_s=2))
    yield engine
    await engine.dispose()


async def _use(engine: AsyncEngine, name: str, order: list[str]) -> None:
    async with engine.connect() as connection:
        order.append(name)
        await connection.execute(text("SELECT 1"))


async def test_waiting_requests_get_the_connection_in_the_order_they_asked(one_connection):
    order: list[str] = []
    async with one_connection.connect() as held:
        await held.execute(text("SELECT 1"))
        waiting = []
        for name in ("first", "second", "third", "fourth"):
            waiting.append(asyncio.create_task(_use(one_connection, name, order)))
            await asyncio.sleep(0.01)
    # Released: a request arriving now queues behind those already waiting.
    waiting.append(asyncio.create_task(_use(one_connection, "late", order)))
    await asyncio.gather(*waiting)
    assert order == ["first", "second", "third", "fourth", "late"]


async def test_a_request_that_stops_waiting_leaves_the_connection_to_the_next(one_connection):
    order: list[str] = []
    async with one_connection.connect() as held:
        await held.execute(text("SELECT 1"))
        gave_up = asyncio.create_task(_use(one_connection, "gave up", order))
        await asyncio.sleep(0.05)
        gave_up.cancel()
        patient = asyncio.create_task(_use(one_connection, "patient", order))
        await asyncio.sleep(0.05)
    await asyncio.wait_for(patient, 5)
    with pytest.raises(asyncio.CancelledError):
        await gave_up
    # The one connection is back in the pool: a new request gets it at once.
    await asyncio.wait_for(_use(one_connection, "after", order), 1)
    assert order == ["patient", "after"]


async def test_a_request_waits_no_longer_than_the_pool_timeout(one_connection):
    async with one_connection.connect() as held:
        await held.execute(text("SELECT 1"))
        with pytest.raises(PoolTimeout):
            await _use(one_connection, "too late", [])
    await asyncio.wait_for(_use(one_connection, "after", []), 1)


async def test_a_returned_connection_goes_to_the_waiter_not_to_a_newcomer():
    pool = FairQueue(maxsize=1)
    waiter = asyncio.create_task(greenlet_spawn(pool.get, True, 2))
    await asyncio.sleep(0.01)
    pool.put_nowait("connection")
    # A request arriving in the same instant finds nothing free: the waiter was first.
    with pytest.raises(Empty):
        await greenlet_spawn(pool.get, False)
    assert await waiter == "connection"
