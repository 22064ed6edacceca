"""A fixed SELECT run on the driver's own connection, for a hot read whose Python work around
the query cost several times the query.

SQLAlchemy's `Connection.execute` builds an execution context, a cursor wrapper and a result
per call, and decodes every column of every row; a joined read repeats its parent's columns on
each child row and decoded them all again. Here the statement is compiled once per dialect,
runs on the pooled DBAPI connection, and its rows come back as the driver gives them:
`RawRows.decode` turns just the columns the caller asks for into Python values, with the same
type processors SQLAlchemy would apply.

On Postgres the read runs outside any transaction (one statement reads one snapshot; no BEGIN
and ROLLBACK round trips) on a connection of its own asyncpg pool (see `app.core.read_pool`),
its statement compiled for asyncpg and its values decoded with the engine's own type
processors; JSON columns come back as text, decoded by `RawRows.decode` like every other
column: a joined read repeats its parent's JSON on every row. On SQLite the read is one
statement on a reading connection of its own (see `app.core.sqlite_reader`), its own snapshot
of the WAL, taking no lock it could wait for, so it runs on the event loop's thread. A
connection found dropped (a server restart) is replaced once: reading again is safe. When the
sessionmaker is bound to an open connection (a test's transaction), the read runs on it, inside
that transaction, on the engine's own driver.
"""

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import asyncpg
from psycopg import AsyncConnection as PsycopgConnection
from psycopg import adapters as psycopg_adapters
from psycopg.types.string import TextLoader
from sqlalchemy import Dialect, Engine, Select
from sqlalchemy.dialects.postgresql.asyncpg import dialect as AsyncpgDialect
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

from app.core.read_pool import read_pool
from app.core.sqlite import run_inline_read
from app.core.sqlite_reader import read_inline, sqlite_reader

Processor = Callable[[Any], Any] | None
_JSON_TYPES = ("json", "jsonb")
_JSON_OIDS = frozenset(psycopg_adapters.types[name].oid for name in _JSON_TYPES)
"""Postgres types read as text (see the module)."""
_ASYNCPG = AsyncpgDialect()
"""The read pool's driver: its statements compiled with $1-style parameters."""
_DISCONNECTED = (asyncpg.ConnectionDoesNotExistError, asyncpg.InterfaceError, OSError)
_Fetched = tuple[Sequence[Sequence[Any]], Any]
"""Rows and the cursor's description of their columns (None when not asked for)."""


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None
    """The parameters' order, when the driver takes them by position."""
    binds: dict[str, Processor]
    defaults: dict[str, Any]
    """Values of the statement's own parameters (a literal compared with), by name."""


@dataclass(frozen=True)
class RawRows:
    rows: Sequence[Sequence[Any]]
    results: tuple[Processor, ...]

    def decode(self, row: Sequence[Any], columns: range) -> list[Any]:
        """The Python values of `columns` (by position) of one of `rows`."""
        results = self.results
        return [
            value if (process := results[i]) is None or value is None else process(value)
            for i, value in zip(columns, row[columns.start : columns.stop], strict=True)
        ]


class RawRead:
    """A SELECT compiled once per database driver, its rows read raw (see the module)."""

    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        self._compiled: dict[tuple[str, ...], _Compiled] = {}
        self._results: dict[tuple[str, ...], tuple[Processor, ...]] = {}
        self.positions = {name: i for i, name in enumerate(statement.selected_columns.keys())}
        """Each selected column's position in a row, by its label."""

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self._compiled.get(_key(dialect))
        if compiled is not None:
            return compiled
        done = self.statement.compile(dialect=dialect)
        binds: dict[str, Processor] = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect)
            for name, bind in done.binds.items()
        }
        defaults = {
            name: bind.effective_value for name, bind in done.binds.items() if not bind.required
        }
        positional = tuple(done.positiontup or ()) if dialect.positional else None
        compiled = _Compiled(done.string, positional, binds, defaults)
        self._compiled[_key(dialect)] = compiled
        return compiled

    def _parameters(self, compiled: _Compiled, params: dict[str, Any]) -> Any:
        values = {
            name: value if (process := compiled.binds.get(name)) is None else process(value)
            for name, value in (compiled.defaults | params).items()
        }
        if compiled.positional is None:
            return values
        return tuple(values[name] for name in compiled.positional)

    async def rows(
        self, sessionmaker: async_sessionmaker[AsyncSession], params: dict[str, Any]
    ) -> RawRows:
        bind = sessionmaker.kw["bind"]
        dialect = bind.dialect
        compiled = self._compile(dialect)
        parameters = self._parameters(compiled, params)
        # The columns' description is asked for once: psycopg builds it anew on every call.
        results = self._results.get(_key(dialect))
        describe = results is None
        if isinstance(bind, AsyncConnection):
            raw = await bind.get_raw_connection()
            if _on_psycopg(dialect):
                rows, description = await _psycopg_execute(
                    _psycopg_connection(raw), compiled.sql, parameters, describe
                )
            else:
                rows, description = await greenlet_spawn(
                    _execute, raw, compiled.sql, parameters, describe
                )
        elif _on_psycopg(dialect):
            on_pool = self._compile(_ASYNCPG)
            rows, description = await _pool_read(
                bind.sync_engine, on_pool, self._parameters(on_pool, params), describe
            )
        elif (reader := sqlite_reader(bind.sync_engine)) is not None:
            rows, description = _sqlite_read(reader, dialect, compiled, parameters)
        else:
            rows, description = await greenlet_spawn(
                _read, bind.sync_engine, compiled, parameters, describe
            )
        if results is None:
            results = self._result_processors(dialect, description)
        return RawRows(rows, results)

    def _result_processors(self, dialect: Dialect, description: Any) -> tuple[Processor, ...]:
        """As SQLAlchemy picks them: by each column's type and, for some, the type the
        driver says it returned (Postgres numerics), which the first rows tell."""
        results = tuple(
            _json_loads(dialect)
            if _on_psycopg(dialect) and _is_json(described[1])
            else column.type.dialect_impl(dialect).result_processor(dialect, described[1])
            for column, described in zip(self.statement.selected_columns, description, strict=True)
        )
        self._results[_key(dialect)] = results
        return results


