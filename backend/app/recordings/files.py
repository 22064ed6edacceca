"""A recording's bytes on local disk: chunks as they arrive, then one assembled file.

Chunks always land here, whatever the playback storage: the server must hold every part to
check, assemble and analyse the recording. Everything is streamed; memory stays flat.
"""

import enum
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio

EXTENSIONS = {"video/webm": "webm", "audio/webm": "webm", "video/mp4": "mp4", "audio/mp4": "m4a"}
_COPY_BUFFER = 1 << 20
_HEAD_BYTES = 16


def extension_for(mime_type: str) -> str:
    return EXTENSIONS.get(mime_type.split(";")[0].strip().lower(), "webm")


class ChunkOverflow(Exception):
    """The body grew past the allowed size while it was being written."""


class Placement(enum.Enum):
    """What became of an uploaded part when it was put in place."""

    placed = "placed"  # its bytes are now the part
    same = "same"  # the part was already there, with the same bytes
    different = "different"  # the part was already there, with other bytes: it stays


@dataclass(frozen=True)
class IncomingChunk:
    """An uploaded part, held in a temporary file until it is placed."""

    path: Path
    target: Path
    size: int
    head: bytes

    async def place(self) -> Placement:
        return await anyio.to_thread.run_sync(_place, self.path, self.target)


def _place(partial: Path, target: Path) -> Placement:
    """Link the upload in as the part unless the part exists: a stored part never changes.

    A link, unlike a rename, fails when the target exists, so a slow upload that finishes
    after its retry was acknowledged cannot replace what the server already answered for.
    """
    try:
        os.link(partial, target)
    except FileExistsError:
        return Placement.same if _same_bytes(partial, target) else Placement.different
    return Placement.placed


def _same_bytes(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as a, second.open("rb") as b:
        while True:
            block = a.read(_COPY_BUFFER)
            if block != b.read(_COPY_BUFFER):
                return False
            if not block:
                return True


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

    @asynccontextmanager
    async def incoming_chunk(
        self, recording_id: uuid.UUID, seq: int, body: AsyncIterator[bytes], *, max_bytes: int
    ) -> AsyncIterator["IncomingChunk"]:
        """Stream `body` to a temporary file beside the part; the file is gone on leaving."""
        target = self.chunk_path(recording_id, seq)
        await anyio.Path(target.parent).mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
        size, head = 0, b""
        try:
            async with await anyio.open_file(partial, "wb") as out:
                async for piece in body:
                    size += len(piece)
                    if size > max_bytes:
                        raise ChunkOverflow
                    head += piece[: _HEAD_BYTES - len(head)]
                    await out.write(piece)
            yield IncomingChunk(path=partial, target=target, size=size, head=head)
        finally:
            await anyio.Path(partial).unlink(missing_ok=True)

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
