"""The live-events bus: publish an interview's events, subscribe to them.

An event is a nicety (the data is in the database, and a client that missed one reloads the
interview), so publishing never raises into the caller and a slow subscriber loses its oldest
events rather than holding up the publisher.
"""

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Final, Protocol

from pydantic import ValidationError

from app.events.schemas import InterviewEvent

logger = logging.getLogger(__name__)

SUBSCRIBER_QUEUE_SIZE = 100
_CLOSED: Final = object()


class EventBusUnavailable(RuntimeError):
    """A subscription cannot be made now (the broker is unreachable, or the bus is closed)."""


class EventBusClosed(EventBusUnavailable):
    """The bus was closed (the app is shutting down): no new subscriptions."""


class EventBus(Protocol):
    async def publish(self, interview_id: uuid.UUID, type: str, data: dict[str, Any]) -> None:
        """Send an event to the interview's subscribers; never raises (failures are logged)."""
        ...

    def subscribe(
        self, interview_id: uuid.UUID
    ) -> AbstractAsyncContextManager[AsyncIterator[InterviewEvent]]:
        """Every event published after entering, until exit; the iterator ends on `aclose()`.

        Raises `EventBusUnavailable` on entering when the subscription cannot be made.
        """
        ...

    async def aclose(self) -> None: ...


def build_event(interview_id: uuid.UUID, type: str, data: dict[str, Any]) -> InterviewEvent | None:
    """The event, or None (logged) when the type or data is not one the contract knows."""
    try:
        return InterviewEvent.model_validate(
            {"type": type, "interview_id": interview_id, "data": data}
        )
    except ValidationError as exc:
        logger.warning("Dropping an invalid %r event for interview %s: %s", type, interview_id, exc)
        return None


async def publish_event(
    bus: EventBus | None, interview_id: uuid.UUID, type: str, **data: Any
) -> None:
    """Publish if there is a bus (a job context or a script may have none); never raises."""
    if bus is None:
        return
    try:
        await bus.publish(interview_id, type, data)
    except Exception:
        logger.warning("Publishing %r for interview %s failed", type, interview_id, exc_info=True)


class QueueSubscription:
    """Iterates one subscriber's queue until the bus puts the closing marker in it."""

    def __init__(self, queue: asyncio.Queue[Any]) -> None:
        self._queue = queue
        self._ended = False

    def __aiter__(self) -> "QueueSubscription":
        return self

    async def __anext__(self) -> InterviewEvent:
        if self._ended:
            raise StopAsyncIteration
        item = await self._queue.get()
        if item is _CLOSED:
            self._ended = True
            raise StopAsyncIteration
        return item


def _put_dropping_oldest(queue: asyncio.Queue[Any], item: Any) -> bool:
    """Put without waiting; True when the oldest item had to make room."""
    dropped = False
    while True:
        try:
            queue.put_nowait(item)
            return dropped
        except asyncio.QueueFull:
            queue.get_nowait()
            dropped = True


class LocalFanOut:
    """Bounded queues, one per subscriber, grouped by interview; the delivery half of a bus."""

    def __init__(self, *, queue_size: int = SUBSCRIBER_QUEUE_SIZE) -> None:
        self.queue_size = queue_size
        self.closed = False
        self._queues: dict[uuid.UUID, set[asyncio.Queue[Any]]] = {}

    def add(self, interview_id: uuid.UUID) -> tuple[asyncio.Queue[Any], bool]:
        """A new subscriber's queue, and whether it is the interview's first."""
        if self.closed:
            raise EventBusClosed("the event bus is closed")
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=self.queue_size)
        subscribers = self._queues.setdefault(interview_id, set())
        subscribers.add(queue)
        return queue, len(subscribers) == 1

    def remove(self, interview_id: uuid.UUID, queue: asyncio.Queue[Any]) -> bool:
        """Forget a subscriber; True when it was the interview's last."""
        subscribers = self._queues.get(interview_id)
        if subscribers is None:
            return False
        subscribers.discard(queue)
        if subscribers:
            return False
        del self._queues[interview_id]
        return True

    def count(self, interview_id: uuid.UUID) -> int:
        return len(self._queues.get(interview_id, ()))

    def deliver(self, event: InterviewEvent) -> None:
        for queue in list(self._queues.get(event.interview_id, ())):
            if _put_dropping_oldest(queue, event):
                logger.debug("A slow subscriber of %s lost an event", event.interview_id)

    def close(self) -> None:
        """End every subscriber's iteration."""
        self.closed = True
        for subscribers in self._queues.values():
            for queue in subscribers:
                _put_dropping_oldest(queue, _CLOSED)


class InProcessEventBus:
    """Events within this process only: enough when there is no Redis (and jobs run here too)."""

    def __init__(self, *, queue_size: int = SUBSCRIBER_QUEUE_SIZE) -> None:
        self._fan_out = LocalFanOut(queue_size=queue_size)

    async def publish(self, interview_id: uuid.UUID, type: str, data: dict[str, Any]) -> None:
        event = build_event(interview_id, type, data)
        if event is not None:
            self._fan_out.deliver(event)

    @asynccontextmanager
    async def subscribe(
        self, interview_id: uuid.UUID
    ) -> AsyncIterator[AsyncIterator[InterviewEvent]]:
        queue, _ = self._fan_out.add(interview_id)
        try:
            yield QueueSubscription(queue)
        finally:
            self._fan_out.remove(interview_id, queue)

    def subscriber_count(self, interview_id: uuid.UUID) -> int:
        """Subscribers in this process (for tests and diagnostics)."""
        return self._fan_out.count(interview_id)

    async def aclose(self) -> None:
        self._fan_out.close()
