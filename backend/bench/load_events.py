"""The live-events side of `bench.load`: one candidate's WebSocket on its interview.

`/api/ws/interviews/{id}?token=<access token>` pushes `{type, interview_id, data, at}` (see
app/events/router.py). When the process holding the socket goes away, the listener connects to
the other one, as the SPA reconnects (events sent meanwhile are missed; the SPA, and the bench,
then read the state over HTTP).
"""

import asyncio
import json
import random
import time
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from bench.load_client import Calls, Session

RECONNECT_BASE_S, RECONNECT_MAX_S = 1.0, 30.0
"""The SPA's reconnect schedule (frontend/src/lib/interview-events.ts `reconnectDelay`): 1 s,
2 s, 4 s... capped at 30 s, each shortened by up to a quarter at random, so the sockets of a
killed process do not all come back in the same instant."""
OPEN_TIMEOUT_S = 30.0


def reconnect_delay(attempt: int) -> float:
    capped = min(RECONNECT_MAX_S, RECONNECT_BASE_S * 2**attempt)
    return capped * (0.75 + random.random() * 0.25)


@dataclass
class Listener:
    session: Session
    calls: Calls
    interview_id: str
    received: Counter[str] = field(default_factory=Counter)
    evaluated: set[str] = field(default_factory=set)
    reconnects: int = 0
    connected: bool = False
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    opened: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None
    _closing: bool = False

    def _url(self, server: int) -> str:
        base = self.session.servers.bases[server].replace("http://", "ws://", 1)
        return f"{base}/api/ws/interviews/{self.interview_id}?token={self.session.token}"

    async def start(self) -> None:
        """Connect, and return once the server has subscribed the socket."""
        self._task = asyncio.create_task(self._run())
        opened = asyncio.create_task(self.opened.wait())
        await asyncio.wait(
            {self._task, opened}, timeout=OPEN_TIMEOUT_S, return_when="FIRST_COMPLETED"
        )
        opened.cancel()
        if not self.opened.is_set():
            self.calls.error("ws_connect", f"{self.interview_id}: no socket opened")

    async def stop(self) -> None:
        self._closing = True
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        attempt = 0
        while not self._closing:
            started, server = time.perf_counter(), self.session.prefer
            try:
                async with connect(self._url(server), open_timeout=OPEN_TIMEOUT_S) as socket:
                    self.calls.record("ws_connect", time.perf_counter() - started)
                    attempt = 0
                    await self._listen(socket)
            except InvalidStatus as exc:
                self.calls.error("ws_connect", f"refused: {exc}")
                return
            except ConnectionRefusedError:
                self.session.refused(server)  # the process is gone: another one takes over
            except (ConnectionClosed, InvalidHandshake, OSError):
                pass  # a slow open (TimeoutError is an OSError) or a dropped socket: again
            if self._closing:
                return
            await asyncio.sleep(reconnect_delay(attempt))
            attempt += 1

    async def _listen(self, socket: ClientConnection) -> None:
        first = not self.opened.is_set()
        self.opened.set()
        if not first:
            self.reconnects += 1
            self.changed.set()  # what was missed meanwhile is read over HTTP
        self.connected = True
        try:
            async for message in socket:
                self._take(json.loads(message))
        except ConnectionClosed:
            pass
        finally:
            self.connected = False
        code = socket.close_code
        if code is not None and code >= 4000:
            self.calls.error("ws_connect", f"closed {code}: {socket.close_reason}")
            self._closing = True

    def _take(self, event: dict[str, Any]) -> None:
        self.received[event["type"]] += 1
        if event["type"] == "answer_evaluated":
            self.evaluated.add(event["data"]["answer_id"])
            self.changed.set()
