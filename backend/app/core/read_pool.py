"""Postgres connections kept for `RawRead`: psycopg's own async pool beside the engine's.

A read checked out of SQLAlchemy's pool pays for its checkout and return in greenlet switches
(the async engine runs its pool's code in a greenlet), switches autocommit on and off around
its one statement, and tells psycopg once more to hand JSON back as text: together they cost
more than the query's own Python work. These connections are made for the read instead: in
autocommit, JSON as text (`RawRows.decode` decodes it once, see `app.core.raw_read`), the same
connect arguments and lock timeout as the engine's. A connection the server ended while it
rested here is discarded on checkout, as the engine's own checkout listener does.

One pool per engine, opened by the first read and closed when the engine is disposed (the
`engine_disposed` event, which `AsyncEngine.dispose` fires inside a greenlet, so the close
can be awaited there).
"""

import weakref
from typing import Any

from psycopg import AsyncConnection
from psycopg import adapters as psycopg_adapters
from psycopg.types.string import TextLoader
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool
from sqlalchemy.util import await_only

from app.core.db import closed_while_pooled, lock_timeout_ms

READ_POOL_SIZE = 4
"""At most this many connections per process: a read holds one for a single round trip."""
APPLICATION_NAME = "rehearse-reads"
"""How these connections show in `pg_stat_activity`."""
JSON_TYPES = ("json", "jsonb")
JSON_OIDS = frozenset(psycopg_adapters.types[name].oid for name in JSON_TYPES)
"""Postgres types psycopg is asked to return as text."""

_pools: "weakref.WeakKeyDictionary[Engine, AsyncConnectionPool[Any]]" = weakref.WeakKeyDictionary()


async def _configure(connection: AsyncConnection[Any], *, timeout_ms: int) -> None:
    for name in JSON_TYPES:
        connection.adapters.register_loader(name, TextLoader)
    await connection.execute(f"SET lock_timeout = {timeout_ms}")


async def _check(connection: AsyncConnection[Any]) -> None:
    if closed_while_pooled(connection):
        await connection.close()  # closed, the pool discards it instead of keeping it
        raise ConnectionError("the server ended this connection while it was pooled")


def _new_pool(engine: Engine) -> AsyncConnectionPool[Any]:
    _, connect_kwargs = engine.dialect.create_connect_args(engine.url)
    timeout_ms = lock_timeout_ms(engine)

    async def configure(connection: AsyncConnection[Any]) -> None:
        await _configure(connection, timeout_ms=timeout_ms)

    return AsyncConnectionPool(
        kwargs={"application_name": APPLICATION_NAME, **connect_kwargs, "autocommit": True},
        min_size=1,
        max_size=READ_POOL_SIZE,
        open=False,
        configure=configure,
        check=_check,
        timeout=engine.pool.timeout() if isinstance(engine.pool, QueuePool) else 30.0,
        name="raw-reads",
    )


def _close_read_pool(engine: Engine) -> None:
    pool = _pools.pop(engine, None)
    if pool is not None:
        await_only(pool.close())


async def read_pool(engine: Engine) -> AsyncConnectionPool[Any]:
    """The engine's read pool, opened on first use."""
    pool = _pools.get(engine)
    if pool is None:
        pool = _pools[engine] = _new_pool(engine)
        if not event.contains(engine, "engine_disposed", _close_read_pool):
            event.listen(engine, "engine_disposed", _close_read_pool)
    if pool.closed:
        await pool.open()  # safe to call again while another read is opening it
    return pool
