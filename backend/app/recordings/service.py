"""Recordings: open, receive chunks in any order and once, mark questions, finalize."""

import uuid
from collections.abc import AsyncIterator

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.adapters.storage.base import FileStore
from app.adapters.storage.incoming import UploadTooLarge
from app.adapters.storage.parts import Placement, RecordingParts
from app.core.config import Settings
from app.core.models import utcnow
from app.interviews.exceptions import InterviewStateConflict, QuestionNotFound
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.states import InterviewStatus
from app.recordings.exceptions import (
    ChunkConflict,
    ChunksBeyondTotal,
    ChunkTooLarge,
    RecordingIncomplete,
    RecordingNotFound,
    RecordingNotOpen,
    RecordingOpenConflict,
    RecordingStillOpen,
    RecordingTooLarge,
    UnsupportedRecordingType,
)
from app.recordings.files import EXTENSIONS
from app.recordings.models import Recording, RecordingChunk, RecordingMarker
from app.recordings.schemas import FinalizeRequest, MarkerWrite, StorageKind
from app.recordings.states import RecordingSource, RecordingStatus, analysis_once_finalized

MAX_SEQ = 99_999
_WEBM_MAGIC = b"\x1a\x45\xdf\xa3"


def normalize_mime_type(mime_type: str) -> str:
    """`video/webm;codecs=vp8,opus` → kept as sent, once its base type is one we can play."""
    base = mime_type.split(";")[0].strip().lower()
    if base not in EXTENSIONS:
        raise UnsupportedRecordingType(
            f"Recordings must be WebM or MP4 video or audio, not {base!r}.",
            details={"accepted": sorted(EXTENSIONS)},
        )
    return mime_type.strip()


def looks_like_media(first_bytes: bytes, mime_type: str) -> bool:
    """The first chunk must open a WebM (EBML) or MP4 (`ftyp` box) container."""
    if "mp4" in mime_type.split(";")[0]:
        return first_bytes[4:8] == b"ftyp"
    return first_bytes.startswith(_WEBM_MAGIC)


def with_parts(statement: Select[Recording]) -> Select[Recording]:
    return statement.options(selectinload(Recording.chunks), selectinload(Recording.markers))


async def load_recording(session: AsyncSession, *, recording_id: uuid.UUID) -> Recording:
    """The recording with its chunks and markers, read afresh from the database."""
    statement = with_parts(select(Recording).where(Recording.id == recording_id))
    recording = await session.scalar(statement.execution_options(populate_existing=True))
    if recording is None:
        raise RecordingNotFound()
    return recording


async def list_for_interview(session: AsyncSession, *, interview_id: uuid.UUID) -> list[Recording]:
    """The interview's recordings, newest first."""
    statement = select(Recording).where(Recording.interview_id == interview_id)
    rows = await session.scalars(
        with_parts(statement).order_by(Recording.created_at.desc(), Recording.id)
    )
    return list(rows)


async def _open_with_type(
    session: AsyncSession, interview_id: uuid.UUID, source: RecordingSource, mime_type: str
) -> Recording | None:
    statement = select(Recording).where(
        Recording.interview_id == interview_id,
        Recording.source == source,
        Recording.mime_type == mime_type,
        Recording.status == RecordingStatus.RECORDING,
    )
    return await session.scalar(with_parts(statement).execution_options(populate_existing=True))


async def open_recording(
    session: AsyncSession,
    *,
    interview: Interview,
    mime_type: str,
    storage: StorageKind,
    source: RecordingSource = RecordingSource.CAMERA,
) -> tuple[Recording, bool]:
    """A new recording, or the open one with the same source and type (a reload resumes it).

    A unique index keeps one open per interview, source and type: of two concurrent requests (a
    double submit), the one whose insert loses answers with the recording the other opened.
    """
    mime_type = normalize_mime_type(mime_type)
    if interview.status != InterviewStatus.IN_PROGRESS:
        raise InterviewStateConflict("record", interview.status)
    for _attempt in range(2):
        existing = await _open_with_type(session, interview.id, source, mime_type)
        if existing is not None:
            return existing, False
        recording = Recording(
            interview_id=interview.id,
            user_id=interview.user_id,
            mime_type=mime_type,
            source=source,
            storage=storage,
        )
        try:
            async with session.begin_nested():
                session.add(recording)
        except IntegrityError:
            continue
        return await load_recording(session, recording_id=recording.id), True
    raise RecordingOpenConflict()


def ensure_open(recording: Recording) -> None:
    if recording.status != RecordingStatus.RECORDING:
        raise RecordingNotOpen(recording.status)


async def _has_chunk(session: AsyncSession, recording_id: uuid.UUID, seq: int) -> bool:
    found = await session.scalar(
        select(RecordingChunk.id).where(
            RecordingChunk.recording_id == recording_id, RecordingChunk.seq == seq
        )
    )
    return found is not None


