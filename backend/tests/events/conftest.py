"""Live-event fixtures: a bus on the app, a real uvicorn server, and Redis when there is one.

The server runs in the test's own event loop, so the WebSocket handler's ownership check uses
the test's rolled-back transaction (on SQLite and on Postgres alike) while the client speaks the
real WebSocket protocol over TCP with the `websockets` library.
"""

from collections.abc import AsyncIterator

import pytest

from app.events.bus import InProcessEventBus
from tests.live_server import serving

WS_PATH = "/api/ws/interviews/{interview_id}"


def use_event_bus(app, bus) -> None:
    """Put the bus where the app and its background tasks look for it."""
    app.state.event_bus = bus
    app.state.task_runner.context.events = bus


@pytest.fixture
async def bus(app) -> AsyncIterator[InProcessEventBus]:
    events = InProcessEventBus()
    use_event_bus(app, events)
    yield events
    await events.aclose()


@pytest.fixture
async def live_server(app, bus) -> AsyncIterator[str]:
    """The app on a real uvicorn server on a free port; yields its ws:// base URL."""
    async with serving(app) as base_url:
        yield base_url.replace("http://", "ws://", 1)
