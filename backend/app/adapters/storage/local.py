"""Files on local disk under `DATA_DIR/media`, written atomically."""

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import anyio

from app.adapters.storage.base import check_key


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
