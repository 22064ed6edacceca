"""Writing a data export to a zip file off the event loop, its files within a size budget."""

import json
import logging
import time
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import anyio

from app.accounts.export_data import ExportData, ExportFile
from app.adapters.storage.base import FileStore

logger = logging.getLogger(__name__)

_CHUNK_BYTES = 1 << 20
_STALE_AFTER_S = 3600
README = (
    "Your Rehearse data. profile.json: your account. resumes.json: each resume as parsed, "
    "with its text. job_descriptions.json: the descriptions you pasted. interviews/: one file "
    "per interview with its questions, your answers, their evaluations and the results. "
    "recordings.json: recordings with transcripts and delivery analytics. retries.json: new "
    "attempts at questions of finished interviews. files/: your resume files, recordings and "
    "retried takes. files_left_out below lists any file not in this zip, and why."
)


def _entry(path: str, *, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=time.gmtime()[:6])
    # Media and documents are compressed already: storing them costs no CPU.
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    return info


def _write_json(archive: zipfile.ZipFile, path: str, value: Any) -> None:
    text = json.dumps(value, indent=2, ensure_ascii=False)
    archive.writestr(_entry(path, compress=True), text.encode())


async def _add_file(archive: zipfile.ZipFile, store: FileStore, file: ExportFile) -> None:
    handle: IO[bytes] = await anyio.to_thread.run_sync(
        lambda: archive.open(_entry(file.path, compress=False), "w", force_zip64=True)
    )
    try:
        async for chunk in store.stream(file.key, chunk_size=_CHUNK_BYTES):
            await anyio.to_thread.run_sync(handle.write, chunk)
    finally:
        await anyio.to_thread.run_sync(handle.close)


async def _add_files(
    archive: zipfile.ZipFile, store: FileStore, data: ExportData, *, max_bytes: int
) -> None:
    budget = max_bytes
    for file in data.files:
        try:
            size = await store.size(file.key)
        except (FileNotFoundError, ValueError):
            data.left_out.append({"path": file.path, "reason": "missing on the server"})
            continue
        if size > budget:
            data.left_out.append({"path": file.path, "reason": "over the size limit of one export"})
            continue
        budget -= size
        await _add_file(archive, store, file)


def _manifest(data: ExportData, email: str) -> dict[str, Any]:
    return {
        "format": "rehearse-export",
        "version": 1,
        "exported_at": datetime.now(UTC).isoformat(),
        "account": email,
        "readme": README,
        "files_left_out": data.left_out,
    }


def _remove_stale(folder: Path) -> None:
    """Exports a crashed process never sent. Another request's export may be sent and deleted
    between listing the folder and reading a file's age: that file is simply gone."""
    for path in folder.glob("*.zip"):
        try:
            stale = time.time() - path.stat().st_mtime > _STALE_AFTER_S
        except FileNotFoundError:
            continue
        if stale:
            path.unlink(missing_ok=True)


async def write_export(
    data: ExportData, *, email: str, store: FileStore, folder: Path, max_bytes: int
) -> Path:
    """The zip file of `data` in `folder`; the caller deletes it once sent."""
    await anyio.to_thread.run_sync(lambda: folder.mkdir(parents=True, exist_ok=True))
    await anyio.to_thread.run_sync(_remove_stale, folder)
    target = folder / f"{uuid.uuid4().hex}.zip"
    try:
        archive = await anyio.to_thread.run_sync(
            lambda: zipfile.ZipFile(target, "w", allowZip64=True)
        )
        try:
            for path, value in data.documents.items():
                await anyio.to_thread.run_sync(_write_json, archive, path, value)
            await _add_files(archive, store, data, max_bytes=max_bytes)
            await anyio.to_thread.run_sync(
                _write_json, archive, "manifest.json", _manifest(data, email)
            )
        finally:
            await anyio.to_thread.run_sync(archive.close)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
