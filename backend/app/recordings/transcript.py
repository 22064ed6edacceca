"""The transcript shown beside the video: timed lines and one chapter per question.

A server transcription (word timings) is used as is. Otherwise each answer's text, typed or
captioned in the browser, is split into sentences spread over the answer's span of the video,
weighted by length: close enough to follow along and to seek by.
"""

import re

from app.interviews.models import Interview
from app.interviews.queries import current_answer
from app.recordings.models import Recording
from app.recordings.schemas import Chapter, RecordingTranscript, TranscriptLine

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def chapters_for(recording: Recording, interview: Interview) -> list[Chapter]:
    positions = {q.id: (index + 1, q) for index, q in enumerate(interview.questions)}
    markers = sorted(recording.markers, key=lambda m: m.started_at_s)
    chapters = []
    for index, marker in enumerate(markers):
        if marker.question_id not in positions:
            continue
        position, question = positions[marker.question_id]
        end = marker.ended_at_s
        if end is None:
            end = (
                markers[index + 1].started_at_s
                if index + 1 < len(markers)
                else recording.duration_s
            )
        chapters.append(
            Chapter(
                question_id=question.id,
                position=position,
                title=question.text,
                start_s=marker.started_at_s,
                end_s=end,
            )
        )
    return chapters


def spread_sentences(text: str, start_s: float, end_s: float) -> list[tuple[float, float, str]]:
    """Split `text` into sentences over [start_s, end_s], each given time by its length."""
    sentences = [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]
    total = sum(len(sentence) for sentence in sentences)
    if not total or end_s <= start_s:
        return [(start_s, max(start_s, end_s), s) for s in sentences]
    spans, cursor = [], start_s
    for sentence in sentences:
        length = (end_s - start_s) * len(sentence) / total
        spans.append((round(cursor, 2), round(cursor + length, 2), sentence))
        cursor += length
    return spans


def _lines_from_answers(interview: Interview, chapters: list[Chapter]) -> list[TranscriptLine]:
    questions = {q.id: q for q in interview.questions}
    lines = []
    for chapter in chapters:
        answer = current_answer(questions[chapter.question_id])
        if answer is None or not answer.transcript.strip():
            continue
        end = chapter.end_s if chapter.end_s is not None else chapter.start_s
        for start_s, end_s, text in spread_sentences(answer.transcript, chapter.start_s, end):
            lines.append(
                TranscriptLine(
                    question_id=chapter.question_id, start_s=start_s, end_s=end_s, text=text
                )
            )
    return lines


def recording_transcript(recording: Recording, interview: Interview) -> RecordingTranscript:
    chapters = chapters_for(recording, interview)
    stored = recording.transcript or {}
    if stored.get("lines"):
        return RecordingTranscript(
            source="server_stt",
            lines=[TranscriptLine.model_validate(line) for line in stored["lines"]],
            chapters=chapters,
        )
    return RecordingTranscript(
        source="answers", lines=_lines_from_answers(interview, chapters), chapters=chapters
    )
