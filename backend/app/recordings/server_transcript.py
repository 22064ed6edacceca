"""Server-side transcription (TRANSCRIPTION__PROVIDER=openai_compat) of a finished recording.

The audio is extracted with PyAV (16 kHz mono WAV) and sent once; the words come back with
timings and are stored on the recording, split into lines per question. A failure keeps the
transcripts the browser sent: it is logged, never fatal.
"""

import logging
import tempfile
import uuid
from pathlib import Path

import anyio

from app.adapters.transcription.base import Transcript, TranscriptionError
from app.adapters.transcription.factory import create_transcriber
from app.interviews.queries import load_interview
from app.media.decode import write_wav_16k_mono
from app.media.errors import MediaError
from app.recordings.files import RecordingFiles
from app.recordings.models import Recording
from app.recordings.service import load_recording
from app.recordings.transcript import chapters_for, spread_sentences
from app.tasks.runner import JobContext

logger = logging.getLogger(__name__)


def lines_by_question(transcript: Transcript, chapters) -> list[dict]:
    """Server segments as transcript lines, each tagged with the question it falls in."""
    lines = []
    for segment in transcript.segments or []:
        owner = next(
            (
                c
                for c in chapters
                if c.start_s <= segment.start_s and (c.end_s is None or segment.start_s < c.end_s)
            ),
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


async def transcribe_on_server(context: JobContext, recording_id: uuid.UUID) -> None:
    try:
        transcriber = create_transcriber(context.settings)
    except TranscriptionError as exc:
        logger.warning("Server transcription disabled: %s", exc)
        return
    if transcriber is None:
        return
    files = RecordingFiles(context.settings.data_dir / "media")
    async with context.sessionmaker() as session:
        recording = await load_recording(session, recording_id=recording_id)
        if (recording.transcript or {}).get("lines"):
            return
        path = files.path_for_key(recording.file_key or "")
        try:
            audio = await _audio_of(path)
            result = await transcriber.transcribe(
                audio, filename="audio.wav", content_type="audio/wav"
            )
        except (TranscriptionError, MediaError, ValueError) as exc:
            logger.warning(
                "Server transcription failed for %s, keeping the browser's: %s", recording_id, exc
            )
            return
        finally:
            aclose = getattr(transcriber, "aclose", None)
            if aclose:
                await aclose()
        interview = await load_interview(session, interview_id=recording.interview_id)
        stored = await session.get(Recording, recording_id)
        stored.transcript = {
            "source": "server_stt",
            "text": result.text,
            "lines": lines_by_question(result, chapters_for(recording, interview)),
            "words": [w.model_dump() for w in result.words],
        }
        await session.commit()
