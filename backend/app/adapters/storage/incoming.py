"""An upload streamed to a staging file on this server: its size bounded, memory flat."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio

_HEAD_BYTES = 16


class UploadTooLarge(Exception):
    """The body grew past the allowed size while it was being written."""


@dataclass(frozen=True)
class IncomingFile:
    path: Path
    size: int
    head: bytes
    """The first bytes, enough to tell a WebM or MP4 container from anything else."""


@asynccontextmanager
async def incoming_file(
    target: Path, body: AsyncIterator[bytes], *, max_bytes: int
) -> AsyncIterator[IncomingFile]:
    """Stream `body` to a hidden file beside `target` (so it can be renamed into place); the
    file is gone on leaving, whatever became of it."""
    await anyio.Path(target.parent).mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    size, head = 0, b""
    try:
        async with await anyio.open_file(partial, "wb") as out:
            async for piece in body:
                size += len(piece)
                if size > max_bytes:
                    raise UploadTooLarge
                head += piece[: _HEAD_BYTES - len(head)]
                await out.write(piece)
        yield IncomingFile(path=partial, size=size, head=head)
    finally:
        await anyio.Path(partial).unlink(missing_ok=True)
