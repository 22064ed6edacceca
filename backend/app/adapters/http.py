"""One way to call an outside HTTP API: retries with backoff, and one typed error for the rest.

Every avatar, transcription and storage adapter sends its requests through `send_with_retries`,
so a 429 or a 5xx is retried after the server's Retry-After (or an exponential backoff), and
anything that cannot be fixed by waiting leaves at once as an `ExternalServiceError` whose
`kind` tells the caller what went wrong. The LLM adapters keep their own copy of these rules.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Container
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal

import httpx

logger = logging.getLogger("app.adapters")

Sleep = Callable[[float], Awaitable[None]]
ErrorKind = Literal["config", "timeout", "network", "http", "invalid_response"]
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
DEFAULT_MAX_WAIT_S = 30.0


class ExternalServiceError(Exception):
    """An outside service gave no usable answer; `kind` says why, `status_code` when it replied."""

    def __init__(self, kind: ErrorKind, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status_code = status_code


@dataclass
class _Transient:
    kind: ErrorKind
    reason: str
    status_code: int | None = None
    retry_after: float | None = None
    #: False when the server may already have acted on the request (read timeout, 5xx).
    safe_to_repeat: bool = True


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


async def send_with_retries(
    client: httpx.AsyncClient,
    build: Callable[[], httpx.Request],
    *,
    label: str,
    max_retries: int,
    backoff_base_s: float = 1.0,
    max_wait_s: float = DEFAULT_MAX_WAIT_S,
    sleep: Sleep = asyncio.sleep,
    error: type[ExternalServiceError] = ExternalServiceError,
    idempotent: bool = True,
    ok_statuses: Container[int] = (),
    auth_hint: str | None = None,
) -> httpx.Response:
    """Send the request `build()` makes (a fresh one per attempt) and return a 2xx response.

    Retried: 429, 5xx, timeouts and dropped connections, after Retry-After or `backoff_base_s`
    doubled per attempt. With `idempotent=False` (a POST that creates something billable) only
    the failures where the server surely did nothing are retried: 429 and refused connections.
    A wait longer than `max_wait_s` ends the attempts at once. Statuses in `ok_statuses` are
    returned as answers; every other failure raises `error` (a subclass of
    `ExternalServiceError`), with `auth_hint` added to 401/403 messages.
    """
    for attempt in range(max_retries + 1):
        outcome = await _attempt(client, build(), label=label, error=error, ok=ok_statuses)
        if isinstance(outcome, httpx.Response):
            if outcome.is_success or outcome.status_code in ok_statuses:
                return outcome
            raise error("http", _http_reason(outcome, label, auth_hint), outcome.status_code)
        final = attempt == max_retries or not (idempotent or outcome.safe_to_repeat)
        delay = outcome.retry_after
        if delay is None:
            delay = backoff_base_s * 2**attempt
        if final or delay > max_wait_s:
            too_long = "" if final else f", Retry-After {delay:.0f}s is too long"
            raise error(outcome.kind, f"{label}: {outcome.reason}{too_long}", outcome.status_code)
        logger.warning(
            "%s: %s; retry %d/%d in %.2fs", label, outcome.reason, attempt + 1, max_retries, delay
        )
        await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


async def _attempt(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    label: str,
    error: type[ExternalServiceError],
    ok: Container[int],
) -> httpx.Response | _Transient:
    """The response when it is final (success or a permanent error), else what to retry."""
    try:
        response = await client.send(request)
    except httpx.UnsupportedProtocol as exc:
        raise error("config", f"{label}: not an http(s) URL: {request.url}") from exc
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        return _Transient(_kind(exc), _transport_reason(exc, client))
    except httpx.TimeoutException as exc:
        return _Transient("timeout", _transport_reason(exc, client), safe_to_repeat=False)
    except httpx.TransportError as exc:
        return _Transient("network", _transport_reason(exc, client), safe_to_repeat=False)
    status = response.status_code
    if status in RETRYABLE_STATUS and status not in ok:
        return _Transient(
            "http",
            _http_reason(response, None, None),
            status_code=status,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
            safe_to_repeat=status == 429,
        )
    return response


def _kind(exc: httpx.TransportError) -> ErrorKind:
    return "timeout" if isinstance(exc, httpx.TimeoutException) else "network"


def _transport_reason(exc: httpx.TransportError, client: httpx.AsyncClient) -> str:
    if isinstance(exc, httpx.TimeoutException):
        limits = [t for t in (client.timeout.connect, client.timeout.read) if t is not None]
        return f"timed out after {max(limits):g}s" if limits else "timed out"
    return f"network error: {type(exc).__name__}"


def _http_reason(response: httpx.Response, label: str | None, auth_hint: str | None) -> str:
    """`Tavus create_conversation: HTTP 401: Invalid access token (check AVATAR__API_KEY)`."""
    reason = f"HTTP {response.status_code}"
    message = error_message(response)
    if message:
        reason = f"{reason}: {message}"
    if auth_hint and response.status_code in (401, 403):
        reason = f"{reason} ({auth_hint})"
    return f"{label}: {reason}" if label else reason


def error_message(response: httpx.Response, limit: int = 200) -> str:
    """The vendor's own words from an error body, in the shapes our vendors use.

    OpenAI and Cloudinary: `{"error": {"message"}}`; Tavus: `{"error": "..."}` or `{"message"}`;
    D-ID: `{"kind", "description"}`. Anything else: the start of the body text.
    """
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    message: Any = None
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            message = inner.get("message") or inner.get("description")
        else:
            message = inner or body.get("message") or body.get("description") or body.get("kind")
    if message is None and body is None:
        message = response.text
    return clip(str(message), limit) if message else ""


def json_object(response: httpx.Response, *, label: str, error: type[ExternalServiceError]) -> dict:
    """The response body as a JSON object, or `error` of kind invalid_response."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        # Usually a base URL that points at a proxy or a web page rather than the API.
        raise error("invalid_response", f"{label}: the reply is not a JSON object")
    return body


def clip(text: str, limit: int) -> str:
    """One line of at most `limit` characters, for logs and error messages."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
