"""Postgres connections kept for `RawRead`: asyncpg connections beside the engine's pool.

A read checked out of SQLAlchemy's pool pays for its checkout and return in greenlet switches
(the async engine runs its pool's code in a greenlet), switches autocommit on and off around
its one statement, and has psycopg wait for the socket twice per query through the event
loop's reader and writer callbacks: together they cost more than twice the query's own Python
work. These connections are made for the read instead, with asyncpg (a protocol on the event
loop, statements prepared once per connection, rows decoded in compiled code): each statement
runs on its own (no transaction, one snapshot), JSON comes back as text (`RawRows.decode`
decodes it once, see `app.core.raw_read`), with the engine's connect arguments and lock
timeout. A connection the server ended is closed as soon as the loop reads its last words, and
is replaced; nothing is reset on return, as a read leaves nothing behind.

One `ReadPool` per engine, its connections opened as reads need them and closed when the
engine is disposed (the `engine_disposed` event, which `AsyncEngine.dispose` fires inside a
greenlet, so the close can be awaited there).
"""

import asyncio
import shlex
import weakref
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool
from sqlalchemy.util import await_only

from app.core.db import lock_timeout_ms

READ_POOL_SIZE = 4
"""At most this many connections per process: a read holds one for a single round trip."""
APPLICATION_NAME = "rehearse-reads"
"""How these connections show in `pg_stat_activity`."""
DEFAULT_TIMEOUT_S = 30.0

_pools: "weakref.WeakKeyDictionary[Engine, ReadPool]" = weakref.WeakKeyDictionary()


class ReadPool:
    """Up to `READ_POOL_SIZE` asyncpg connections, opened as reads need them, each handed to
    the read that has waited longest when it comes back (asyncpg's own pool lets a read that
    just arrived take a returned connection before the ones waiting: under 64 concurrent
    reads on 4 connections, some waited 600 ms while the median waited 30)."""

    def __init__(self, url: URL, *, lock_timeout: int, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._url, self._lock_timeout = url, lock_timeout
        self._idle: list[asyncpg.Connection] = []
        self._waiting: deque[asyncio.Future[asyncpg.Connection | None]] = deque()
        self._opened = 0
        """Connections open or being opened."""
        self._closed = False

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[asyncpg.Connection]:
        """A connection for one read; TimeoutError when none is free within `timeout_s`."""
        connection = await self._acquire()
        try:
            yield connection
        finally:
            self._release(connection)

    async def _acquire(self) -> asyncpg.Connection:
        while self._idle:
            connection = self._idle.pop()
            if not connection.is_closed():
                return connection
            self._opened -= 1  # the server ended it while it rested here
        if self._opened >= READ_POOL_SIZE:
            waiter: asyncio.Future[asyncpg.Connection | None] = (
                asyncio.get_running_loop().create_future()
            )
            self._waiting.append(waiter)
            try:
                async with asyncio.timeout(self.timeout_s):
                    handed = await waiter
            except BaseException:
                self._give_up(waiter)
                raise
            if handed is not None:
                return handed
        self._opened += 1  # a free place: open a connection in it
        try:
            return await self._connect()
        except BaseException:
            self._opened -= 1
            self._hand_on(None)
            raise

    def _give_up(self, waiter: asyncio.Future[asyncpg.Connection | None]) -> None:
        """A waiter that timed out or was cancelled passes on what it was handed meanwhile."""
        if waiter in self._waiting:
            self._waiting.remove(waiter)
        elif waiter.done() and not waiter.cancelled():
            self._hand_on(waiter.result())

    def _release(self, connection: asyncpg.Connection) -> None:
        if self._closed:
            connection.terminate()
        elif connection.is_closed():
            self._opened -= 1
            self._hand_on(None)  # the longest waiter may open one in its place
        else:
            self._hand_on(connection)

    def _hand_on(self, connection: asyncpg.Connection | None) -> None:
        """To the longest waiter (None: a place to open a connection in), else back to rest."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(connection)
                return
        if connection is not None:
            self._idle.append(connection)

    async def _connect(self) -> asyncpg.Connection:
        url, query = self._url, dict(self._url.query)
        settings = server_settings(query.pop("options", None))
        settings.setdefault("application_name", APPLICATION_NAME)
        settings["lock_timeout"] = str(self._lock_timeout)
        dsn = url.set(drivername="postgresql", query=query).render_as_string(hide_password=False)
        connection = await asyncpg.connect(dsn, server_settings=settings)
        for name in ("json", "jsonb"):
            await connection.set_type_codec(
                name, encoder=str, decoder=str, schema="pg_catalog", format="text"
            )
        return connection

    def expire(self) -> None:
        """Drop the resting connections (after one was found dropped: a restart ended all)."""
        idle, self._idle = self._idle, []
        self._opened -= len(idle)
        for connection in idle:
            connection.terminate()

    async def close(self) -> None:
        """Close the resting connections; the ones in use are closed as they come back."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.close()


def server_settings(options: Any) -> dict[str, str]:
    """libpq's `options` ("-c search_path=race -c statement_timeout=5000") as asyncpg's
    server settings."""
    if not isinstance(options, str):
        return {}
    settings: dict[str, str] = {}
    words = iter(shlex.split(options))
    for word in words:
        setting = next(words, "") if word == "-c" else word.removeprefix("-c")
        name, equals, value = setting.partition("=")
        if equals:
            settings[name.strip()] = value.strip()
    return settings


def _new_pool(engine: Engine) -> ReadPool:
    timeout_s = engine.pool.timeout() if isinstance(engine.pool, QueuePool) else DEFAULT_TIMEOUT_S
    return ReadPool(engine.url, lock_timeout=lock_timeout_ms(engine), timeout_s=timeout_s)


def _close_read_pool(engine: Engine) -> None:
    pool = _pools.pop(engine, None)
    if pool is not None:
        await_only(pool.close())


def read_pool(engine: Engine) -> ReadPool:
    """The engine's read pool (its connections opened on first use)."""
    pool = _pools.get(engine)
    if pool is None:
        pool = _pools[engine] = _new_pool(engine)
        if not event.contains(engine, "engine_disposed", _close_read_pool):
            event.listen(engine, "engine_disposed", _close_read_pool)
    return pool
