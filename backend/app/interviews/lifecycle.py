"""Running an interview: start, answer, skip, follow up, complete, abandon."""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.scoring import CODING_CATEGORY
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import EvaluationInput
from app.interviews.exceptions import (
    CodingQuestionNeedsCode,
    InterviewStateConflict,
    QuestionNotFound,
)
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.schemas import AnswerCreate, InterviewSettings
from app.interviews.states import (
    UNANSWERED,
    EvaluationStatus,
    InterviewStatus,
    QuestionStatus,
)
from app.questions import reasons
from app.questions.follow_up_wording import follow_up_question, left_out
from app.questions.key_points import follow_up_key_points
from app.results.summary import refresh_score_summary

MAX_FOLLOW_UPS = 2
SHORT_ANSWER_WORDS = 25
WEAK_COVERAGE = 0.34


def _require(interview: Interview, action: str, *allowed: InterviewStatus) -> None:
    if interview.status not in allowed:
        raise InterviewStateConflict(action, interview.status)


def _next_unanswered(interview: Interview) -> InterviewQuestion | None:
    return next((q for q in interview.questions if q.status in UNANSWERED), None)


def _ask_next(interview: Interview, now: datetime) -> None:
    upcoming = _next_unanswered(interview)
    if upcoming is not None and upcoming.asked_at is None:
        upcoming.status = QuestionStatus.ASKED
        upcoming.asked_at = now


def asked_question_id(interview: Interview) -> uuid.UUID | None:
    """The question being asked now, if any (what a live `question_asked` event names)."""
    upcoming = _next_unanswered(interview)
    return upcoming.id if upcoming is not None and upcoming.status == QuestionStatus.ASKED else None


def find_question(interview: Interview, question_id: uuid.UUID) -> InterviewQuestion:
    question = next((q for q in interview.questions if q.id == question_id), None)
    if question is None:
        raise QuestionNotFound()
    return question


async def start_interview(session: AsyncSession, *, interview: Interview) -> bool:
    """Begin the interview: the clock starts and the first question is asked.

    False, changing nothing, when it has already begun (a repeated click).
    """
    if interview.status == InterviewStatus.IN_PROGRESS:
        return False
    _require(interview, "start", InterviewStatus.SCHEDULED)
    now = datetime.now(UTC)
    interview.status = InterviewStatus.IN_PROGRESS
    interview.started_at = now
    _ask_next(interview, now)
    await session.flush()
    return True


@dataclass(frozen=True)
class _Gap:
    """What the first answer left out: the follow-up's reason, and the point to dig into."""

    reason: str
    missed: str | None = None


async def _follow_up_gap(question: InterviewQuestion, transcript: str) -> _Gap | None:
    """What the first answer left out, worth a follow-up question; None when it was complete."""
    word_count = len(transcript.split())
    if word_count < SHORT_ANSWER_WORDS:
        return _Gap(reasons.follow_up_short(word_count))
    # The evaluator embeds the answer with the built-in model: CPU work, kept off the event loop.
    quick = await anyio.to_thread.run_sync(
        evaluate_answer,
        EvaluationInput(
            question=question.text,
            category=question.category,
            key_points=question.key_points or [question.text],
            model_answer=question.model_answer,
            skills=question.skills,
            answer=transcript,
        ),
    )
    if not quick.scored:
        return _Gap(reasons.FOLLOW_UP_UNCLEAR)
    covered, missed = len(quick.key_points_covered), quick.key_points_missed
    if covered / max(1, covered + len(missed)) >= WEAK_COVERAGE:
        return None
    first = missed[0].rstrip(".") if missed else None
    said = left_out(first, question.category) if first else None
    return _Gap(reasons.follow_up_missed(said), first)


def _follow_up_text(question: InterviewQuestion, gap: _Gap) -> tuple[str, str | None]:
    """The follow-up and the point it digs into. A point the first answer missed is asked
    about, in the second person (a written follow-up may be about something else); without
    one, or when it does not read as a question, the question's own follow-up is asked, else
    its first key point, else a plain request for an example."""
    missed = follow_up_question(gap.missed, question.category) if gap.missed else None
    if missed is not None:
        return f"Let's go a little deeper. {missed}", gap.missed
    if question.follow_ups:
        return question.follow_ups[0], None
    first = question.key_points[0].rstrip(".") if question.key_points else None
    asked = follow_up_question(first, question.category) if first else None
    if asked is None:
        return "Let's go a little deeper. Can you give a concrete example?", None
    return f"Let's go a little deeper. {asked}", first


