"""Database engine, declarative base and the per-request session dependency."""

import select
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine, MetaData, event
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase

from app.core.config import Settings
from app.core.fair_pool import FairAsyncPool
from app.core.json_documents import loads_document
from app.core.sqlite import BEGIN_MODE, DEFERRED, IMMEDIATE, create_sqlite_engine

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
DEFAULT_LOCK_TIMEOUT_MS = round(DEFAULT_BUSY_TIMEOUT_S * 1000)
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READ_ATTEMPT = "app.read_attempt"
"""Scope key of a `ReadAttempt`, placed by `run_retrying_reads`."""
# Postgres: lock_not_available (lock_timeout), deadlock_detected, serialization_failure.
_BUSY_SQLSTATES = frozenset({"55P03", "40P01", "40001"})


def is_database_busy(exc: BaseException) -> bool:
    """Another connection held a lock longer than we wait: worth trying again, not a bug."""
    if not isinstance(exc, OperationalError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    return "database is locked" in str(exc.orig) or "database table is locked" in str(exc.orig)


POOL_RECYCLE_S = 3600
"""A Postgres connection is replaced after an hour, so one a firewall dropped in silence
(nothing to read, so `_closed_while_pooled` cannot tell) is not kept forever."""


def _closed_while_pooled(driver_connection: Any) -> bool:
    """Whether the server spoke to a connection resting in the pool. An idle session gets no
    message unless it is being ended (`pg_terminate_backend`, a restart, idle timeouts): its
    last words and the closed socket make it readable. One poll, no round trip."""
    try:
        fd = driver_connection.fileno()
    except Exception:  # already closed on our side
        return True
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(0))
    return bool(select.select([fd], [], [], 0)[0])


_LOCK_TIMEOUTS_MS: "weakref.WeakKeyDictionary[Engine, int]" = weakref.WeakKeyDictionary()


def lock_timeout_ms(engine: Engine) -> int:
    """How long the engine's connections wait for a lock (see `_configure_postgres`)."""
    return _LOCK_TIMEOUTS_MS.get(engine, DEFAULT_LOCK_TIMEOUT_MS)


def _configure_postgres(engine: AsyncEngine, lock_timeout_ms: int) -> None:
    """A lock wait ends like SQLite's busy timeout does, instead of holding a request forever.

    A connection the server ended while it sat in the pool is replaced before use: the pool
    discards it and checks out another when a checkout listener raises `DisconnectionError`.
    This stands in for `pool_pre_ping`, whose SELECT 1 cost a round trip on every checkout,
    about as much as a read's own query."""

    _LOCK_TIMEOUTS_MS[engine.sync_engine] = lock_timeout_ms

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET lock_timeout = {lock_timeout_ms}")
        cursor.close()
        dbapi_connection.autocommit = autocommit

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if _closed_while_pooled(record.driver_connection):
            raise DisconnectionError("the server ended this connection while it was pooled")


@dataclass(frozen=True)
class PoolSize:
    """A Postgres engine's connections: kept open, opened beyond under load, waited for."""

    size: int = 15
    max_overflow: int = 0
    timeout_s: float = 30.0


def create_engine(
    url: str, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, pool: PoolSize | None = None
) -> AsyncEngine:
    """busy_timeout_s: how long a statement waits for another connection's lock."""
    timeout_ms = max(1, round(busy_timeout_s * 1000))
    if url.startswith("sqlite"):
        return create_sqlite_engine(url, busy_timeout_s=busy_timeout_s)
    pool = pool or PoolSize()
    engine = create_async_engine(
        url,
        poolclass=FairAsyncPool,
        pool_recycle=POOL_RECYCLE_S,
        pool_size=pool.size,
        max_overflow=pool.max_overflow,
        pool_timeout=pool.timeout_s,
        json_deserializer=loads_document,
    )
    _configure_postgres(engine, timeout_ms)
    return engine


def create_engine_for(settings: Settings) -> AsyncEngine:
    """The engine an app process or a worker uses, as the settings size it."""
    pool = PoolSize(
        size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
        timeout_s=settings.database_pool_timeout_s,
    )
    return create_engine(
        settings.resolved_database_url,
        busy_timeout_s=settings.database_busy_timeout_s,
        pool=pool,
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@dataclass
class ReadAttempt:
    """A GET/HEAD/OPTIONS request's way through the database. `writing`: its transactions
    begin IMMEDIATE (the second attempt). `upgrade_failed`: a transaction begun DEFERRED was
    refused the write lock, so the request is worth one more attempt that begins IMMEDIATE."""

    writing: bool = False
    upgrade_failed: bool = False


def _reads_only(request: Request) -> bool:
    if request.method not in READ_METHODS:
        return False
    attempt: ReadAttempt | None = request.scope.get(READ_ATTEMPT)
    return attempt is None or not attempt.writing


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request: committed when the handler succeeds, rolled back on error.

    A GET, HEAD or OPTIONS request reads: on SQLite its transactions begin DEFERRED, so it
    reads the last committed state without queueing for the write lock. One that writes after
    all either says so first (`begin_writing`) or, if SQLite refuses it the write lock, is run
    again from the start by `run_retrying_reads` with transactions begun IMMEDIATE.
    """
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with reading_session(sessionmaker) if _reads_only(request) else sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException as exc:
            await session.rollback()
            attempt: ReadAttempt | None = request.scope.get(READ_ATTEMPT)
            if attempt is not None and is_database_busy(exc) and _reads_deferred(session):
                attempt.upgrade_failed = True
            raise


def reading_session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncSession:
    """A session for reads: on SQLite its transactions begin DEFERRED, never waiting for the
    write lock (`begin_writing` before it writes after all)."""
    return sessionmaker(execution_options={BEGIN_MODE: DEFERRED})


def _begins_deferred(session: AsyncSession) -> bool:
    return session.sync_session.execution_options.get(BEGIN_MODE) == DEFERRED


def _reads_deferred(session: AsyncSession) -> bool:
    """Its transactions begin DEFERRED on SQLite (elsewhere the option means nothing)."""
    return _begins_deferred(session) and session.get_bind().dialect.name == "sqlite"


async def begin_writing(session: AsyncSession) -> None:
    """The request is about to write: on SQLite a transaction begun DEFERRED ends here and the
    next one begins IMMEDIATE, holding the write lock. What the caller read before may have
    changed meanwhile: read it again (with `with_for_update`, for Postgres) before changing it.
    Elsewhere (Postgres, or a transaction already IMMEDIATE) nothing changes."""
    if not _begins_deferred(session):
        return
    deferred = _reads_deferred(session)
    session.sync_session.execution_options = session.sync_session.execution_options.union(
        {BEGIN_MODE: IMMEDIATE}
    )
    if deferred and session.in_transaction():
        await session.commit()


SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
