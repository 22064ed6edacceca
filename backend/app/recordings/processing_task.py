"""After finalize: assemble the parts into one seekable file, transcribe it on the server when
configured, then compute the delivery analytics. Each step is idempotent and recovered at start-up.
"""

import logging
import uuid

import anyio
from sqlalchemy import or_, select

from app.adapters.storage.base import recording_key
from app.media.errors import MediaError
from app.media.remux import remux_seekable
from app.recordings.analysis import run_analysis, update_recording
from app.recordings.files import extension_for
from app.recordings.models import Recording
from app.recordings.server_transcript import transcribe_on_server
from app.recordings.service import load_recording
from app.recordings.states import ANALYSING, AnalysisStatus, RecordingStatus
from app.tasks.runner import TaskContext, TaskRunner

logger = logging.getLogger(__name__)

JOB_NAME = "recordings.process"


def processing_task_key(recording_id: uuid.UUID | str) -> str:
    return f"recording:{recording_id}"


async def enqueue_processing(runner: TaskRunner, recording_id: uuid.UUID) -> None:
    await runner.enqueue(
        JOB_NAME, task_key=processing_task_key(recording_id), recording_id=str(recording_id)
    )


async def _assemble(context: TaskContext, recording_id: uuid.UUID) -> None:
    """Chunks → one file → remuxed with a duration and seek index; ready, or failed."""

    store, parts = context.files, context.files.parts
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        total, extension = recording.total_chunks or 0, extension_for(recording.mime_type)
    folder = parts.folder(recording_id)
    raw, final = folder / f"assembled.{extension}", folder / f"recording.{extension}"
    values: dict = {}
    try:
        await anyio.to_thread.run_sync(parts.assemble, recording_id, total, raw)
        info = await anyio.to_thread.run_sync(remux_seekable, raw, final)
        key = recording_key(recording_id, final.name)
        values = {
            "status": RecordingStatus.READY,
            "file_key": key,
            "file_bytes": await store.put_file(key, final),
            "duration_s": round(info.duration_s, 2),
            "has_video": info.has_video,
        }
        await anyio.to_thread.run_sync(parts.remove_chunks, recording_id)
    except (MediaError, FileNotFoundError) as exc:
        logger.warning("Recording %s could not be assembled: %s", recording_id, exc)
        values = {
            "status": RecordingStatus.FAILED,
            "error": "The recording could not be decoded, so it cannot be played back.",
            "analysis_status": AnalysisStatus.FAILED,
            "analysis_error": "There is no playable recording to analyse.",
        }
    finally:
        await anyio.Path(raw).unlink(missing_ok=True)
    await update_recording(context, recording_id, **values)


async def process_recording_task(context: TaskContext, *, recording_id: str) -> None:
    rid = uuid.UUID(recording_id)
    async with context.sessionmaker() as session:
        recording = await session.get(Recording, rid)
        if recording is None:
            return
        status = recording.status
    if status == RecordingStatus.PROCESSING:
        await _assemble(context, rid)
    async with context.sessionmaker() as session:
        recording = await session.get(Recording, rid)
        pending = (
            recording is not None
            and recording.status == RecordingStatus.READY
            and recording.analysis_status in ANALYSING
        )
    if pending:
        await transcribe_on_server(context, rid)
        await run_analysis(context, rid)


async def recover_unfinished_recordings(context: TaskContext, runner: TaskRunner) -> int:
    """Re-queue recordings a restart interrupted between finalize and analysis."""
    async with context.sessionmaker() as session:
        ids = list(
            await session.scalars(
                select(Recording.id).where(
                    or_(
                        Recording.status == RecordingStatus.PROCESSING,
                        Recording.analysis_status.in_(ANALYSING),
                    )
                )
            )
        )
    for recording_id in ids:
        await enqueue_processing(runner, recording_id)
    return len(ids)
