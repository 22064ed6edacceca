"""Test harness: a migrated database (SQLite, or Postgres with --postgres) and one rolled-back
transaction per test; the app under test talks to it through httpx's ASGI transport."""

import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic.config import Config
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from alembic import command
from app.core.config import Settings
from app.core.db import create_engine
from app.main import create_app
from app.tasks.runner import InProcessTaskRunner, TaskContext
from tests.interviews.helpers import load_shipped_data

BACKEND_DIR = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        action="store_true",
        help="run against TEST_DATABASE_URL (default: the local Postgres `test` database)",
    )


def _postgres_url() -> str:
    return os.environ.get("TEST_DATABASE_URL") or DEFAULT_POSTGRES_URL


def _reset_postgres(url: str) -> None:
    engine = create_sync_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def _postgres_reachable(url: str) -> str | None:
    engine = create_sync_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return str(exc).splitlines()[0]
    finally:
        engine.dispose()
    return None


def alembic_config(url: str) -> Config:
    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(BACKEND_DIR / "alembic"))
    config.set_main_option("sqlalchemy.url", url)
    config.attributes["configure_logger"] = False
    return config


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--postgres", default=False):
        return
    problem = _postgres_reachable(_postgres_url())
    if problem is None:
        return
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.exit(f"Postgres is required but not reachable: {problem}", returncode=1)
    print(f"Postgres pass skipped: no server at {_postgres_url()} ({problem})", file=sys.stderr)
    pytest.exit("Postgres pass skipped", returncode=0)


@pytest.fixture(scope="session")
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database migrated to head, down to base and up again (so both directions work)."""
    if request.config.getoption("--postgres"):
        url = _postgres_url()
        _reset_postgres(url)
    else:
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    return url


def _with_search_path(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path={schema}"


@pytest.fixture(scope="session")
def race_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A second migrated database whose transactions really commit (no rolled-back wrapper),
    for races between connections. Postgres: the `race` schema of the test database."""
    if request.config.getoption("--postgres"):
        engine = create_sync_engine(_postgres_url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text("DROP SCHEMA IF EXISTS race CASCADE"))
                conn.execute(text("CREATE SCHEMA race"))
        finally:
            engine.dispose()
        url = _with_search_path(_postgres_url(), "race")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('race') / 'race.db'}"
    command.upgrade(alembic_config(url), "head")
    return url


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="session")
def settings(database_url: str, data_dir: Path) -> Settings:
    return Settings(
        _env_file=None,
        env="test",
        secret_key=TEST_SECRET,
        database_url=database_url,
        data_dir=data_dir,
        frontend_dist=data_dir / "no-frontend-build",
        log_level="WARNING",
        # A task that fails is retried after 10 ms, not 5 s.
        task_retry_delay_s=0.01,
    )


@pytest.fixture(scope="session")
async def engine(database_url: str):
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    """Sessions inside the test's transaction: their commits become savepoints."""
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def db_session(sessionmaker) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
async def shipped(db_session: AsyncSession) -> None:
    """The question bank and job catalog the app ships, in the test's transaction."""
    await load_shipped_data(db_session)


@pytest.fixture
def app(settings: Settings, sessionmaker):
    application = create_app(settings)
    application.state.sessionmaker = sessionmaker
    # Queued tasks wait for `tasks.drain()`, so tests can see answers before and after evaluation.
    application.state.task_runner = InProcessTaskRunner(
        TaskContext(
            sessionmaker=sessionmaker,
            settings=settings,
            llm=None,
            files=application.state.files,
            events=application.state.event_bus,
        ),
        autostart=False,
    )
    return application


@pytest.fixture
async def race_app(settings: Settings, race_database_url: str) -> AsyncIterator[FastAPI]:
    """The app on its own engine over `race_database_url`: every request gets its own pooled
    connection and commits for real, so concurrent requests race as they do in production.
    Data stays between tests: use unique emails."""
    application = create_app(settings.model_copy(update={"database_url": race_database_url}))
    yield application
    await application.state.task_runner.close()
    await application.state.engine.dispose()


@pytest.fixture
async def race_client(race_app: FastAPI) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=race_app)
    async with AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
def tasks(app) -> InProcessTaskRunner:
    return app.state.task_runner


@pytest.fixture
async def client(app) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        yield http


async def _redis_available(url: str) -> bool:
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=2)
    try:
        return bool(await client.ping())
    except Exception:
        return False
    finally:
        await client.aclose()


@pytest.fixture
async def redis_url() -> str:
    """The test Redis, emptied (a job left by an earlier test would confuse a burst worker);
    skipped when unreachable, unless REQUIRE_REDIS=1 as in CI."""
    from redis.asyncio import Redis

    if os.environ.get("TEST_NO_REDIS") == "1":
        pytest.skip("Redis disabled")
    if not await _redis_available(REDIS_URL):
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis is required but not reachable at {REDIS_URL}")
        pytest.skip(f"no Redis at {REDIS_URL}")
    client = Redis.from_url(REDIS_URL)
    try:
        await client.flushdb()
    finally:
        await client.aclose()
    return REDIS_URL
