"""One error family, rendered in one JSON shape: {"error": {"code", "message", "details"}}."""

import logging
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.db import READ_ATTEMPT, ReadAttempt, is_database_busy

logger = logging.getLogger(__name__)


class AppError(Exception):
    status_code = 400
    code = "bad_request"
    message = "The request could not be processed."

    def __init__(
        self,
        message: str | None = None,
        *,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.message
        self.details = details
        self.headers = headers
        super().__init__(self.message)


class NotAuthenticated(AppError):
    status_code = 401
    code = "not_authenticated"
    message = "Authentication required."


class PermissionDenied(AppError):
    status_code = 403
    code = "permission_denied"
    message = "You do not have permission to do this."


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message = "Not found."


class MethodNotAllowed(AppError):
    status_code = 405
    code = "method_not_allowed"
    message = "This method is not allowed here."

    def __init__(self, allowed: Iterable[str]) -> None:
        allow = ", ".join(sorted(allowed))
        super().__init__(f"Use one of: {allow}.", headers={"Allow": allow})


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message = "This conflicts with the current state."


class InvalidInput(AppError):
    status_code = 422
    code = "validation_error"
    message = "The request is not valid."


class DatabaseBusy(AppError):
    status_code = 503
    code = "database_busy"
    message = "The database is busy right now. Try again in a moment."
    retry_after_s = 2


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorResponse(BaseModel):
    """The shape of every error response."""

    error: ErrorBody


def error_responses(*status_codes: int) -> dict[int | str, dict[str, Any]]:
    """Declare error responses on a route so the OpenAPI client knows their shape."""
    return {code: {"model": ErrorResponse} for code in status_codes}


_ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}
_PARSED_BODIES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


def _request_errors(operation: dict[str, Any]) -> list[int]:
    """What an operation answers before its code runs: 422 for invalid parameters or body (and
    for a NUL anywhere in the request), 400 for a body that does not parse, 413 for one over
    the size limit; and 503 `database_busy` when the database stays locked past its timeout."""
    body = operation.get("requestBody", {}).get("content", {})
    codes = [422, 503]
    if body:
        codes.append(413)
    if any(media in _PARSED_BODIES for media in body):
        codes.append(400)
    return codes


def _declare(operation: dict[str, Any], code: int) -> None:
    responses = operation.setdefault("responses", {})
    current = responses.get(str(code), {})
    if _ERROR_REF not in current.get("content", {}).get("application/json", {}).values():
        responses[str(code)] = {
            "description": current.get("description") or HTTPStatus(code).phrase,
            "content": {"application/json": {"schema": _ERROR_REF}},
        }


def document_request_errors(app: FastAPI) -> None:
    """Declare the request errors of every operation in our error shape, in place of FastAPI's
    422 `HTTPValidationError`, which our handler never sends."""
    build_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = build_openapi()
        for path_item in spec.get("paths", {}).values():
            for operation in path_item.values():
                for code in _request_errors(operation):
                    _declare(operation, code)
        schemas = spec.get("components", {}).get("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        return spec

    # FastAPI's documented way to extend the schema; its stubs declare `openapi` a method.
    app.openapi = openapi  # type: ignore[method-assign]


_HTTP_CODES = {
    400: "invalid_body",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": jsonable_encoder(details)}}


def _render(
    status: int,
    code: str,
    message: str,
    details: Any = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def _is_json(request: Request) -> bool:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


def _invalid_json(errors: list[dict[str, Any]]) -> JSONResponse | None:
    """A body that is not JSON at all is a 400, not a field-by-field 422."""
    broken = next((err for err in errors if err["type"] == "json_invalid"), None)
    if broken is None:
        return None
    reason = (broken.get("ctx") or {}).get("error") or broken["msg"]
    return _render(400, "invalid_json", f"The request body is not valid JSON: {reason}.")


def _describe_validation(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    details = [
        {
            "field": ".".join(str(part) for part in err["loc"] if part != "body"),
            "message": err["msg"],
            "type": err["type"],
        }
        for err in errors
    ]
    first = details[0] if details else {"field": "", "message": "Invalid request"}
    label = f"{first['field']}: " if first["field"] else ""
    return f"{label}{first['message']}", details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_request: Request, exc: AppError) -> JSONResponse:
        return _render(exc.status_code, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if (response := _invalid_json(errors)) is not None:
            return response
        message, details = _describe_validation(errors)
        return _render(422, "validation_error", message, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and _is_json(request):
            # FastAPI's own answer to a JSON body it cannot decode (e.g. not UTF-8).
            return _render(400, "invalid_json", "The request body is not valid JSON.")
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return _render(exc.status_code, code, str(exc.detail), None, exc.headers)

    @app.exception_handler(OperationalError)
    async def _database_error(request: Request, exc: OperationalError) -> JSONResponse:
        # A lock held past the busy timeout: the client should come back, not see a bug.
        if not is_database_busy(exc):
            return await _unexpected(request, exc)
        attempt: ReadAttempt | None = request.scope.get(READ_ATTEMPT)
        if attempt is not None and attempt.upgrade_failed:
            logger.info("A read could not start writing, running it again: %s", exc.orig)
        else:
            logger.warning("Database busy, answered 503: %s", exc.orig)
        busy = DatabaseBusy(headers={"Retry-After": str(DatabaseBusy.retry_after_s)})
        return _render(busy.status_code, busy.code, busy.message, None, busy.headers)

    @app.exception_handler(PoolTimeout)
    async def _no_free_connection(_request: Request, exc: PoolTimeout) -> JSONResponse:
        # Every pooled connection stayed in use past DATABASE_POOL_TIMEOUT_S: a moment of
        # overload the client should come back from, not a bug.
        logger.warning("No free database connection, answered 503: %s", exc)
        busy = DatabaseBusy(headers={"Retry-After": str(DatabaseBusy.retry_after_s)})
        return _render(busy.status_code, busy.code, busy.message, None, busy.headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        logger.exception("Unhandled error", exc_info=exc)
        # Starlette re-raises after this response and uvicorn then drops the connection:
        # say so, or a keep-alive client sends its next request into a closed socket.
        return _render(
            500,
            "internal_error",
            "Something went wrong on our side.",
            headers={"Connection": "close"},
        )
