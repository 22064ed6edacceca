"""Our pure ASGI middleware: a request id, security headers and a log line on every request,
and the checks every request passes before it reaches a route."""

import logging
import re
import time
from typing import Any

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.body_limit import BodySizeLimit
from app.core.logging import request_id_var
from app.core.nul_guard import reject_nul
from app.core.read_retry import run_retrying_reads
from app.core.request_ids import new_request_id

logger = logging.getLogger("app.access")
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(self), microphone=(self), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob: https:; media-src 'self' blob: https:; "
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
        "connect-src 'self' https:; frame-src 'self' https:; frame-ancestors 'none'"
    ),
}
_SECURITY_HEADERS = [
    (name.lower().encode("latin-1"), value.encode("latin-1"))
    for name, value in SECURITY_HEADERS.items()
]


def _request_headers(headers: list[tuple[bytes, bytes]]) -> tuple[bytes, bool]:
    """The request's X-Request-ID (empty if none) and whether it names an Origin."""
    request_id, has_origin = b"", False
    for name, value in headers:
        if name == b"x-request-id":
            request_id = value
        elif name == b"origin":
            has_origin = True
    return request_id, has_origin


class RequestMiddleware:
    """All of ours around every HTTP request, in one layer: a request id, security headers and
    one log line; the body size limit; CORS; the refusal of NULs; a read run again as a write.

    One layer rather than one middleware each: each layer's call and its wrapper around
    `send` cost, on every request, about as much as a cheap route's own work. CORS (when
    origins are configured) sits where it did, inside the body size limit and outside the NUL
    check, and only requests that name an Origin go through it: for the others it would only
    add `Vary: Origin`, which the headers added here add instead.
    """

    def __init__(
        self, app: ASGIApp, *, body_limit: BodySizeLimit, cors: dict[str, Any] | None
    ) -> None:
        self.app = app
        self.body_limit = body_limit
        self.cors = CORSMiddleware(self._checked, **cors) if cors is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming, has_origin = _request_headers(scope["headers"])
        request_id = incoming.decode("latin-1")
        if not _VALID_REQUEST_ID.match(request_id):
            request_id = new_request_id()
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_code = 500
        vary_origin = self.cors is not None and not has_origin
        added = [(b"x-request-id", request_id.encode("latin-1"))]

        async def send_with_headers(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
                message["headers"] = _with_our_headers(
                    message.get("headers", []), added, vary_origin=vary_origin
                )
            await send(message)

        try:
            limited = await self.body_limit.guard(scope, receive, send_with_headers)
            if limited is None:
                return
            if self.cors is not None and has_origin:
                await self.cors(scope, limited, send_with_headers)
            else:
                await self._checked(scope, limited, send_with_headers)
        finally:
            if logger.isEnabledFor(logging.INFO):
                elapsed_ms = (time.perf_counter() - started) * 1000
                path = scope["path"]
                logger.info("%s %s %s %.1fms", scope["method"], path, status_code, elapsed_ms)
            request_id_var.reset(token)

    async def _checked(self, scope: Scope, receive: Receive, send: Send) -> None:
        checked = await reject_nul(scope, receive, send)
        if checked is not None:
            await run_retrying_reads(self.app, scope, checked, send)


def _with_our_headers(
    headers: Any, added: list[tuple[bytes, bytes]], *, vary_origin: bool
) -> list[tuple[bytes, bytes]]:
    """The response's headers, then `Vary: Origin` (as CORS adds it to a response to a
    request without Origin), the request id, and each security header it did not set."""
    headers = list(headers)
    names = {name.lower() for name, _ in headers}
    if vary_origin:
        vary = [value for name, value in headers if name.lower() == b"vary"]
        if vary:
            headers = [(name, value) for name, value in headers if name.lower() != b"vary"]
        headers.append((b"vary", b", ".join([*vary, b"Origin"])))
    headers = [(name, value) for name, value in headers if name.lower() != b"x-request-id"]
    headers += added
    headers += [item for item in _SECURITY_HEADERS if item[0] not in names]
    return headers
