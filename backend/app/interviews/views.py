"""Shape interviews for the API: questions with answers, the stage checklist and the clock.

The parts are built as plain fields and validated into `InterviewRead` once at the end: one
validation of the whole tree instead of one per question, stage and clock (each a model built
and then taken apart again when the answer is written out)."""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from app.interviews.models import Interview
from app.interviews.schemas import (
    InterviewQuestionRead,
    InterviewRead,
    InterviewSettings,
    InterviewSummary,
    StageStatus,
)
from app.interviews.states import UNANSWERED, InterviewStatus, QuestionStatus

_QUESTION_FIELDS = tuple(
    f for f in InterviewQuestionRead.model_fields if f not in ("answer", "previous_answers")
)
_SUMMARY_FIELDS = tuple(
    f for f in InterviewSummary.model_fields if f not in ("question_count", "answered_count")
)
Fields = dict[str, Any]
"""A model's fields by name, validated later with the whole interview."""


def question_fields(question: Any, answers: Sequence[Any]) -> Fields:
    """`InterviewQuestionRead`'s fields of a question (its model or its row) with its answers
    in order (models or rows): the current one, and the ones it replaced."""
    current = next((a for a in reversed(answers) if a.is_current), None)
    return {
        **{f: getattr(question, f) for f in _QUESTION_FIELDS},
        "answer": current,
        "previous_answers": [a for a in answers if not a.is_current],
    }


def summary_view(interview: Interview) -> InterviewSummary:
    return InterviewSummary.model_validate(
        {
            **{
                f: getattr(interview, f)
                for f in InterviewSummary.model_fields
                if hasattr(interview, f)
            },
            "question_count": len(interview.questions),
            "answered_count": sum(q.status == QuestionStatus.ANSWERED for q in interview.questions),
        }
    )


def _stages(status: str, questions: list[Fields]) -> list[Fields]:
    started = status != InterviewStatus.SCHEDULED
    finished = status in (InterviewStatus.COMPLETED, InterviewStatus.ABANDONED)
    current = next((q for q in questions if q["status"] in UNANSWERED), None)
    stages = [
        {"key": "introduction", "label": "Introduction", "status": "done" if started else "current"}
    ]
    number = 0  # main questions only: a follow-up added later renumbers nothing
    for question in questions:
        stage_status: StageStatus
        if question["status"] == QuestionStatus.ANSWERED:
            stage_status = "done"
        elif question["status"] == QuestionStatus.SKIPPED:
            stage_status = "skipped"
        elif started and not finished and question is current:
            stage_status = "current"
        else:
            stage_status = "pending"
        if question["source"] == "follow_up":
            label = f"Question {max(number, 1)} · follow-up"
        else:
            number += 1
            label = f"Question {number}"
        stages.append({"key": str(question["id"]), "label": label, "status": stage_status})
    wrap_status: StageStatus = "done" if finished else "pending"
    if started and not finished and current is None:
        wrap_status = "current"
    stages.append({"key": "wrap_up", "label": "Wrap-up", "status": wrap_status})
    return stages


def _clock(
    interview: Any, settings: InterviewSettings, questions: list[Fields], now: datetime
) -> Fields:
    end = interview.completed_at or now
    elapsed = (end - interview.started_at).total_seconds() if interview.started_at else 0.0
    current = None
    if interview.status == InterviewStatus.IN_PROGRESS:
        current = next((q for q in questions if q["status"] == QuestionStatus.ASKED), None)
    asked_at = current["asked_at"] if current else None
    question_elapsed = (now - asked_at).total_seconds() if asked_at else None
    return {
        "started_at": interview.started_at,
        "elapsed_s": round(elapsed, 1),
        "time_per_question_s": settings.time_per_question_s,
        "current_question_id": current["id"] if current else None,
        "current_question_elapsed_s": round(question_elapsed, 1)
        if question_elapsed is not None
        else None,
        "current_question_remaining_s": (
            round(max(0.0, settings.time_per_question_s - question_elapsed), 1)
            if question_elapsed is not None
            else None
        ),
    }


def interview_fields(
    interview: Any, questions: list[Fields], now: datetime | None = None
) -> Fields:
    """`InterviewRead`'s fields of an interview (its model or its row) and its questions'
    `question_fields`, its clock read at `now`."""
    settings = InterviewSettings.model_validate(interview.settings)
    return {
        **{f: getattr(interview, f) for f in _SUMMARY_FIELDS},
        "question_count": len(questions),
        "answered_count": sum(q["status"] == QuestionStatus.ANSWERED for q in questions),
        "resume_id": interview.resume_id,
        "job_id": interview.job_id,
        "job_description_id": interview.job_description_id,
        "template_id": interview.template_id,
        "settings": settings,
        "generator": interview.generator,
        "generator_note": interview.generator_note,
        "match": interview.match,
        "questions": questions,
        "stages": _stages(interview.status, questions),
        "clock": _clock(interview, settings, questions, now or datetime.now(UTC)),
    }


def interview_read(interview: Any, questions: list[Fields]) -> InterviewRead:
    """The whole interview, from its model or its row and its questions' `question_fields`."""
    return InterviewRead.model_validate(
        interview_fields(interview, questions), from_attributes=True
    )


def interview_view(interview: Interview) -> InterviewRead:
    return interview_read(interview, [question_fields(q, q.answers) for q in interview.questions])
