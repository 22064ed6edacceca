"""A SQLite connection kept for `RawRead`, beside the engine's pool.

A read checked out of the engine's pool pays for the checkout and the return (a rollback with
nothing to roll back) in SQLAlchemy's pool and greenlet switches, which cost about as much as
the query. SQLite reads outside a transaction wait for no lock (each statement reads its own
snapshot of the WAL), so one connection per engine serves them all, right on the event loop's
thread, one statement at a time: `read_inline` runs the statement and fetches every row before
it returns, with no await in between. The connection is made `query_only`, so a read can never
write, and is closed when the engine is disposed.

Only for an engine of a plain database file (see `app.core.sqlite.create_sqlite_engine`): an
in-memory database is private to the connection that made it.
"""

import sqlite3
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event


@dataclass(frozen=True)
class _Database:
    path: str
    busy_timeout_s: float


_databases: "weakref.WeakKeyDictionary[Engine, _Database]" = weakref.WeakKeyDictionary()
_readers: "weakref.WeakKeyDictionary[Engine, sqlite3.Connection]" = weakref.WeakKeyDictionary()


def keep_reader_for(engine: Engine, path: str, *, busy_timeout_s: float) -> None:
    """Let `RawRead` read `engine`'s database file on a connection of its own."""
    _databases[engine] = _Database(path, busy_timeout_s)
    event.listen(engine, "engine_disposed", _close_reader)


def _close_reader(engine: Engine) -> None:
    reader = _readers.pop(engine, None)
    if reader is not None:
        reader.close()


def sqlite_reader(engine: Engine) -> sqlite3.Connection | None:
    """The engine's reading connection, opened on first use; None for an engine without one."""
    reader = _readers.get(engine)
    if reader is not None:
        return reader
    database = _databases.get(engine)
    if database is None:
        return None
    reader = sqlite3.connect(
        database.path,
        timeout=database.busy_timeout_s,
        isolation_level=None,
        check_same_thread=False,  # opened on whichever thread read first; used on the loop's
    )
    reader.execute("PRAGMA query_only=ON")
    _readers[engine] = reader
    return reader


def read_inline(reader: sqlite3.Connection, sql: str, parameters: Any) -> tuple[list[Any], Any]:
    """One SELECT's rows and their cursor's description."""
    cursor = reader.execute(sql, parameters)
    try:
        return cursor.fetchall(), cursor.description
    finally:
        cursor.close()
