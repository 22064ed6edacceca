"""Shape interviews for the API: questions with answers, the stage checklist and the clock."""

from datetime import UTC, datetime
from typing import Any

from app.interviews.models import Interview, InterviewQuestion
from app.interviews.schemas import (
    AnswerRead,
    Clock,
    InterviewQuestionRead,
    InterviewRead,
    InterviewSettings,
    InterviewSummary,
    Stage,
    StageStatus,
)
from app.interviews.states import UNANSWERED, InterviewStatus, QuestionStatus

_QUESTION_FIELDS = tuple(
    f for f in InterviewQuestionRead.model_fields if f not in ("answer", "previous_answers")
)
_SUMMARY_FIELDS = tuple(
    f for f in InterviewSummary.model_fields if f not in ("question_count", "answered_count")
)


def question_read(question: Any, answers: list[AnswerRead]) -> InterviewQuestionRead:
    """A question (its model or its row) with its answers in order: the current one, and the
    ones it replaced."""
    current = next((a for a in reversed(answers) if a.is_current), None)
    return InterviewQuestionRead.model_validate(
        {
            **{f: getattr(question, f) for f in _QUESTION_FIELDS},
            "answer": current,
            "previous_answers": [a for a in answers if not a.is_current],
        }
    )


def question_view(question: InterviewQuestion) -> InterviewQuestionRead:
    return question_read(question, [AnswerRead.model_validate(a) for a in question.answers])


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


def _stages(status: InterviewStatus, questions: list[InterviewQuestionRead]) -> list[Stage]:
    started = status != InterviewStatus.SCHEDULED
    finished = status in (InterviewStatus.COMPLETED, InterviewStatus.ABANDONED)
    current = next((q for q in questions if q.status in UNANSWERED), None)
    stages = [
        Stage(key="introduction", label="Introduction", status="done" if started else "current")
    ]
    number = 0  # main questions only: a follow-up added later renumbers nothing
    for question in questions:
        stage_status: StageStatus
        if question.status == QuestionStatus.ANSWERED:
            stage_status = "done"
        elif question.status == QuestionStatus.SKIPPED:
            stage_status = "skipped"
        elif started and not finished and question is current:
            stage_status = "current"
        else:
            stage_status = "pending"
        if question.source == "follow_up":
            label = f"Question {max(number, 1)} · follow-up"
        else:
            number += 1
            label = f"Question {number}"
        stages.append(Stage(key=str(question.id), label=label, status=stage_status))
    wrap_status: StageStatus = "done" if finished else "pending"
    if started and not finished and current is None:
        wrap_status = "current"
    stages.append(Stage(key="wrap_up", label="Wrap-up", status=wrap_status))
    return stages


def _clock(
    interview: Any, settings: InterviewSettings, questions: list[InterviewQuestionRead]
) -> Clock:
    now = datetime.now(UTC)
    end = interview.completed_at or now
    elapsed = (end - interview.started_at).total_seconds() if interview.started_at else 0.0
    current = None
    if interview.status == InterviewStatus.IN_PROGRESS:
        current = next((q for q in questions if q.status == QuestionStatus.ASKED), None)
    question_elapsed = (
        (now - current.asked_at).total_seconds() if current and current.asked_at else None
    )
    return Clock(
        started_at=interview.started_at,
        elapsed_s=round(elapsed, 1),
        time_per_question_s=settings.time_per_question_s,
        current_question_id=current.id if current else None,
        current_question_elapsed_s=round(question_elapsed, 1)
        if question_elapsed is not None
        else None,
        current_question_remaining_s=(
            round(max(0.0, settings.time_per_question_s - question_elapsed), 1)
            if question_elapsed is not None
            else None
        ),
    )


def interview_read(interview: Any, questions: list[InterviewQuestionRead]) -> InterviewRead:
    """The whole interview, from its model or its row and its questions read already."""
    settings = InterviewSettings.model_validate(interview.settings)
    return InterviewRead(
        **{f: getattr(interview, f) for f in _SUMMARY_FIELDS},
        question_count=len(questions),
        answered_count=sum(q.status == QuestionStatus.ANSWERED for q in questions),
        resume_id=interview.resume_id,
        job_id=interview.job_id,
        job_description_id=interview.job_description_id,
        template_id=interview.template_id,
        settings=settings,
        generator=interview.generator,
        generator_note=interview.generator_note,
        match=interview.match,
        questions=questions,
        stages=_stages(interview.status, questions),
        clock=_clock(interview, settings, questions),
    )


def interview_view(interview: Interview) -> InterviewRead:
    return interview_read(interview, [question_view(q) for q in interview.questions])
