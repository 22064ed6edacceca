"""Files on local disk under `DATA_DIR/media`, written atomically."""

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
from starlette.responses import FileResponse, Response

from app.adapters.storage.base import StoreKind, check_key
from app.adapters.storage.parts import RecordingParts

if TYPE_CHECKING:
    from app.adapters.storage.cloudinary import CloudinaryUploads


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def save(self, key: str, data: bytes) -> None:
        target = self.path(key)

        def write() -> None:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
            partial.write_bytes(data)
            os.replace(partial, target)

        await anyio.to_thread.run_sync(write)

    async def read(self, key: str) -> bytes:
        return await anyio.Path(self.path(key)).read_bytes()

    async def stream(self, key: str, *, chunk_size: int = 1 << 16) -> AsyncIterator[bytes]:
        async with await anyio.open_file(self.path(key), "rb") as handle:
            while chunk := await handle.read(chunk_size):
                yield chunk

    async def size(self, key: str) -> int:
        return (await anyio.Path(self.path(key)).stat()).st_size

    async def delete(self, key: str) -> None:
        await anyio.Path(self.path(key)).unlink(missing_ok=True)


class LocalRecordingStore:
    """Recordings on this server's disk: the parts' folder is where the finished file stays."""

    kind: StoreKind = "local"
    hosted: "CloudinaryUploads | None" = None

    def __init__(self, root: Path) -> None:
        self.root = root
        self.parts = RecordingParts(root)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put_file(self, key: str, source: Path) -> int:
        target = self._path(key)

        def move() -> int:
            if source != target:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
            return target.stat().st_size

        return await anyio.to_thread.run_sync(move)

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

    async def delete_recording(self, recording_id: uuid.UUID) -> None:
        # Parts, the finished file and anything analysis left: all in the recording's folder.
        await anyio.to_thread.run_sync(self.parts.remove_all, recording_id)

    async def aclose(self) -> None:
        return None
