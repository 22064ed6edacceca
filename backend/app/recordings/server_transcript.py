"""Server-side transcription (TRANSCRIPTION__PROVIDER=openai_compat) of a finished recording.

The audio is extracted with PyAV (16 kHz mono WAV) and sent once; the words come back with
timings and are stored on the recording, split into lines per question, and each answer they
replace keeps its words' timings (as phrases, from the start of its question) so its pace and
pauses are judged. A failure keeps the transcripts the browser sent: it is logged, never fatal.
"""

import logging
import tempfile
import uuid
from pathlib import Path
from typing import Any

import anyio

from app.adapters.storage.base import FileStore
from app.adapters.transcription.base import Transcriber, Transcript, TranscriptionError
from app.adapters.transcription.factory import close_transcriber, create_transcriber
from app.evaluation.timings import phrases_from_words
from app.interviews.answers import replace_current_answer
from app.interviews.evaluation_task import evaluate_answer_task
from app.interviews.models import Answer, Interview
from app.interviews.queries import current_answer, load_interview
from app.media.decode import write_wav_16k_mono
from app.media.errors import MediaError
from app.recordings.schemas import Chapter
from app.recordings.service import load_recording
from app.recordings.transcript import chapters_for, spread_sentences
from app.results.summary import refresh_score_summary
from app.tasks.runner import TaskContext

logger = logging.getLogger(__name__)


def lines_by_question(transcript: Transcript, chapters: list[Chapter]) -> list[dict[str, Any]]:
    """Server segments as transcript lines, each tagged with the question it falls in."""
    lines = []
    for segment in transcript.segments or []:
        owner = next(
            (c for c in chapters if c.holds(segment.start_s)),
            None,
        )
        lines.append(
            {
                "question_id": str(owner.question_id) if owner else None,
                "start_s": segment.start_s,
                "end_s": segment.end_s,
                "text": segment.text.strip(),
            }
        )
    if not lines and transcript.text.strip():
        end = transcript.duration_s or 0.0
        lines = [
            {"question_id": None, "start_s": s, "end_s": e, "text": t}
            for s, e, t in spread_sentences(transcript.text, 0.0, end)
        ]
    return lines


async def _audio_of(path: Path) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "audio.wav"
        await anyio.to_thread.run_sync(write_wav_16k_mono, path, wav)
        return await anyio.Path(wav).read_bytes()


async def _transcribe(
    transcriber: Transcriber, store: FileStore, key: str, recording_id: uuid.UUID
) -> Transcript | None:
    try:
        async with store.local_copy(key) as path:
            audio = await _audio_of(path)
        return await transcriber.transcribe(audio, filename="audio.wav", content_type="audio/wav")
    except (TranscriptionError, MediaError, ValueError) as exc:
        logger.warning(
            "Server transcription failed for %s, keeping the browser's: %s", recording_id, exc
        )
        return None
    finally:
        await close_transcriber(transcriber)


def replace_spoken_answers(
    interview: Interview,
    chapters: list[Chapter],
    words: list[dict[str, Any]],
    recording_id: uuid.UUID,
) -> list[Answer]:
    """The server's words become the answer where the browser's captions (or nothing) were;
    a typed answer is what the candidate chose to write, so it stays."""
    questions = {q.id: q for q in interview.questions}
    replaced = []
    for chapter in chapters:
        spoken = [w for w in words if chapter.holds(w["start_s"])]
        said = " ".join(w["word"].strip() for w in spoken).strip()
        question = questions[chapter.question_id]
        previous = current_answer(question)
        if not said or (
            previous is not None
            and previous.source not in ("browser_stt",)
            and previous.transcript.strip()
        ):
            continue
        timings = phrases_from_words(
            ((w["word"], w["start_s"], w["end_s"]) for w in spoken), offset_s=chapter.start_s
        )
        replaced.append(
            replace_current_answer(
                question,
                transcript=said,
                source="server_stt",
                recording_id=str(recording_id),
                timings=[span.model_dump() for span in timings] or None,
            )
        )
    return replaced


async def transcribe_on_server(context: TaskContext, recording_id: uuid.UUID) -> None:
    """Transcribe once; store the lines, replace captioned answers and evaluate them again."""
    try:
        transcriber = create_transcriber(context.settings)
    except TranscriptionError as exc:
        logger.warning("Server transcription disabled: %s", exc)
        return
    if transcriber is None:
        return
    # Short sessions around the slow call: SQLite would hold its write lock all along otherwise.
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        done = bool((recording.transcript or {}).get("lines"))
        key = recording.file_key or ""
    if done:
        await close_transcriber(transcriber)
        return
    result = await _transcribe(transcriber, context.files, key, recording_id)
    if result is None:
        return
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        interview = await load_interview(
            session, interview_id=recording.interview_id, for_update=True
        )
        chapters = chapters_for(recording, interview)
        words = [w.model_dump() for w in result.words]
        recording.transcript = {
            "source": "server_stt",
            "text": result.text,
            "lines": lines_by_question(result, chapters),
            "words": words,
        }
        replaced = replace_spoken_answers(interview, chapters, words, recording_id)
        refresh_score_summary(interview)
        await session.commit()
        answer_ids = [answer.id for answer in replaced]
    for answer_id in answer_ids:
        await evaluate_answer_task(context, answer_id=str(answer_id))