async def receive_chunk(
    session: AsyncSession,
    parts: RecordingParts,
    *,
    recording: Recording,
    seq: int,
    body: AsyncIterator[bytes],
    settings: Settings,
) -> tuple[int, bool]:
    """Store part `seq` once; return (its size, whether the server already had it).

    The body is written to disk outside any transaction (the request commits what it read
    first), so a slow upload never holds a database lock. It becomes the part only if no
    other upload of that part got there first: an acknowledged part never changes, so a slow
    request overtaken by its retry is answered as a duplicate, or refused if its bytes differ.
    """
    ensure_open(recording)
    recording_id, mime_type = recording.id, recording.mime_type
    await session.commit()
    limit = settings.recording_chunk_max_bytes
    try:
        async with parts.incoming_chunk(recording_id, seq, body, max_bytes=limit) as chunk:
            if seq == 0 and not looks_like_media(chunk.head, mime_type):
                raise UnsupportedRecordingType(
                    f"The first part is not a {mime_type.split(';')[0]} recording."
                )
            await _check_room(session, recording_id, seq, chunk.size, settings)
            placement = await chunk.place()
    except UploadTooLarge:
        raise ChunkTooLarge(
            f"A recording part may be at most {limit // (1024 * 1024)} MB."
        ) from None
    if placement is Placement.different:
        raise ChunkConflict(seq)
    return chunk.size, not await _record_chunk(session, recording_id, seq, chunk.size)


async def _check_room(
    session: AsyncSession, recording_id: uuid.UUID, seq: int, size: int, settings: Settings
) -> None:
    """Refuse the part if the recording closed meanwhile, or if a new part takes it over size.

    Checked before the part is placed, so a refused part never lands; the transaction ends
    here, so no database lock is held while the file is put in place.
    """
    recording = await session.get(Recording, recording_id, populate_existing=True)
    if recording is None:
        raise RecordingNotFound()
    ensure_open(recording)
    over = recording.bytes_received + size > settings.recording_max_bytes
    if over and not await _has_chunk(session, recording_id, seq):
        limit_mb = settings.recording_max_bytes // (1024 * 1024)
        raise RecordingTooLarge(f"The recording is over the limit of {limit_mb} MB.")
    await session.commit()


async def _record_chunk(
    session: AsyncSession, recording_id: uuid.UUID, seq: int, size: int
) -> bool:
    """Insert the part's row; False when a concurrent request recorded the same part first."""
    try:
        async with session.begin_nested():
            session.add(RecordingChunk(recording_id=recording_id, seq=seq, size=size))
    except IntegrityError:
        return False
    await session.execute(
        update(Recording)
        .where(Recording.id == recording_id)
        .values(bytes_received=Recording.bytes_received + size, updated_at=utcnow())
    )
    return True


async def save_marker(
    session: AsyncSession, *, recording: Recording, data: MarkerWrite
) -> Recording:
    """Where a question's answer sits in the video; a re-recorded answer moves it."""
    question = await session.get(InterviewQuestion, data.question_id)
    if question is None or question.interview_id != recording.interview_id:
        raise QuestionNotFound()
    marker = next((m for m in recording.markers if m.question_id == data.question_id), None)
    if marker is None:
        marker = RecordingMarker(recording_id=recording.id, question_id=data.question_id)
        session.add(marker)
    marker.started_at_s = data.started_at_s
    marker.ended_at_s = data.ended_at_s
    await session.flush()
    return await load_recording(session, recording_id=recording.id)


def missing_chunks(recording: Recording, total_chunks: int) -> list[int]:
    held = {chunk.seq for chunk in recording.chunks}
    return [seq for seq in range(total_chunks) if seq not in held]


async def finalize(
    session: AsyncSession, *, recording: Recording, data: FinalizeRequest
) -> tuple[Recording, bool]:
    """Check every part arrived; (recording, whether processing should be queued now)."""
    if recording.status != RecordingStatus.RECORDING:
        if (
            recording.total_chunks == data.total_chunks
            and recording.status != RecordingStatus.FAILED
        ):
            return recording, False
        raise RecordingNotOpen(recording.status)
    missing = missing_chunks(recording, data.total_chunks)
    if missing:
        raise RecordingIncomplete(missing)
    extra = sorted(c.seq for c in recording.chunks if c.seq >= data.total_chunks)
    if extra:
        raise ChunksBeyondTotal(extra, data.total_chunks)
    recording.status = RecordingStatus.PROCESSING
    recording.total_chunks = data.total_chunks
    recording.duration_s = data.duration_s
    recording.finalized_at = utcnow()
    recording.analysis_status = analysis_once_finalized(recording.source)
    await session.flush()
    return recording, True


async def delete_recording(
    session: AsyncSession, store: FileStore, *, recording: Recording
) -> str | None:
    """Remove the recording, its parts and its file; returns its Cloudinary id, if any.

    An open recording is refused: its browser would keep sending parts to nothing.
    """
    if recording.status == RecordingStatus.RECORDING:
        raise RecordingStillOpen()
    external_id = recording.external_id
    await session.delete(recording)
    await session.flush()
    await store.delete_recording(recording.id)
    return external_id
