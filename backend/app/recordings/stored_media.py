"""A stored recording or retried take served as a `<video>` plays it, from the file store."""

from collections.abc import Callable

from starlette.responses import Response

from app.adapters.storage.base import FileStore
from app.recordings.ranges import check_range


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
