"""A retried answer's take: one short file in the file store, played through signed links.

A retry is one answer of a few minutes, uploaded whole once the candidate submits it, so it
needs none of the interview recording's chunking; it is still streamed to disk, never held in
memory, and a `<video src>` cannot send our bearer token, hence the signed links.
"""

import hashlib
import hmac
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from app.adapters.storage.base import FileStore
from app.adapters.storage.incoming import UploadTooLarge
from app.recordings.files import extension_for
from app.recordings.service import looks_like_media
from app.results.exceptions import RetryMediaTooLarge, UnsupportedRetryMedia
from app.results.retry_schemas import RetryMedia

RETRY_MEDIA_MAX_BYTES = 200 * 1024 * 1024
"""Several minutes of camera video at the bit rates browsers record at."""


def media_key(
    interview_id: uuid.UUID, retry_id: uuid.UUID, mime_type: str, *, upload: uuid.UUID
) -> str:
    """Each upload its own name: of two that race, the loser's file is removed, not the winner's."""
    return f"retries/{interview_id}/{retry_id}-{upload.hex[:8]}.{extension_for(mime_type)}"


def _signature(secret_key: str, retry_id: uuid.UUID, expires: int) -> str:
    message = f"retry-media:{retry_id}:{expires}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def signed_media(secret_key: str, retry_id: uuid.UUID, mime_type: str, *, ttl_s: int) -> RetryMedia:
    expires = int(time.time()) + ttl_s
    signature = _signature(secret_key, retry_id, expires)
    return RetryMedia(
        url=f"/api/retries/{retry_id}/media?expires={expires}&signature={signature}",
        expires_at=datetime.fromtimestamp(expires, UTC),
        mime_type=mime_type,
    )


def media_link_valid(secret_key: str, retry_id: uuid.UUID, *, expires: int, signature: str) -> bool:
    if expires < time.time():
        return False
    expected = _signature(secret_key, retry_id, expires).encode()
    return hmac.compare_digest(expected, signature.encode())


async def store_media(
    store: FileStore, key: str, body: AsyncIterator[bytes], *, mime_type: str
) -> int:
    """Stream the take into the store; returns its size. Nothing is left behind on a refusal."""
    try:
        async with store.receive(key, body, max_bytes=RETRY_MEDIA_MAX_BYTES) as upload:
            if not looks_like_media(upload.head, mime_type):
                raise UnsupportedRetryMedia(f"The upload is not a {mime_type.split(';')[0]} file.")
            return await store.put_file(key, upload.path)
    except UploadTooLarge:
        raise RetryMediaTooLarge(RETRY_MEDIA_MAX_BYTES) from None
