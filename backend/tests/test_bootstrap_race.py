"""Scaled out, several app processes start at once against one database: each loads the
shipped data that is missing, and the ones that lose the race neither fail nor log an error."""

import asyncio
import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import async_sessionmaker

from alembic import command
from app.bootstrap import ensure_job_catalog, ensure_question_bank
from app.core.db import create_engine
from app.jobs.catalog import load_catalog
from app.jobs.models import Job
from tests.conftest import _postgres_url, _with_search_path, alembic_config

PROCESSES = 3


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A freshly migrated database with nothing loaded, as on a first deployment."""
    if request.config.getoption("--postgres"):
        admin = create_sync_engine(_postgres_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS first_start CASCADE"))
            conn.execute(text("CREATE SCHEMA first_start"))
        url = _with_search_path(_postgres_url(), "first_start")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'first_start.db'}"
    command.upgrade(alembic_config(url), "head")
    yield url
    if request.config.getoption("--postgres"):
        with admin.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS first_start CASCADE"))
        admin.dispose()


async def test_processes_starting_together_load_the_catalog_once_without_errors(
    empty_database_url, caplog
):
    engines = [create_engine(empty_database_url) for _ in range(PROCESSES)]
    makers = [async_sessionmaker(engine, expire_on_commit=False) for engine in engines]
    try:
        with caplog.at_level(logging.INFO, logger="app.bootstrap"):
            await asyncio.gather(*(ensure_job_catalog(maker) for maker in makers))
            await asyncio.gather(*(ensure_question_bank(maker) for maker in makers))
        async with makers[0]() as session:
            jobs = await session.scalar(select(func.count()).select_from(Job))
            slugs = await session.scalar(select(func.count(func.distinct(Job.slug))))
    finally:
        for engine in engines:
            await engine.dispose()

    assert jobs == slugs == len(load_catalog())
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors == []
    loaded = [record.getMessage() for record in caplog.records if "Loaded" in record.getMessage()]
    assert len([line for line in loaded if "job catalog" in line]) == 1
