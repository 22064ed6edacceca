"""Files on this server's disk under `DATA_DIR/media`, written atomically."""

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
from starlette.responses import FileResponse, Response

from app.adapters.storage.base import StoreKind, check_key
from app.adapters.storage.incoming import IncomingFile, incoming_file
from app.adapters.storage.parts import RecordingParts

if TYPE_CHECKING:
    from app.adapters.storage.cloudinary import CloudinaryUploads


class LocalFileStore:
    """Every file on this server's disk: a recording's parts' folder is where it stays."""

    kind: StoreKind = "local"
    hosted: "CloudinaryUploads | None" = None

    def __init__(self, root: Path) -> None:
        self.root = root
        self.parts = RecordingParts(root)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def save(self, key: str, data: bytes) -> None:
        target = self._path(key)

        def write() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
            partial.write_bytes(data)
            os.replace(partial, target)

        await anyio.to_thread.run_sync(write)

    def receive(
        self, key: str, body: AsyncIterator[bytes], *, max_bytes: int
    ) -> AbstractAsyncContextManager[IncomingFile]:
        # Beside its target: `put_file` then renames it in place, with no copy.
        return incoming_file(self._path(key), body, max_bytes=max_bytes)

    async def put_file(self, key: str, source: Path) -> int:
        target = self._path(key)

        def move() -> int:
            if source != target:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
            return target.stat().st_size

        return await anyio.to_thread.run_sync(move)

    async def stream(self, key: str, *, chunk_size: int = 1 << 16) -> AsyncIterator[bytes]:
        async with await anyio.open_file(self._path(key), "rb") as handle:
            while chunk := await handle.read(chunk_size):
                yield chunk

    async def size(self, key: str) -> int:
        path = anyio.Path(self._path(key))
        if not await path.is_file():
            raise FileNotFoundError(key)
        return (await path.stat()).st_size

    @asynccontextmanager
    async def local_copy(self, key: str) -> AsyncIterator[Path]:
        # The file itself: no copy to make or remove.
        yield self._path(key)

    def media_response(self, key: str, *, media_type: str, headers: dict[str, str]) -> Response:
        return FileResponse(self._path(key), media_type=media_type, headers=headers)

    async def delete(self, key: str) -> None:
        await anyio.Path(self._path(key)).unlink(missing_ok=True)

    async def delete_recording(self, recording_id: uuid.UUID) -> None:
        # Parts, the finished file and anything analysis left: all in the recording's folder.
        await anyio.to_thread.run_sync(self.parts.remove_all, recording_id)

    async def aclose(self) -> None:
        return None
