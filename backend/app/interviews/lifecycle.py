"""Running an interview: start, answer, skip, follow up, complete, abandon."""

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import EvaluationInput
from app.interviews.exceptions import InterviewStateConflict, QuestionNotFound
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.schemas import AnswerCreate, InterviewSettings

MAX_FOLLOW_UPS = 2
SHORT_ANSWER_WORDS = 25
WEAK_COVERAGE = 0.34


def _require(interview: Interview, action: str, *allowed: str) -> None:
    if interview.status not in allowed:
        raise InterviewStateConflict(action, interview.status)


def _next_unanswered(interview: Interview) -> InterviewQuestion | None:
    return next((q for q in interview.questions if q.status in ("pending", "asked")), None)


def _ask_next(interview: Interview, now: datetime) -> None:
    upcoming = _next_unanswered(interview)
    if upcoming is not None and upcoming.asked_at is None:
        upcoming.status = "asked"
        upcoming.asked_at = now


def asked_question_id(interview: Interview) -> uuid.UUID | None:
    """The question being asked now, if any (what a live `question_asked` event names)."""
    upcoming = _next_unanswered(interview)
    return upcoming.id if upcoming is not None and upcoming.status == "asked" else None


def find_question(interview: Interview, question_id: uuid.UUID) -> InterviewQuestion:
    question = next((q for q in interview.questions if q.id == question_id), None)
    if question is None:
        raise QuestionNotFound()
    return question


async def start_interview(session: AsyncSession, *, interview: Interview) -> Interview:
    """Begin the interview: the clock starts and the first question is asked."""
    _require(interview, "start", "scheduled")
    now = datetime.now(UTC)
    interview.status = "in_progress"
    interview.started_at = now
    _ask_next(interview, now)
    await session.flush()
    return interview


def _needs_follow_up(question: InterviewQuestion, transcript: str) -> bool:
    if len(transcript.split()) < SHORT_ANSWER_WORDS:
        return True
    quick = evaluate_answer(
        EvaluationInput(
            question=question.text,
            category=question.category,
            key_points=question.key_points or [question.text],
            model_answer=question.model_answer,
            skills=question.skills,
            answer=transcript,
        )
    )
    covered = len(quick.key_points_covered)
    return covered / max(1, covered + len(quick.key_points_missed)) < WEAK_COVERAGE


def _follow_up_text(question: InterviewQuestion, transcript: str) -> str:
    if question.follow_ups:
        return question.follow_ups[0]
    missed = question.key_points[0] if question.key_points else "a concrete example"
    return f"Let's go a little deeper. Can you say more about this: {missed.rstrip('.')}?"


def _add_follow_up(interview: Interview, question: InterviewQuestion, transcript: str) -> None:
    for later in interview.questions:
        if later.position > question.position:
            later.position += 1
    follow_up = InterviewQuestion(
        id=uuid.uuid4(),
        position=question.position + 1,
        text=_follow_up_text(question, transcript),
        category=question.category,
        skills=question.skills,
        difficulty=question.difficulty,
        key_points=question.key_points,
        model_answer=question.model_answer,
        follow_ups=[],
        source="follow_up",
        status="pending",
        reason="Follow-up: the first answer was short or missed most key points",
        parent_id=question.id,
        answers=[],
    )
    interview.questions.append(follow_up)
    interview.questions.sort(key=lambda q: q.position)


def _maybe_follow_up(interview: Interview, question: InterviewQuestion, transcript: str) -> None:
    settings = InterviewSettings.model_validate(interview.settings)
    follow_ups = sum(q.source == "follow_up" for q in interview.questions)
    already = any(q.parent_id == question.id for q in interview.questions)
    if (
        settings.follow_ups
        and question.source != "follow_up"
        and follow_ups < MAX_FOLLOW_UPS
        and not already
        and _needs_follow_up(question, transcript)
    ):
        _add_follow_up(interview, question, transcript)


async def submit_answer(
    session: AsyncSession, *, interview: Interview, question: InterviewQuestion, data: AnswerCreate
) -> Answer:
    """Record an answer (replacing an earlier one keeps it as history) for evaluation."""
    _require(interview, "answer questions in", "in_progress")
    now = datetime.now(UTC)
    previous = current_answer(question)
    if previous is not None:
        previous.is_current = False
    asked_at = question.asked_at or now
    limit = InterviewSettings.model_validate(interview.settings).time_per_question_s
    answer = Answer(
        id=uuid.uuid4(),
        question_id=question.id,
        transcript=data.transcript.strip(),
        source=data.source,
        duration_s=data.duration_s,
        recording_id=data.recording_id,
        over_time=(now - asked_at).total_seconds() > limit,
        submitted_at=now,
        evaluation_status="pending",
    )
    question.answers.append(answer)
    question.status = "answered"
    question.asked_at = asked_at
    question.answered_at = now
    if previous is None:
        _maybe_follow_up(interview, question, answer.transcript)
    _ask_next(interview, now)
    interview.updated_at = now
    await session.flush()
    return answer


async def skip_question(
    session: AsyncSession, *, interview: Interview, question: InterviewQuestion
) -> InterviewQuestion:
    """Skip a question; the next one is asked."""
    _require(interview, "skip questions in", "in_progress")
    if question.status == "answered":
        raise InterviewStateConflict("skip an answered question in", interview.status)
    now = datetime.now(UTC)
    question.status = "skipped"
    question.asked_at = question.asked_at or now
    question.answered_at = now
    _ask_next(interview, now)
    interview.updated_at = now
    await session.flush()
    return question


async def complete_interview(session: AsyncSession, *, interview: Interview) -> Interview:
    """Finish: unanswered questions count as skipped."""
    _require(interview, "complete", "in_progress")
    now = datetime.now(UTC)
    for question in interview.questions:
        if question.status in ("pending", "asked"):
            question.status = "skipped"
    interview.status = "completed"
    interview.completed_at = now
    interview.ended_reason = "completed"
    await session.flush()
    return interview


async def abandon_interview(session: AsyncSession, *, interview: Interview) -> Interview:
    """Give up on an interview that has not been completed."""
    _require(interview, "abandon", "scheduled", "in_progress")
    interview.status = "abandoned"
    interview.ended_reason = "abandoned"
    interview.completed_at = datetime.now(UTC)
    await session.flush()
    return interview