def _add_follow_up(interview: Interview, question: InterviewQuestion, gap: _Gap) -> None:
    for later in interview.questions:
        if later.position > question.position:
            later.position += 1
    text, focus = _follow_up_text(question, gap)
    follow_up = InterviewQuestion(
        id=uuid.uuid4(),
        position=question.position + 1,
        text=text,
        category=question.category,
        skills=question.skills,
        difficulty=question.difficulty,
        # Its own rubric: judged on what it asks, not on the parent's list and model answer.
        key_points=follow_up_key_points(text, question.category, focus),
        model_answer=None,
        follow_ups=[],
        source="follow_up",
        status=QuestionStatus.PENDING,
        reason=gap.reason,
        parent_id=question.id,
        answers=[],
    )
    interview.questions.append(follow_up)
    interview.questions.sort(key=lambda q: q.position)


async def _maybe_follow_up(
    interview: Interview, question: InterviewQuestion, transcript: str
) -> None:
    settings = InterviewSettings.model_validate(interview.settings)
    follow_ups = sum(q.source == "follow_up" for q in interview.questions)
    already = any(q.parent_id == question.id for q in interview.questions)
    if (
        not settings.follow_ups
        or question.source == "follow_up"
        or follow_ups >= MAX_FOLLOW_UPS
        or already
    ):
        return
    gap = await _follow_up_gap(question, transcript)
    if gap is not None:
        _add_follow_up(interview, question, gap)


def _repeats(previous: Answer, data: AnswerCreate) -> bool:
    return (
        previous.transcript == data.transcript.strip()
        and previous.source == data.source
        and previous.recording_id == data.recording_id
        and previous.timings == _stored_timings(data)
    )


def _stored_timings(data: AnswerCreate) -> list[dict] | None:
    return [span.model_dump() for span in data.timings] if data.timings else None


async def submit_answer(
    session: AsyncSession, *, interview: Interview, question: InterviewQuestion, data: AnswerCreate
) -> Answer | None:
    """Record an answer (replacing an earlier one keeps it as history) for evaluation.

    None, changing nothing, when it repeats the current answer (a double click).
    """
    _require(interview, "answer questions in", InterviewStatus.IN_PROGRESS)
    if question.category == CODING_CATEGORY:
        raise CodingQuestionNeedsCode()
    now = datetime.now(UTC)
    previous = current_answer(question)
    if previous is not None and _repeats(previous, data):
        return None
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
        timings=_stored_timings(data),
        over_time=(now - asked_at).total_seconds() > limit,
        submitted_at=now,
        evaluation_status=EvaluationStatus.PENDING,
    )
    question.answers.append(answer)
    question.status = QuestionStatus.ANSWERED
    question.asked_at = asked_at
    question.answered_at = now
    if previous is None:
        await _maybe_follow_up(interview, question, answer.transcript)
    _ask_next(interview, now)
    interview.updated_at = now
    await session.flush()
    return answer


async def skip_question(
    session: AsyncSession, *, interview: Interview, question: InterviewQuestion
) -> InterviewQuestion:
    """Skip a question; the next one is asked. Skipping it again changes nothing."""
    _require(interview, "skip questions in", InterviewStatus.IN_PROGRESS)
    if question.status == QuestionStatus.SKIPPED:
        return question
    if question.status == QuestionStatus.ANSWERED:
        raise InterviewStateConflict("skip an answered question in", interview.status)
    now = datetime.now(UTC)
    question.status = QuestionStatus.SKIPPED
    question.asked_at = question.asked_at or now
    question.answered_at = now
    _ask_next(interview, now)
    interview.updated_at = now
    await session.flush()
    return question


async def complete_interview(session: AsyncSession, *, interview: Interview) -> bool:
    """Finish: unanswered questions count as skipped. False, changing nothing, when it
    already is (a repeated click)."""
    if interview.status == InterviewStatus.COMPLETED:
        return False
    _require(interview, "complete", InterviewStatus.IN_PROGRESS)
    now = datetime.now(UTC)
    for question in interview.questions:
        if question.status in UNANSWERED:
            question.status = QuestionStatus.SKIPPED
    interview.status = InterviewStatus.COMPLETED
    interview.completed_at = now
    interview.ended_reason = "completed"
    refresh_score_summary(interview)
    await session.flush()
    return True


async def abandon_interview(session: AsyncSession, *, interview: Interview) -> bool:
    """Give up on an interview that has not been completed. False, changing nothing, when it
    already was given up (a repeated click; an expired one stays expired)."""
    if interview.status == InterviewStatus.ABANDONED:
        return False
    _require(interview, "abandon", InterviewStatus.SCHEDULED, InterviewStatus.IN_PROGRESS)
    interview.status = InterviewStatus.ABANDONED
    interview.ended_reason = "abandoned"
    interview.completed_at = datetime.now(UTC)
    await session.flush()
    return True
