"""Where uploaded files live. Keys are relative paths such as `resumes/<user>/<id>.pdf`."""

import re
from collections.abc import AsyncIterator
from typing import Protocol

_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


class StorageError(Exception):
    """The storage backend could not complete the operation."""


def check_key(key: str) -> str:
    """Refuse keys that could escape the storage root or confuse a backend."""
    if not _SAFE_KEY.match(key) or ".." in key.split("/"):
        raise ValueError(f"unsafe storage key: {key!r}")
    return key


class Storage(Protocol):
    async def save(self, key: str, data: bytes) -> None:
        """Store `data` under `key`, replacing what was there."""
        ...

    async def read(self, key: str) -> bytes:
        """The whole object; raises FileNotFoundError when absent."""
        ...

    def stream(self, key: str, *, chunk_size: int = 1 << 16) -> AsyncIterator[bytes]:
        """The object in chunks, for responses of any size."""
        ...

    async def size(self, key: str) -> int:
        """Bytes stored under `key`; raises FileNotFoundError when absent."""
        ...

    async def delete(self, key: str) -> None:
        """Remove the object; a missing one is not an error."""
        ...
