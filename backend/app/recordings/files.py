"""A recording's bytes on local disk: chunks as they arrive, then one assembled file.

Chunks always land here, whatever the playback storage: the server must hold every part to
check, assemble and analyse the recording. Everything is streamed; memory stays flat.
"""

import os
import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import anyio

EXTENSIONS = {"video/webm": "webm", "audio/webm": "webm", "video/mp4": "mp4", "audio/mp4": "m4a"}
_COPY_BUFFER = 1 << 20


def extension_for(mime_type: str) -> str:
    return EXTENSIONS.get(mime_type.split(";")[0].strip().lower(), "webm")


class ChunkOverflow(Exception):
    """The body grew past the allowed size while it was being written."""


class RecordingFiles:
    def __init__(self, media_root: Path) -> None:
        self.media_root = media_root

    def folder(self, recording_id: uuid.UUID) -> Path:
        return self.media_root / "recordings" / str(recording_id)

    def chunk_path(self, recording_id: uuid.UUID, seq: int) -> Path:
        return self.folder(recording_id) / "chunks" / f"{seq:07d}.part"

    def key_for(self, recording_id: uuid.UUID, name: str) -> str:
        """The storage key (relative to the media root) of a file in the recording's folder."""
        return f"recordings/{recording_id}/{name}"

    def path_for_key(self, key: str) -> Path:
        return self.media_root / key

    async def write_chunk(
        self, recording_id: uuid.UUID, seq: int, body: AsyncIterator[bytes], *, max_bytes: int
    ) -> int:
        """Stream `body` to the chunk's file (atomically); return its size."""
        target = self.chunk_path(recording_id, seq)
        await anyio.Path(target.parent).mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
        size = 0
        try:
            async with await anyio.open_file(partial, "wb") as out:
                async for piece in body:
                    size += len(piece)
                    if size > max_bytes:
                        raise ChunkOverflow
                    await out.write(piece)
            os.replace(partial, target)
        finally:
            await anyio.Path(partial).unlink(missing_ok=True)
        return size

    async def first_bytes(self, recording_id: uuid.UUID, seq: int, count: int = 16) -> bytes:
        async with await anyio.open_file(self.chunk_path(recording_id, seq), "rb") as handle:
            return await handle.read(count)

    async def delete_chunk(self, recording_id: uuid.UUID, seq: int) -> None:
        await anyio.Path(self.chunk_path(recording_id, seq)).unlink(missing_ok=True)

    def assemble(self, recording_id: uuid.UUID, total_chunks: int, destination: Path) -> int:
        """Concatenate chunks 0..total-1 into `destination` (sync: run it in a thread)."""
        size = 0
        partial = destination.with_name(f".{destination.name}.part")
        with partial.open("wb") as out:
            for seq in range(total_chunks):
                with self.chunk_path(recording_id, seq).open("rb") as chunk:
                    shutil.copyfileobj(chunk, out, _COPY_BUFFER)
                    size += chunk.tell()
        os.replace(partial, destination)
        return size

    def remove_chunks(self, recording_id: uuid.UUID) -> None:
        shutil.rmtree(self.folder(recording_id) / "chunks", ignore_errors=True)

    def remove_all(self, recording_id: uuid.UUID) -> None:
        shutil.rmtree(self.folder(recording_id), ignore_errors=True)
