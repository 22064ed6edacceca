"""Two connections to one SQLite file, as a request and a background job are in production."""

import asyncio

from sqlalchemy import text

from app.core.db import create_engine


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
