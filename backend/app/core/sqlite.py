"""SQLite engines: WAL, real transactions, and reads that cost no thread hand-offs.

aiosqlite runs every call of a connection (make a cursor, execute, fetch, close...) on that
connection's own thread and wakes the event loop with the result: a query costs four
hand-offs between threads, which on a busy machine cost more than the query itself. Only a
call that may wait needs the thread: beginning a writing transaction waits for the database's
write lock, and a commit that wrote waits for the disk. A transaction begun DEFERRED reads a
snapshot of the WAL and never waits for a lock (if it tries to write while another connection
holds the lock, SQLite refuses at once rather than wait), so its calls run right on the event
loop's thread. The cost: while SQLite executes a read, the loop serves nothing else, so a read
scanning a large table holds everyone up for that long (the Python work on its rows does
anyway); and a read that writes unannounced commits on the loop's thread.
"""

import sqlite3
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy import event, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from app.core.json_documents import loads_document
from app.core.sqlite_reader import keep_reader_for

BEGIN_MODE = "sqlite_begin"
"""Execution option: how a SQLite transaction begins, `DEFERRED` or (by default) IMMEDIATE."""
DEFERRED, IMMEDIATE = "DEFERRED", "IMMEDIATE"


class _Connection(aiosqlite.Connection):
    """An aiosqlite connection whose calls run inline while `reading` (see the module)."""

    reading = False

    async def _execute(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.reading:
            return await super()._execute(fn, *args, **kwargs)
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def run_inline_read(driver: Any, sql: str, parameters: Any) -> tuple[list[Any], Any] | None:
    """One SELECT's rows and their cursor's description, run right here on one of our
    connections (None for any other): outside a transaction it is its own snapshot and waits
    for no lock. The connection keeps `reading`, so its return to the pool (a rollback, with
    nothing to roll back) runs here too; the next transaction's begin sets it again."""
    if not isinstance(driver, _Connection) or driver._conn is None:
        return None
    driver.reading = True
    cursor = driver._conn.execute(sql, parameters)
    return cursor.fetchall(), cursor.description


def _creator(url: str, busy_timeout_s: float) -> Any:
    database = make_url(url).database

    async def connect() -> _Connection:
        # The sqlite3 connection is used from the loop's thread too, one call at a time: the
        # engine never runs two calls of one connection at once.
        connector = partial(
            sqlite3.connect, database, timeout=busy_timeout_s, check_same_thread=False
        )
        connection = _Connection(connector, iter_chunk_size=64)
        connection._thread.daemon = True
        await connection  # starts its thread and connects; resolves to the same object
        return connection

    return connect


def create_sqlite_engine(url: str, *, busy_timeout_s: float) -> AsyncEngine:
    """WAL, foreign keys, and real BEGIN/SAVEPOINT handling (pysqlite's own is broken).

    Transactions begin IMMEDIATE unless the connection's `BEGIN_MODE` option says DEFERRED: a
    deferred one that reads and then writes fails at once with "database is locked" when
    another connection wrote in between (busy_timeout cannot help), which happens as soon as a
    background evaluation runs beside a request. Only requests that read begin DEFERRED (see
    `app.core.db.get_session`): they then never wait for the write lock.
    """
    parsed = make_url(url)
    database = parsed.database
    # Anything but a plain file (memory, URI, options in the URL) keeps aiosqlite's own connect.
    plain_file = database and database != ":memory:" and not database.startswith("file:")
    if database is None or not plain_file or parsed.query:
        engine = create_async_engine(
            url, connect_args={"timeout": busy_timeout_s}, json_deserializer=loads_document
        )
    else:
        engine = create_async_engine(
            url, async_creator=_creator(url, busy_timeout_s), json_deserializer=loads_document
        )
        keep_reader_for(engine.sync_engine, database, busy_timeout_s=busy_timeout_s)
    busy_timeout_ms = max(1, round(busy_timeout_s * 1000))

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
        deferred = connection.get_execution_options().get(BEGIN_MODE) == DEFERRED
        driver = connection.connection.driver_connection
        if isinstance(driver, _Connection):
            driver.reading = deferred
            if deferred:
                # Takes no lock, so it cannot wait or fail for one: straight to SQLite.
                driver._conn.execute("BEGIN DEFERRED")
                return
        connection.exec_driver_sql(f"BEGIN {DEFERRED if deferred else IMMEDIATE}")

    return engine
