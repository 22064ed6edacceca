"""Refuse request bodies over a size limit before they are read into memory or onto disk.

A client that sends its whole body before reading the answer (no `Expect: 100-continue`, as
urllib and most scripts do) sees a connection reset instead of the 413 if the server closes
with the body still coming in. So the rest of the body is read and thrown away first, up to
`DRAIN_MAX_BYTES`; only bodies bigger than that are cut off.
"""

import json

from starlette.exceptions import HTTPException
from starlette.types import Message, Receive, Scope, Send

from app.core.errors import error_body

DRAIN_MAX_BYTES = 64 * 1024 * 1024


def _too_large_message(limit: int) -> str:
    return f"The request body is larger than the limit of {limit / (1024 * 1024):.0f} MB."


def _declared_length(headers: list[tuple[bytes, bytes]]) -> tuple[bytes, bool]:
    """The Content-Length a request declares (empty if none), and whether it waits for
    `100 Continue` before sending its body."""
    declared, waiting = b"", False
    for name, value in headers:
        if name == b"content-length":
            declared = value
        elif name == b"expect":
            waiting = value.lower() == b"100-continue"
    return declared, waiting


async def _drain(receive: Receive, budget: int) -> bool:
    """Read and discard the rest of the body, at most `budget` bytes; True if it all came."""
    while budget >= 0:
        message = await receive()
        if message["type"] != "http.request":
            return False
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return True
    return False


class BodySizeLimit:
    """Limits per path prefix (longest match wins); `default` for every other path."""

    def __init__(self, *, limits: dict[str, int], default: int) -> None:
        self.limits = sorted(limits.items(), key=lambda item: len(item[0]), reverse=True)
        self.default = default

    def _limit_for(self, path: str) -> int:
        return next(
            (limit for prefix, limit in self.limits if path.startswith(prefix)), self.default
        )

    async def guard(self, scope: Scope, receive: Receive, send: Send) -> Receive | None:
        """`receive` held to the path's limit, or None when the request was answered with a
        413 already (it declared a body over the limit)."""
        limit = self._limit_for(scope["path"])
        declared, waiting = _declared_length(scope["headers"])
        if declared.isdigit() and int(declared) > limit:
            # A client waiting for `100 Continue` has sent nothing: reading would invite it to.
            drained = False
            if not waiting and int(declared) <= DRAIN_MAX_BYTES:
                drained = await _drain(receive, int(declared))
            await self._reject(send, limit, keep_alive=drained)
            return None
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    drained = message.get("more_body", False) is False or await _drain(
                        receive, DRAIN_MAX_BYTES - received
                    )
                    # FastAPI lets HTTPException through body parsing; our handler renders it.
                    raise HTTPException(
                        413,
                        _too_large_message(limit),
                        headers=None if drained else {"Connection": "close"},
                    )
            return message

        return limited_receive

    @staticmethod
    async def _reject(send: Send, limit: int, *, keep_alive: bool) -> None:
        body = json.dumps(
            error_body("payload_too_large", _too_large_message(limit), {"limit_bytes": limit})
        ).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        if not keep_alive:
            # The unread body ends this connection; say so rather than reset it unannounced.
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
