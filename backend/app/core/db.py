"""Database engine, declarative base and the per-request session dependency."""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import MetaData, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


DEFAULT_BUSY_TIMEOUT_S = 30.0
# Postgres: lock_not_available (lock_timeout), deadlock_detected, serialization_failure.
_BUSY_SQLSTATES = frozenset({"55P03", "40P01", "40001"})


def is_database_busy(exc: BaseException) -> bool:
    """Another connection held a lock longer than we wait: worth trying again, not a bug."""
    if not isinstance(exc, OperationalError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    return "database is locked" in str(exc.orig) or "database table is locked" in str(exc.orig)


def _configure_sqlite(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    """WAL, foreign keys, and real BEGIN/SAVEPOINT handling (pysqlite's own is broken).

    Transactions begin IMMEDIATE: a deferred one that reads and then writes fails at once with
    "database is locked" when another connection wrote in between (busy_timeout cannot help),
    which happens as soon as a background evaluation runs beside a request.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _configure_postgres(engine: AsyncEngine, lock_timeout_ms: int) -> None:
    """A lock wait ends like SQLite's busy timeout does, instead of holding a request forever."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET lock_timeout = {lock_timeout_ms}")
        cursor.close()
        dbapi_connection.autocommit = autocommit


def create_engine(url: str, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> AsyncEngine:
    """busy_timeout_s: how long a statement waits for another connection's lock."""
    timeout_ms = max(1, round(busy_timeout_s * 1000))
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": busy_timeout_s})
        _configure_sqlite(engine, timeout_ms)
        return engine
    engine = create_async_engine(url, pool_pre_ping=True)
    _configure_postgres(engine, timeout_ms)
    return engine


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request: committed when the handler succeeds, rolled back on error."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
