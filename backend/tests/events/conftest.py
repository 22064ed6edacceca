"""Live-event fixtures: a bus on the app, a real uvicorn server, and Redis when there is one.

The server runs in the test's own event loop, so the WebSocket handler's ownership check uses
the test's rolled-back transaction (on SQLite and on Postgres alike) while the client speaks the
real WebSocket protocol over TCP with the `websockets` library.
"""

import asyncio
import contextlib
import os
import socket
from collections.abc import AsyncIterator, Iterator

import pytest
import uvicorn

from app.events.bus import InProcessEventBus

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
WS_PATH = "/api/ws/interviews/{interview_id}"


def use_event_bus(app, bus) -> None:
    """Put the bus where the app and its background jobs look for it."""
    app.state.event_bus = bus
    app.state.job_runner.context.events = bus


@pytest.fixture
async def bus(app) -> AsyncIterator[InProcessEventBus]:
    events = InProcessEventBus()
    use_event_bus(app, events)
    yield events
    await events.aclose()


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # pytest owns the signal handlers, not a server living inside one test.
        yield


@pytest.fixture
async def live_server(app, bus) -> AsyncIterator[str]:
    """The app on a real uvicorn server on a free port; yields its ws:// base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = _Server(
        uvicorn.Config(app, lifespan="off", log_level="warning", timeout_graceful_shutdown=5)
    )
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if serving.done():
            serving.result()
        await asyncio.sleep(0.01)
    yield f"ws://127.0.0.1:{port}"
    server.should_exit = True
    await asyncio.wait_for(serving, timeout=15)
    sock.close()


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
    """The test Redis; skipped when unreachable, unless REQUIRE_REDIS=1 (as in the arq test)."""
    if os.environ.get("TEST_NO_REDIS") == "1":
        pytest.skip("Redis disabled")
    if not await _redis_available(REDIS_URL):
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis is required but not reachable at {REDIS_URL}")
        pytest.skip(f"no Redis at {REDIS_URL}")
    return REDIS_URL
