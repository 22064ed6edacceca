"""Answers that arrive after the fact (a Tavus transcript, a server transcription)."""

import uuid
from datetime import UTC, datetime
from typing import Any

from app.interviews.models import Answer, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.states import EvaluationStatus, QuestionStatus


def replace_current_answer(
    question: InterviewQuestion,
    *,
    transcript: str,
    source: str,
    recording_id: str | None = None,
    timings: list[dict[str, Any]] | None = None,
) -> Answer:
    """A new current answer awaiting evaluation; the earlier one is kept as history.

    Load the interview `for_update`, or a concurrent answer may be replaced unseen.
    """
    now = datetime.now(UTC)
    previous = current_answer(question)
    if previous is not None:
        previous.is_current = False
    answer = Answer(
        id=uuid.uuid4(),
        question_id=question.id,
        transcript=transcript.strip(),
        source=source,
        duration_s=previous.duration_s if previous else None,
        recording_id=recording_id,
        timings=timings,
        submitted_at=now,
        evaluation_status=EvaluationStatus.PENDING,
    )
    question.answers.append(answer)
    question.status = QuestionStatus.ANSWERED
    question.asked_at = question.asked_at or now
    question.answered_at = question.answered_at or now
    return answer
