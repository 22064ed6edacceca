"""The delivery-analytics step of processing: segments per question, progress, the report."""

import logging
import uuid
from typing import Any

import anyio
import anyio.from_thread
from sqlalchemy import update

from app.analytics.report import analyze_recording
from app.analytics.schemas import TimedWord, TranscriptSegment
from app.core.models import utcnow
from app.events.bus import publish_event
from app.interviews.queries import current_answer, load_interview
from app.recordings.files import RecordingFiles
from app.recordings.models import Recording
from app.recordings.service import load_recording
from app.recordings.transcript import chapters_for
from app.tasks.runner import JobContext

logger = logging.getLogger(__name__)
PROGRESS_STEP = 0.1


async def publish(context: JobContext, interview_id: uuid.UUID, event: str, **data: Any) -> None:
    await publish_event(context.events, interview_id, event, **data)


def _words_between(words: list[dict], start_s: float, end_s: float | None) -> list[TimedWord]:
    return [
        TimedWord(word=w["word"], start_s=w["start_s"], end_s=w["end_s"])
        for w in words
        if w["start_s"] >= start_s and (end_s is None or w["start_s"] < end_s)
    ]


async def build_segments(session, recording: Recording) -> list[TranscriptSegment]:
    """One window per answered question: server words when transcribed, else what the browser
    heard (captions); typed answers leave the window without words."""
    interview = await load_interview(session, interview_id=recording.interview_id)
    questions = {q.id: q for q in interview.questions}
    server_words = (recording.transcript or {}).get("words") or []
    segments = []
    for chapter in chapters_for(recording, interview):
        words = _words_between(server_words, chapter.start_s, chapter.end_s)
        answer = current_answer(questions[chapter.question_id])
        # A typed answer says nothing about how fast the candidate spoke: only spoken ones count.
        spoken = answer is not None and answer.source != "typed"
        text = " ".join(w.word for w in words) if words else (answer.transcript if spoken else "")
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


async def _set(context: JobContext, recording_id: uuid.UUID, **values: Any) -> None:
    async with context.sessionmaker() as session:
        await session.execute(
            update(Recording)
            .where(Recording.id == recording_id)
            .values(**values, updated_at=utcnow())
        )
        await session.commit()


async def run_analysis(context: JobContext, recording_id: uuid.UUID) -> None:
    files = RecordingFiles(context.settings.data_dir / "media")
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        segments = await build_segments(session, recording)
        path, interview_id = files.path_for_key(recording.file_key or ""), recording.interview_id
    await _set(context, recording_id, analysis_status="running", analysis_progress=0.0)
    await publish(
        context,
        interview_id,
        "analysis_progress",
        recording_id=str(recording_id),
        status="running",
        progress=0.0,
    )
    reported = [0.0]

    def on_progress(fraction: float) -> None:
        if fraction - reported[0] >= PROGRESS_STEP:
            reported[0] = fraction
            anyio.from_thread.run(_progress, fraction)

    async def _progress(fraction: float) -> None:
        await _set(context, recording_id, analysis_progress=round(min(fraction, 0.99), 2))
        await publish(
            context,
            interview_id,
            "analysis_progress",
            recording_id=str(recording_id),
            status="running",
            progress=round(fraction, 2),
        )

    try:
        report = await anyio.to_thread.run_sync(
            lambda: analyze_recording(path, segments=segments, progress=on_progress)
        )
    except Exception as exc:
        logger.exception("Analytics failed for recording %s", recording_id)
        await _set(
            context,
            recording_id,
            analysis_status="failed",
            analysis_error=f"The analysis could not finish: {exc}",
        )
        await publish(
            context,
            interview_id,
            "analysis_progress",
            recording_id=str(recording_id),
            status="failed",
            progress=reported[0],
        )
        return
    await _set(
        context,
        recording_id,
        analysis_status="done",
        analysis_progress=1.0,
        analysis=report.model_dump(mode="json"),
        analysis_error=None,
    )
    await publish(
        context,
        interview_id,
        "analysis_progress",
        recording_id=str(recording_id),
        status="done",
        progress=1.0,
    )
