"""Live events across processes (the web app and `make worker`) through Redis pub/sub.

Each bus holds one pub/sub connection for the whole process: it subscribes to an interview's
channel while at least one local subscriber watches it and fans messages out to local queues,
so a hundred open sockets cost one Redis connection, not a hundred.
"""

import asyncio
import contextlib
import logging
import uuid
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.events.bus import (
    SUBSCRIBER_QUEUE_SIZE,
    EventBusUnavailable,
    LocalFanOut,
    QueueSubscription,
    build_event,
)
from app.events.schemas import InterviewEvent

logger = logging.getLogger(__name__)

CHANNEL_PREFIX = "rehearse:interview:"
CONNECT_TIMEOUT_S = 3.0
PUBLISH_TIMEOUT_S = 3.0
SUBSCRIBE_TIMEOUT_S = 5.0
READ_POLL_S = 1.0
HEALTH_CHECK_S = 30
RETRY_DELAYS_S = (0.5, 1.0, 2.0, 5.0)


def channel_for(interview_id: uuid.UUID) -> str:
    return f"{CHANNEL_PREFIX}{interview_id}"


class RedisEventBus:
    """Publishes through Redis; subscribers in this process share one pub/sub connection."""

    def __init__(
        self,
        url: str,
        *,
        queue_size: int = SUBSCRIBER_QUEUE_SIZE,
        client_name: str = "rehearse-events",
    ) -> None:
        self._redis = Redis.from_url(
            url,
            client_name=client_name,  # tells our connections apart in CLIENT LIST
            socket_connect_timeout=CONNECT_TIMEOUT_S,
            socket_keepalive=True,
            health_check_interval=HEALTH_CHECK_S,
        )
        self._pubsub = self._redis.pubsub()
        self._fan_out = LocalFanOut(queue_size=queue_size)
        self._lock = asyncio.Lock()
        # Per channel: resolved once Redis confirms our SUBSCRIBE, so that a subscriber
        # receives every event published after `subscribe()` returns.
        self._ready: dict[str, asyncio.Future[None]] = {}
        self._awaiting_confirmation: dict[str, deque[asyncio.Future[None]]] = {}
        self._reader: asyncio.Task[None] | None = None

    async def publish(self, interview_id: uuid.UUID, type: str, data: dict[str, Any]) -> None:
        event = build_event(interview_id, type, data)
        if event is None:
            return
        try:
            async with asyncio.timeout(PUBLISH_TIMEOUT_S):
                await self._redis.publish(channel_for(interview_id), event.model_dump_json())
        except (RedisError, OSError, TimeoutError) as exc:
            logger.warning("Could not publish %r for interview %s: %r", type, interview_id, exc)

    @asynccontextmanager
    async def subscribe(
        self, interview_id: uuid.UUID
    ) -> AsyncIterator[AsyncIterator[InterviewEvent]]:
        queue = await self._join(interview_id)
        try:
            yield QueueSubscription(queue)
        finally:
            await self._leave(interview_id, queue)

    def subscriber_count(self, interview_id: uuid.UUID) -> int:
        """Subscribers in this process (for tests and diagnostics)."""
        return self._fan_out.count(interview_id)

    async def aclose(self) -> None:
        self._fan_out.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        with contextlib.suppress(RedisError, OSError):
            await self._pubsub.aclose()
        with contextlib.suppress(RedisError, OSError):
            await self._redis.aclose()

    async def _join(self, interview_id: uuid.UUID) -> asyncio.Queue[Any]:
        queue, _ = self._fan_out.add(interview_id)
        channel = channel_for(interview_id)
        try:
            async with self._lock:
                ready = self._ready.get(channel) or await self._send_subscribe(channel)
            async with asyncio.timeout(SUBSCRIBE_TIMEOUT_S):
                await asyncio.shield(ready)
        except BaseException as exc:
            await self._leave(interview_id, queue)
            if isinstance(exc, RedisError | OSError | TimeoutError):
                raise EventBusUnavailable(f"cannot subscribe to {channel}: {exc!r}") from exc
            raise
        return queue

    async def _send_subscribe(self, channel: str) -> asyncio.Future[None]:
        ready = asyncio.get_running_loop().create_future()
        self._ready[channel] = ready
        waiting = self._awaiting_confirmation.setdefault(channel, deque())
        waiting.append(ready)
        try:
            await self._pubsub.subscribe(channel)
        except BaseException:
            # Nobody else holds `ready` yet: it is only handed out under the lock we hold.
            del self._ready[channel]
            waiting.remove(ready)
            if not waiting:
                del self._awaiting_confirmation[channel]
            raise
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(), name="redis-event-bus-reader")
        return ready

    async def _leave(self, interview_id: uuid.UUID, queue: asyncio.Queue[Any]) -> None:
        if not self._fan_out.remove(interview_id, queue):
            return
        channel = channel_for(interview_id)
        async with self._lock:
            # Someone may have joined while we waited for the lock; they keep the channel.
            if self._fan_out.count(interview_id) or self._ready.pop(channel, None) is None:
                return
            try:
                await self._pubsub.unsubscribe(channel)
            except (RedisError, OSError) as exc:
                logger.warning("Could not unsubscribe from %s: %r", channel, exc)

    async def _read(self) -> None:
        """Deliver messages until cancelled; a lost connection is retried (and resubscribed)."""
        failures = 0
        while True:
            try:
                message = await self._pubsub.get_message(timeout=READ_POLL_S)
            except Exception as exc:  # the reader must outlive any one failure
                delay = RETRY_DELAYS_S[min(failures, len(RETRY_DELAYS_S) - 1)]
                failures += 1
                logger.warning("Redis pub/sub failed (%r); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                continue
            failures = 0
            if message is not None:
                self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        channel = message["channel"]
        if isinstance(channel, bytes):
            channel = channel.decode()
        if kind == "subscribe":
            waiting = self._awaiting_confirmation.get(channel)
            if waiting:
                ready = waiting.popleft()
                if not ready.done():
                    ready.set_result(None)
            if not waiting:
                self._awaiting_confirmation.pop(channel, None)
        elif kind == "message":
            try:
                event = InterviewEvent.model_validate_json(message["data"])
            except ValidationError as exc:
                logger.warning("Ignoring a malformed event on %s: %s", channel, exc)
                return
            self._fan_out.deliver(event)
