"""A recording's parts on this server's disk as they arrive, then assembled into one file.

Parts always land here, whatever the store: the server must hold every part to check, assemble
and remux the recording. Everything is streamed; memory stays flat.
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

from app.adapters.storage.base import recording_folder_key
from app.adapters.storage.incoming import incoming_file

_COPY_BUFFER = 1 << 20


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


class RecordingParts:
    """The server's working folder per recording: parts as they arrive, then their assembly."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, recording_id: uuid.UUID) -> Path:
        return self.root / recording_folder_key(recording_id)

    def chunk_path(self, recording_id: uuid.UUID, seq: int) -> Path:
        return self.folder(recording_id) / "chunks" / f"{seq:07d}.part"

    @asynccontextmanager
    async def incoming_chunk(
        self, recording_id: uuid.UUID, seq: int, body: AsyncIterator[bytes], *, max_bytes: int
    ) -> AsyncIterator["IncomingChunk"]:
        """Stream `body` to a temporary file beside the part; the file is gone on leaving."""
        target = self.chunk_path(recording_id, seq)
        async with incoming_file(target, body, max_bytes=max_bytes) as upload:
            yield IncomingChunk(path=upload.path, target=target, size=upload.size, head=upload.head)

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
