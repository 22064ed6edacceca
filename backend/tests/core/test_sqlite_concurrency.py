"""Two connections to one SQLite file, as a request and a background task are in production."""

import asyncio
import threading

from sqlalchemy import text

from app.core.db import create_engine
from app.core.sqlite import BEGIN_MODE, DEFERRED


async def test_a_read_then_write_survives_a_concurrent_writer(tmp_path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'concurrent.db'}")
    try:
        async with engine.begin() as setup:
            await setup.execute(text("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)"))
            await setup.execute(text("INSERT INTO counter VALUES (1, 0)"))
        async with engine.connect() as request, engine.connect() as job:
            request_tx = await request.begin()
            await request.execute(text("SELECT n FROM counter"))

            # The job waits for the request's transaction instead of interleaving with it.
            async def job_writes():
                async with job.begin():
                    await job.execute(text("UPDATE counter SET n = n + 10"))

            job_task = asyncio.create_task(job_writes())
            await asyncio.sleep(0.2)
            await request.execute(text("UPDATE counter SET n = n + 1"))
            await request_tx.commit()
            await job_task
        async with engine.connect() as check:
            assert (await check.execute(text("SELECT n FROM counter"))).scalar() == 11
    finally:
        await engine.dispose()


async def test_a_read_runs_on_the_event_loops_thread_and_a_write_on_the_connections(tmp_path):
    """A reading transaction cannot wait for a lock, so it skips the hand-off to the
    connection's thread; a writing one may wait (the lock, the disk), so it keeps it."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'threads.db'}")
    loop_thread = threading.get_ident()
    try:
        async with engine.connect() as conn:
            driver = (await conn.get_raw_connection()).driver_connection
            assert driver is not None
            await driver.create_function("thread_id", 0, threading.get_ident)
        for mode, expected_on_loop in ((DEFERRED, True), ("IMMEDIATE", False)):
            async with engine.connect() as conn:
                conn = await conn.execution_options(**{BEGIN_MODE: mode})
                async with conn.begin():
                    ran_on = (await conn.execute(text("SELECT thread_id()"))).scalar()
            assert (ran_on == loop_thread) is expected_on_loop, mode
    finally:
        await engine.dispose()