def _on_psycopg(dialect: Dialect) -> bool:
    return dialect.driver == "psycopg" and dialect.is_async


def _is_json(type_code: Any) -> bool:
    return type_code in _JSON_OIDS


def _json_loads(dialect: Dialect) -> Processor:
    """What psycopg would have decoded a JSON column with (SQLAlchemy's deserializer, when the
    engine was given one, is the one it registers on psycopg)."""
    loads: Callable[[Any], Any] = getattr(dialect, "_json_deserializer", None) or json.loads
    return loads


def _key(dialect: Dialect) -> tuple[str, ...]:
    """What the SQL text and the type processors depend on: the database and its driver."""
    return (dialect.name, dialect.driver, dialect.paramstyle)


def _sqlite_read(
    reader: sqlite3.Connection, dialect: Dialect, compiled: _Compiled, parameters: Any
) -> _Fetched:
    try:
        return read_inline(reader, compiled.sql, parameters)
    except sqlite3.Error as exc:
        raise _wrapped(exc, compiled, parameters, dialect, dropped=False) from exc


def _read(engine: Engine, compiled: _Compiled, parameters: Any, describe: bool) -> _Fetched:
    dialect = engine.dialect
    for attempt in (1, 2):
        connection = engine.raw_connection()
        fetched: _Fetched | None
        try:
            fetched = run_inline_read(connection.driver_connection, compiled.sql, parameters)
            if fetched is None:
                fetched = _autocommit_execute(connection, compiled.sql, parameters, describe)
        except dialect.loaded_dbapi.Error as exc:
            dropped = dialect.is_disconnect(exc, connection.dbapi_connection, None)
            if dropped:
                connection.invalidate(exc)
            else:
                connection.close()
            if attempt == 1 and dropped:
                continue
            raise _wrapped(exc, compiled, parameters, dialect, dropped=dropped) from exc
        except BaseException:
            connection.invalidate()
            raise
        connection.close()
        return fetched
    raise AssertionError("unreachable")


def _autocommit_execute(
    connection: PoolProxiedConnection, sql: str, parameters: Any, describe: bool
) -> _Fetched:
    dbapi = connection.dbapi_connection
    dbapi.autocommit = True  # type: ignore[union-attr]
    try:
        return _execute(connection, sql, parameters, describe)
    finally:
        dbapi.autocommit = False  # type: ignore[union-attr]


def _execute(connection: Any, sql: str, parameters: Any, describe: bool) -> _Fetched:
    cursor = connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return cursor.fetchall(), cursor.description if describe else None
    finally:
        cursor.close()


def _psycopg_connection(connection: Any) -> PsycopgConnection[Any]:
    driver = connection.driver_connection
    assert isinstance(driver, PsycopgConnection), type(driver)
    return driver


def _records(rows: list[asyncpg.Record]) -> Sequence[Sequence[Any]]:
    return cast(Sequence[Sequence[Any]], rows)  # a Record is indexed and sliced as a tuple


async def _pool_read(
    engine: Engine, compiled: _Compiled, parameters: Any, describe: bool
) -> _Fetched:
    """`_read` on Postgres, on a connection of the engine's read pool (see `app.core.read_pool`).
    A connection found dropped makes the pool drop the others it made with it (a restart)."""
    reads = read_pool(engine)
    for attempt in (1, 2):
        try:
            async with reads.connection() as connection:
                if not describe:
                    return _records(await connection.fetch(compiled.sql, *parameters)), None
                statement = await connection.prepare(compiled.sql)
                rows = _records(await statement.fetch(*parameters))
                return rows, [(a.name, a.type.oid) for a in statement.get_attributes()]
        except TimeoutError as exc:  # answered as the engine's pool timeout is: a 503
            raise PoolTimeout(f"No free read connection within {reads.timeout_s} s") from exc
        except _DISCONNECTED as exc:
            if attempt == 1:
                reads.expire()
                continue
            raise OperationalError(
                compiled.sql, parameters, exc, connection_invalidated=True
            ) from exc
        except asyncpg.PostgresError as exc:  # its sqlstate tells a lock timeout (a 503)
            raise OperationalError(compiled.sql, parameters, exc) from exc
    raise AssertionError("unreachable")


async def _psycopg_execute(
    driver: PsycopgConnection[Any], sql: str, parameters: Any, describe: bool
) -> _Fetched:
    """`_execute` awaited on psycopg's connection (a test's, in its transaction), JSON columns
    as text."""
    async with driver.cursor() as cursor:
        for name in _JSON_TYPES:
            cursor.adapters.register_loader(name, TextLoader)
        await cursor.execute(sql, parameters)
        return await cursor.fetchall(), cursor.description if describe else None


def _wrapped(
    exc: Exception, compiled: _Compiled, parameters: Any, dialect: Dialect, *, dropped: bool
) -> StatementError:
    """The driver's error as SQLAlchemy's `execute` would have raised it."""
    return DBAPIError.instance(
        compiled.sql,
        parameters,
        exc,
        dialect.loaded_dbapi.Error,
        connection_invalidated=dropped,
        dialect=dialect,
    )
