"""A stored recording or retried take served as a `<video>` plays it, from the file store.

A `<video src>` cannot send our bearer token, so both media endpoints take a signed link
instead; they share its query parameters, its check and their documented responses here.
"""

import uuid
from collections.abc import Callable
from typing import Annotated, Any, Protocol

from fastapi import Depends, Query, Request
from starlette.responses import Response

from app.adapters.storage.base import FileStore
from app.adapters.storage.factory import FileStoreDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.recordings.exceptions import InvalidMediaLink
from app.recordings.ranges import check_range

MEDIA_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"video/webm": {}, "video/mp4": {}}},
    206: {"description": "Part of the file, as asked by a Range header"},
    **error_responses(403, 404, 416),
}
"""What a signed media endpoint answers (declare it with `response_class=FileResponse`)."""


class LinkCheck(Protocol):
    def __call__(
        self, secret_key: str, item_id: uuid.UUID, /, *, expires: int, signature: str
    ) -> bool: ...


class SignedMediaRequest:
    """A request through a signed media link: check the link, then serve the file it names."""

    def __init__(
        self,
        settings: SettingsDep,
        store: FileStoreDep,
        request: Request,
        expires: Annotated[int, Query()],
        signature: Annotated[str, Query(max_length=128)],
    ) -> None:
        self._secret_key = settings.secret_key
        self._store = store
        self._range = request.headers.get("range")
        self._expires = expires
        self._signature = signature

    def ensure_signed(self, link_valid: LinkCheck, item_id: uuid.UUID) -> None:
        """Raise `InvalidMediaLink` unless the link was signed for `item_id` and has not expired."""
        if not link_valid(
            self._secret_key, item_id, expires=self._expires, signature=self._signature
        ):
            raise InvalidMediaLink()

    async def serve(
        self, key: str, *, mime_type: str, missing: Callable[[], Exception]
    ) -> Response:
        return await stored_media(
            self._store, key, mime_type=mime_type, range_header=self._range, missing=missing
        )


SignedMediaDep = Annotated[SignedMediaRequest, Depends()]


async def stored_media(
    store: FileStore,
    key: str,
    *,
    mime_type: str,
    range_header: str | None,
    missing: Callable[[], Exception],
) -> Response:
    """The file under `key`, HTTP Range included; `missing()` is raised when the store lacks it."""
    try:
        size = await store.size(key)
    except (FileNotFoundError, ValueError):
        raise missing() from None
    check_range(range_header, size)
    return store.media_response(
        key,
        media_type=mime_type.split(";")[0],
        headers={"Cache-Control": "private, max-age=300"},
    )
