"""Refuse NUL characters in paths, query strings and JSON or form bodies, for every route.

Postgres cannot store U+0000 in text or JSONB (SQLite can), so one stray `\\u0000` in any field
used to become a 500 on Postgres only. Checking the request itself covers every route, query
parameter and nested field at once, on both databases alike; bodies are checked only where a
NUL can be spelled (`\\u0000` in JSON, `%00` in a form), so ordinary requests pay one scan.
"""

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from app.core.errors import error_body

NUL = "\x00"
_MESSAGE = "must not contain NUL characters (\\u0000)"


def _json_path(value: Any, path: tuple[str | int, ...] = ()) -> tuple[str | int, ...] | None:
    """Where in a decoded JSON document the first NUL is, keys included."""
    if isinstance(value, str):
        return path if NUL in value else None
    items: Iterable[tuple[Any, Any]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        if isinstance(key, str) and NUL in key:
            return (*path, key.replace(NUL, "\\u0000"))
        if (found := _json_path(item, (*path, key))) is not None:
            return found
    return None


def _form_field(encoded: str) -> str | None:
    for key, value in parse_qsl(encoded, keep_blank_values=True):
        if NUL in key or NUL in value:
            return key.replace(NUL, "\\u0000")
    return None


def _body_field(content_type: str, body: bytes) -> str | None:
    if content_type == "application/x-www-form-urlencoded":
        if b"%00" not in body and b"\x00" not in body:
            return None
        return _form_field(body.decode("latin-1"))
    if b"\\u0000" not in body:
        return None
    try:
        path = _json_path(json.loads(body))
    except (ValueError, RecursionError):
        return None  # not JSON (or nested past reason): the route answers invalid_json itself
    return None if path is None else ".".join(str(part) for part in path)


def _query_field(query_string: bytes) -> str | None:
    if b"%00" not in query_string and b"\x00" not in query_string:
        return None
    field = _form_field(query_string.decode("latin-1"))
    return None if field is None else f"query.{field}"


def _scanned_content_type(scope: Scope) -> str | None:
    """The bodies FastAPI decodes into fields: JSON and urlencoded forms (multipart parts are
    files here, and other types reach no text field)."""
    raw = next((v for k, v in reversed(scope["headers"]) if k == b"content-type"), b"")
    raw = raw.decode("latin-1")
    content_type = raw.split(";")[0].strip().lower()
    if content_type in ("application/json", "application/x-www-form-urlencoded"):
        return content_type
    return content_type if content_type.endswith("+json") else None


async def reject_nul(scope: Scope, receive: Receive, send: Send) -> Receive | None:
    """`receive` (replaying the body read to check it), or None when the request carried a
    NUL and was answered with a 422 naming the field. Call it inside the body size limit,
    since it reads JSON and form bodies in full before the app does."""
    # The server has already percent-decoded the path, not the query string.
    field = "path" if NUL in scope["path"] else _query_field(scope["query_string"])
    if field is not None:
        await _rejection(field)(scope, receive, send)
        return None
    content_type = _scanned_content_type(scope)
    if content_type is None:
        return receive
    messages, failure = await _read_body(receive)
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
    if failure is None and (field := _body_field(content_type, body)) is not None:
        await _rejection(field)(scope, receive, send)
        return None
    return _replay(messages, failure, receive)


async def _read_body(receive: Receive) -> tuple[list[Message], Exception | None]:
    """The body's messages; an error raised while reading (over the size limit) is kept, to
    be raised again where the app reads the body, so its handlers still answer it."""
    messages: list[Message] = []
    try:
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                return messages, None
    except Exception as exc:
        return messages, exc


def _replay(messages: list[Message], failure: Exception | None, receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> Message:
        if pending:
            return pending.pop(0)
        if failure is not None:
            raise failure
        return await receive()

    return replay


def _rejection(field: str) -> JSONResponse:
    details = [{"field": field, "message": f"Value {_MESSAGE}", "type": "string_nul"}]
    body = error_body("validation_error", f"{field}: Value {_MESSAGE}", details)
    return JSONResponse(body, status_code=422)
