from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from app.core.config import Settings
from app.events.bus import EventBus, InProcessEventBus


def create_event_bus(settings: Settings) -> EventBus:
    """Redis pub/sub when REDIS_URL is set (jobs run in another process then), else in-process."""
    if settings.redis_url:
        from app.events.redis_bus import RedisEventBus

        return RedisEventBus(settings.redis_url)
    return InProcessEventBus()


async def get_event_bus(connection: HTTPConnection) -> EventBus | None:
    """The app's bus; an HTTPConnection so that WebSocket routes can depend on it too."""
    return getattr(connection.app.state, "event_bus", None)


EventBusDep = Annotated[EventBus | None, Depends(get_event_bus)]
