"""The delivery-analytics step of processing: segments per question, progress, the report."""

import logging
import uuid
from typing import Any

import anyio
import anyio.from_thread
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.report import analyze_recording
from app.analytics.schemas import TimedWord, TranscriptSegment
from app.core.models import utcnow
from app.events.bus import publish_event
from app.interviews.queries import current_answer, load_interview
from app.recordings.models import Recording
from app.recordings.schemas import Chapter
from app.recordings.service import load_recording
from app.recordings.states import AnalysisStatus
from app.recordings.transcript import chapters_for
from app.tasks.runner import TaskContext

logger = logging.getLogger(__name__)
PROGRESS_STEP = 0.1


def _words_in(words: list[dict], chapter: Chapter) -> list[TimedWord]:
    return [
        TimedWord(word=w["word"], start_s=w["start_s"], end_s=w["end_s"])
        for w in words
        if chapter.holds(w["start_s"])
    ]


async def build_segments(session: AsyncSession, recording: Recording) -> list[TranscriptSegment]:
    """One window per answered question: server words when transcribed, else what the browser
    heard (captions); typed answers leave the window without words."""
    interview = await load_interview(session, interview_id=recording.interview_id)
    questions = {q.id: q for q in interview.questions}
    server_words = (recording.transcript or {}).get("words") or []
    segments = []
    for chapter in chapters_for(recording, interview):
        words = _words_in(server_words, chapter)
        answer = current_answer(questions[chapter.question_id])
        # A typed answer says nothing about how fast the candidate spoke: only spoken ones count.
        heard = answer.transcript if answer is not None and answer.source != "typed" else ""
        text = " ".join(w.word for w in words) if words else heard
        end_s = (
            chapter.end_s if chapter.end_s is not None else recording.duration_s or chapter.start_s
        )
        segments.append(
            TranscriptSegment(
                question_id=str(chapter.question_id),
                start_s=chapter.start_s,
                end_s=max(end_s, chapter.start_s),
                text=text,
                words=words,
            )
        )
    return segments


async def update_recording(context: TaskContext, recording_id: uuid.UUID, **values: Any) -> None:
    """Write job state in a short transaction of its own (never held across slow work)."""
    async with context.sessionmaker() as session:
        await session.execute(
            update(Recording)
            .where(Recording.id == recording_id)
            .values(**values, updated_at=utcnow())
        )
        await session.commit()


class AnalysisProgress:
    """Stores the analysis state and tells the interview's watchers, step by step."""

    def __init__(self, context: TaskContext, recording_id: uuid.UUID, interview_id: uuid.UUID):
        self.context, self.recording_id, self.interview_id = context, recording_id, interview_id
        self.reported = 0.0

    async def set(self, status: AnalysisStatus, progress: float, **values: Any) -> None:
        self.reported = progress
        await update_recording(
            self.context,
            self.recording_id,
            analysis_status=status,
            analysis_progress=round(progress, 2),
            **values,
        )
        await publish_event(
            self.context.events,
            self.interview_id,
            "analysis_progress",
            recording_id=str(self.recording_id),
            status=status,
            progress=round(progress, 2),
        )

    def from_thread(self, fraction: float) -> None:
        """The analyser's callback (it runs in a worker thread): report every 10%."""
        if fraction - self.reported >= PROGRESS_STEP:
            anyio.from_thread.run(self.set, AnalysisStatus.RUNNING, min(fraction, 0.99))


async def run_analysis(context: TaskContext, recording_id: uuid.UUID) -> None:
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        segments = await build_segments(session, recording)
        key, interview_id = recording.file_key or "", recording.interview_id
    progress = AnalysisProgress(context, recording_id, interview_id)
    await progress.set(AnalysisStatus.RUNNING, 0.0)
    try:
        async with context.files.local_copy(key) as path:
            report = await anyio.to_thread.run_sync(
                lambda: analyze_recording(path, segments=segments, progress=progress.from_thread)
            )
    except Exception as exc:
        logger.exception("Analytics failed for recording %s", recording_id)
        error = f"The analysis could not finish: {exc}"
        await progress.set(AnalysisStatus.FAILED, progress.reported, analysis_error=error)
        return
    await progress.set(
        AnalysisStatus.DONE, 1.0, analysis=report.model_dump(mode="json"), analysis_error=None
    )
