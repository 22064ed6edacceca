"""Shape interviews for the API: questions with answers, the stage checklist and the clock."""

from datetime import UTC, datetime

from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.schemas import (
    AnswerRead,
    Clock,
    InterviewQuestionRead,
    InterviewRead,
    InterviewSettings,
    InterviewSummary,
    Stage,
)


def question_view(question: InterviewQuestion) -> InterviewQuestionRead:
    answer = current_answer(question)
    return InterviewQuestionRead.model_validate(
        {
            **{
                f: getattr(question, f)
                for f in InterviewQuestionRead.model_fields
                if hasattr(question, f) and f not in ("answer", "previous_answers")
            },
            "answer": AnswerRead.model_validate(answer) if answer else None,
            "previous_answers": [
                AnswerRead.model_validate(a) for a in question.answers if not a.is_current
            ],
        }
    )


def summary_view(interview: Interview) -> InterviewSummary:
    return InterviewSummary.model_validate(
        {
            **{
                f: getattr(interview, f)
                for f in InterviewSummary.model_fields
                if hasattr(interview, f)
            },
            "question_count": len(interview.questions),
            "answered_count": sum(q.status == "answered" for q in interview.questions),
        }
    )


def _stages(interview: Interview) -> list[Stage]:
    started = interview.status != "scheduled"
    finished = interview.status in ("completed", "abandoned")
    current = next((q for q in interview.questions if q.status in ("pending", "asked")), None)
    stages = [
        Stage(key="introduction", label="Introduction", status="done" if started else "current")
    ]
    for number, question in enumerate(interview.questions, start=1):
        if question.status == "answered":
            status = "done"
        elif question.status == "skipped":
            status = "skipped"
        elif started and not finished and question is current:
            status = "current"
        else:
            status = "pending"
        label = "Follow-up" if question.source == "follow_up" else f"Question {number}"
        stages.append(Stage(key=str(question.id), label=label, status=status))
    wrap_status = "done" if finished else ("current" if started and current is None else "pending")
    stages.append(Stage(key="wrap_up", label="Wrap-up", status=wrap_status))
    return stages


def _clock(interview: Interview) -> Clock:
    settings = InterviewSettings.model_validate(interview.settings)
    now = datetime.now(UTC)
    end = interview.completed_at or now
    elapsed = (end - interview.started_at).total_seconds() if interview.started_at else 0.0
    current = None
    if interview.status == "in_progress":
        current = next((q for q in interview.questions if q.status == "asked"), None)
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


def interview_view(interview: Interview) -> InterviewRead:
    summary = summary_view(interview)
    return InterviewRead(
        **summary.model_dump(),
        resume_id=interview.resume_id,
        job_id=interview.job_id,
        job_description_id=interview.job_description_id,
        template_id=interview.template_id,
        settings=InterviewSettings.model_validate(interview.settings),
        generator=interview.generator,
        generator_note=interview.generator_note,
        match=interview.match,
        questions=[question_view(q) for q in interview.questions],
        stages=_stages(interview),
        clock=_clock(interview),
    )
