"""Where stored files live: resumes, recordings and retried answers' takes, under one port.

Keys are relative paths such as `resumes/<user>/<id>.pdf`; callers never build a path from one.
"""

import re
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from starlette.responses import Response

    from app.adapters.storage.cloudinary import CloudinaryUploads
    from app.adapters.storage.incoming import IncomingFile
    from app.adapters.storage.parts import RecordingParts

_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


class StorageError(Exception):
    """The storage backend could not complete the operation."""


def check_key(key: str) -> str:
    """Refuse keys that could escape the storage root or confuse a backend."""
    if not _SAFE_KEY.match(key) or ".." in key.split("/"):
        raise ValueError(f"unsafe storage key: {key!r}")
    return key


StoreKind = Literal["local", "cloudinary"]


def recording_folder_key(recording_id: uuid.UUID) -> str:
    """Every store lays a recording's files out under this key prefix."""
    return f"recordings/{recording_id}"


def recording_key(recording_id: uuid.UUID, name: str) -> str:
    return f"{recording_folder_key(recording_id)}/{name}"


class FileStore(Protocol):
    """Every file the app keeps, and how it is written, read, played and removed.

    Uploads are staged on this server's disk whatever the store (`receive`, and a recording's
    `parts`): the server checks them, and assembles and remuxes recordings with PyAV, which
    needs local files. A tool that needs a path asks for `local_copy`.
    """

    kind: StoreKind
    """Written on each new recording: where its playback copy is meant to live."""
    parts: "RecordingParts"
    hosted: "CloudinaryUploads | None"
    """A service the browser uploads the finished recording to itself (Cloudinary), if any."""

    async def save(self, key: str, data: bytes) -> None:
        """Store `data` under `key`, replacing what was there."""
        ...

    def receive(
        self, key: str, body: AsyncIterator[bytes], *, max_bytes: int
    ) -> AbstractAsyncContextManager["IncomingFile"]:
        """Stream an upload meant for `key` to a staging file, to check before `put_file`."""
        ...

    async def put_file(self, key: str, source: Path) -> int:
        """Move the finished file at `source` in under `key`; its size in bytes."""
        ...

    def stream(self, key: str, *, chunk_size: int = 1 << 16) -> AsyncIterator[bytes]:
        """The object in chunks, for responses of any size; FileNotFoundError when absent."""
        ...

    async def size(self, key: str) -> int:
        """Bytes stored under `key`; raises FileNotFoundError when absent."""
        ...

    def local_copy(self, key: str) -> AbstractAsyncContextManager[Path]:
        """A local file holding the object, for tools that need a path; gone after if a copy."""
        ...

    def media_response(self, key: str, *, media_type: str, headers: dict[str, str]) -> "Response":
        """The response that plays the object (HTTP Range included) to a `<video>`."""
        ...

    async def delete(self, key: str) -> None:
        """Remove the object; a missing one is not an error."""
        ...

    async def delete_recording(self, recording_id: uuid.UUID) -> None:
        """Remove every file held for the recording: its parts and its finished file."""
        ...

    async def aclose(self) -> None: ...
