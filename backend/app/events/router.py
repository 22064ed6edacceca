"""`/api/ws/interviews/{id}`: an interview's live events, pushed to its candidate and admins."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status
from pydantic import BaseModel, ValidationError

from app.core.db import reading_session
from app.events.bus import EventBus, EventBusUnavailable
from app.events.factory import EventBusDep
from app.events.schemas import (
    InterviewEvent,
    PingIn,
    SocketNotice,
    TranscriptPartialIn,
    client_message_adapter,
)
from app.events.service import Watcher, WatchRefused, authorize_watcher

logger = logging.getLogger(__name__)

events_router = APIRouter(tags=["events"])

MAX_CLOSE_REASON = 120  # a close frame's reason is at most 123 bytes


async def _refuse(websocket: WebSocket, code: int, reason: str) -> None:
    # Accept first: a close before the handshake is an HTTP 403, and browsers never see a code.
    await websocket.accept()
    await websocket.close(code=code, reason=reason[:MAX_CLOSE_REASON])


async def _send(websocket: WebSocket, message: BaseModel) -> None:
    await websocket.send_text(message.model_dump_json())


async def _forward(websocket: WebSocket, events: AsyncIterator[InterviewEvent]) -> None:
    async for event in events:
        await _send(websocket, event)
    # The bus was closed: the server is going away, the client should reconnect.
    await websocket.close(code=status.WS_1012_SERVICE_RESTART)


def _error(watcher: Watcher, message: str) -> SocketNotice:
    data = {"code": "invalid_message", "message": message}
    return SocketNotice(type="error", interview_id=watcher.interview_id, data=data)


def _describe(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or 'message'}: {error['msg']}"
        for error in exc.errors(include_url=False)
    )


async def _handle(websocket: WebSocket, bus: EventBus, watcher: Watcher, text: str) -> None:
    try:
        message = client_message_adapter.validate_json(text)
    except ValidationError as exc:
        await _send(websocket, _error(watcher, _describe(exc)))
        return
    if isinstance(message, PingIn):
        await _send(websocket, SocketNotice(type="pong", interview_id=watcher.interview_id))
    elif isinstance(message, TranscriptPartialIn):
        if not watcher.is_owner:
            await _send(websocket, _error(watcher, "Only the candidate shares a transcript."))
            return
        data = {"question_id": message.question_id, "text": message.text}
        await bus.publish(watcher.interview_id, "transcript_partial", data)


async def _receive(websocket: WebSocket, bus: EventBus, watcher: Watcher) -> None:
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
        text = message.get("text")
        if text is None:
            await _send(websocket, _error(watcher, "Send JSON as text frames."))
            continue
        await _handle(websocket, bus, watcher, text)


async def _relay(
    websocket: WebSocket, bus: EventBus, watcher: Watcher, events: AsyncIterator[InterviewEvent]
) -> None:
    """Forward events and read client messages until either side ends; then stop the other."""
    tasks = {
        asyncio.create_task(_forward(websocket, events)),
        asyncio.create_task(_receive(websocket, bus, watcher)),
    }
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in done:
        exc = task.exception()
        if exc is not None and not isinstance(exc, WebSocketDisconnect):
            logger.error("Live events for %s failed", watcher.interview_id, exc_info=exc)
            with contextlib.suppress(RuntimeError, WebSocketDisconnect):
                await websocket.close(code=status.WS_1011_INTERNAL_ERROR)


@events_router.websocket("/api/ws/interviews/{interview_id}")
async def interview_events(
    websocket: WebSocket, interview_id: str, bus: EventBusDep, token: str | None = None
) -> None:
    """Push `{type, interview_id, data, at}` events; closes 4401 (bad token) or 4404."""
    state = websocket.app.state
    try:
        # A short session: the socket may stay open for an hour, a connection must not.
        async with reading_session(state.sessionmaker) as session:
            watcher = await authorize_watcher(
                session, settings=state.settings, token=token, interview_id=interview_id
            )
    except WatchRefused as refused:
        await _refuse(websocket, refused.close_code, refused.reason)
        return
    if bus is None:
        await _refuse(websocket, status.WS_1011_INTERNAL_ERROR, "Live events are not available.")
        return
    async with AsyncExitStack() as stack:
        try:
            events = await stack.enter_async_context(bus.subscribe(watcher.interview_id))
        except EventBusUnavailable as exc:
            logger.warning("Cannot subscribe to %s: %r", watcher.interview_id, exc)
            await _refuse(websocket, status.WS_1013_TRY_AGAIN_LATER, "Live events are unavailable.")
            return
        await websocket.accept()
        await _relay(websocket, bus, watcher, events)
