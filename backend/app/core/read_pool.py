"""Postgres connections kept for `RawRead`: an asyncpg pool beside the engine's.

A read checked out of SQLAlchemy's pool pays for its checkout and return in greenlet switches
(the async engine runs its pool's code in a greenlet), switches autocommit on and off around
its one statement, and has psycopg wait for the socket twice per query through the event
loop's reader and writer callbacks: together they cost more than twice the query's own Python
work. These connections are made for the read instead, with asyncpg (a protocol on the event
loop, statements prepared once per connection, rows decoded in compiled code): each statement
runs on its own (no transaction, one snapshot), JSON comes back as text (`RawRows.decode`
decodes it once, see `app.core.raw_read`), with the engine's connect arguments and lock
timeout. A connection the server ended is closed as soon as the loop reads its last words, and
the pool replaces it; nothing is reset on return, as a read leaves nothing behind.

One pool per engine, opened by the first read and closed when the engine is disposed (the
`engine_disposed` event, which `AsyncEngine.dispose` fires inside a greenlet, so the close
can be awaited there).
"""

import asyncio
import shlex
import weakref
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
    """An asyncpg pool created on first use, with how long a read waits for a connection."""

    def __init__(self, url: URL, *, lock_timeout: int, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._url, self._lock_timeout = url, lock_timeout
        self._pool: asyncpg.Pool | None = None
        self._opening = asyncio.Lock()

    async def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            async with self._opening:
                if self._pool is None:
                    self._pool = await self._create()
        return self._pool

    async def _create(self) -> asyncpg.Pool:
        url, query = self._url, dict(self._url.query)
        settings = server_settings(query.pop("options", None))
        settings.setdefault("application_name", APPLICATION_NAME)
        settings["lock_timeout"] = str(self._lock_timeout)
        dsn = url.set(drivername="postgresql", query=query).render_as_string(hide_password=False)
        pool = await asyncpg.create_pool(
            dsn,
            min_size=1,
            max_size=READ_POOL_SIZE,
            init=_text_json,
            reset=_nothing_to_reset,
            server_settings=settings,
        )
        assert pool is not None
        return pool

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None


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


async def _text_json(connection: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await connection.set_type_codec(
            name, encoder=str, decoder=str, schema="pg_catalog", format="text"
        )


async def _nothing_to_reset(_connection: asyncpg.Connection) -> None:
    """A read runs one statement outside any transaction, and changes no setting."""


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
