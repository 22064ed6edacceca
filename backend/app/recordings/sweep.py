"""Recordings their browser never finalized: the interview ended (or expired) and no part has
arrived for a day. What arrived in order is kept and processed; a recording with nothing
usable is marked failed and its parts removed, so no disk is held forever."""

import logging
import uuid
from datetime import timedelta

import anyio
from sqlalchemy import select

from app.adapters.storage.parts import RecordingParts
from app.core.models import utcnow
from app.interviews.models import Interview
from app.interviews.states import InterviewStatus
from app.recordings.models import Recording
from app.recordings.processing_task import enqueue_processing
from app.recordings.service import load_recording
from app.recordings.states import RecordingStatus, analysis_once_finalized
from app.tasks.runner import TaskContext, TaskRunner

logger = logging.getLogger(__name__)
GRACE = timedelta(hours=24)


def contiguous_parts(seqs: set[int]) -> int:
    """How many parts from 0 arrived without a gap (a later part cannot play without them)."""
    count = 0
    while count in seqs:
        count += 1
    return count


async def _settle(context: TaskContext, parts: RecordingParts, recording_id: uuid.UUID) -> bool:
    """Finalize what is usable; True when processing should be queued."""
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        usable = contiguous_parts({chunk.seq for chunk in recording.chunks})
        if usable:
            recording.status, recording.total_chunks = RecordingStatus.PROCESSING, usable
            recording.analysis_status = analysis_once_finalized(recording.source)
        else:
            recording.status = RecordingStatus.FAILED
            recording.error = "No part of this recording reached the server."
        recording.finalized_at = utcnow()
        await session.commit()
    if not usable:
        await anyio.to_thread.run_sync(parts.remove_chunks, recording_id)
    return bool(usable)


async def sweep_abandoned_recordings(context: TaskContext, runner: TaskRunner) -> int:
    """Settle open recordings of interviews that are over and quiet for GRACE; how many."""
    quiet_since = utcnow() - GRACE
    async with context.sessionmaker() as session:
        ids = list(
            await session.scalars(
                select(Recording.id)
                .join(Interview, Interview.id == Recording.interview_id)
                .where(
                    Recording.status == RecordingStatus.RECORDING,
                    Recording.updated_at < quiet_since,
                    Interview.status != InterviewStatus.IN_PROGRESS,
                )
            )
        )
    for recording_id in ids:
        if await _settle(context, context.files.parts, recording_id):
            await enqueue_processing(runner, recording_id)
    if ids:
        logger.info("Settled %d recordings left open by their browser", len(ids))
    return len(ids)
