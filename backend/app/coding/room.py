"""A coding question during the interview: loading it, the code timeline, hints, and its
state as the editor needs it."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.exceptions import (
    CodingNotOpen,
    CodingQuestionNotFound,
    NoHintsLeft,
    ProblemUnavailable,
    TimelineFull,
)
from app.coding.models import CodingProblem, CodingQuestion, CodingSnapshot, CodingSubmission
from app.coding.public import public_problem
from app.coding.runners.base import Language
from app.coding.schemas import (
    CodingQuestionRead,
    HintRead,
    Hints,
    HintTaken,
    Snapshot,
    SnapshotEvent,
    SnapshotIn,
    SnapshotList,
    SnapshotSaved,
    SubmissionRead,
)
from app.coding.scoring import HINT_COST, coding_average, hint_penalty, question_score
from app.coding.views import submission_read, submission_summary
from app.interviews.lifecycle import find_question
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.states import InterviewStatus, QuestionStatus

MAX_SNAPSHOTS = 400


async def load_coding(
    session: AsyncSession, interview: Interview, question_id: uuid.UUID
) -> tuple[InterviewQuestion, CodingQuestion]:
    """The interview's question and its coding row, or a 404."""
    question = find_question(interview, question_id)
    coding = await session.scalar(
        select(CodingQuestion).where(CodingQuestion.question_id == question.id)
    )
    if coding is None:
        raise CodingQuestionNotFound()
    return question, coding


async def load_problem(session: AsyncSession, coding: CodingQuestion) -> CodingProblem:
    problem = await session.get(CodingProblem, coding.problem_id) if coding.problem_id else None
    if problem is None:
        raise ProblemUnavailable()
    return problem


def ensure_open(interview: Interview, question: InterviewQuestion) -> None:
    """Code is taken while the interview runs, for a question asked or answered (not skipped)."""
    if interview.status != InterviewStatus.IN_PROGRESS:
        state = interview.status.replace("_", " ")
        raise CodingNotOpen(f"The interview is {state}: code can no longer be changed.")
    if question.status == QuestionStatus.PENDING:
        raise CodingNotOpen("This question has not been asked yet.")
    if question.status == QuestionStatus.SKIPPED:
        raise CodingNotOpen("This question was skipped.")


async def _last_snapshot(session: AsyncSession, coding_id: uuid.UUID) -> CodingSnapshot | None:
    return await session.scalar(
        select(CodingSnapshot)
        .where(CodingSnapshot.coding_question_id == coding_id)
        .order_by(CodingSnapshot.seq.desc())
        .limit(1)
    )


async def _snapshot_count(session: AsyncSession, coding_id: uuid.UUID) -> int:
    count = await session.scalar(
        select(func.count()).where(CodingSnapshot.coding_question_id == coding_id)
    )
    return count or 0


async def record_snapshot(
    session: AsyncSession,
    coding: CodingQuestion,
    *,
    code: str,
    language: Language,
    event: SnapshotEvent,
) -> SnapshotSaved:
    """Add the code to the timeline; the same code as the last snapshot adds nothing. Lock the
    interview first (`LockedInterview`): the next number is read, then written."""
    last = await _last_snapshot(session, coding.id)
    count = await _snapshot_count(session, coding.id)
    if last is not None and last.code == code and last.language == language:
        return SnapshotSaved(
            seq=last.seq, taken_at=last.taken_at, stored=False, count=count, limit=MAX_SNAPSHOTS
        )
    if count >= MAX_SNAPSHOTS:
        raise TimelineFull(details={"limit": MAX_SNAPSHOTS})
    snapshot = CodingSnapshot(
        coding_question_id=coding.id,
        seq=(last.seq + 1) if last else 1,
        language=language,
        code=code,
        event=event,
        taken_at=datetime.now(UTC),
    )
    session.add(snapshot)
    coding.language = language
    await session.flush()
    return SnapshotSaved(
        seq=snapshot.seq,
        taken_at=snapshot.taken_at,
        stored=True,
        count=count + 1,
        limit=MAX_SNAPSHOTS,
    )


async def save_snapshot(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    coding: CodingQuestion,
    data: SnapshotIn,
) -> SnapshotSaved:
    """The editor's content now, for the code timeline."""
    ensure_open(interview, question)
    return await record_snapshot(
        session, coding, code=data.code, language=data.language, event=data.event
    )


async def list_snapshots(
    session: AsyncSession, *, question: InterviewQuestion, coding: CodingQuestion
) -> SnapshotList:
    """The code timeline in order, each with seconds since the question was asked."""
    rows = list(
        await session.scalars(
            select(CodingSnapshot)
            .where(CodingSnapshot.coding_question_id == coding.id)
            .order_by(CodingSnapshot.seq)
        )
    )
    asked = question.asked_at
    items = [
        Snapshot(
            seq=row.seq,
            taken_at=row.taken_at,
            elapsed_s=round((row.taken_at - asked).total_seconds(), 1) if asked else None,
            language=row.language,
            event=row.event,
            code=row.code,
        )
        for row in rows
    ]
    return SnapshotList(items=items, count=len(items), limit=MAX_SNAPSHOTS)


async def latest_submission(session: AsyncSession, coding_id: uuid.UUID) -> CodingSubmission | None:
    return await session.scalar(
        select(CodingSubmission)
        .where(CodingSubmission.coding_question_id == coding_id)
        .order_by(CodingSubmission.submitted_at.desc(), CodingSubmission.id.desc())
        .limit(1)
    )


async def rescore(session: AsyncSession, *, interview: Interview, coding: CodingQuestion) -> None:
    """The question's score from its last submission and hints, and the interview's average."""
    latest = await latest_submission(session, coding.id)
    coding.score = question_score(latest.score if latest else None, coding.hints_used)
    await session.flush()
    scores = await session.scalars(
        select(CodingQuestion.score).where(CodingQuestion.interview_id == interview.id)
    )
    interview.score_coding = coding_average(list(scores))


async def take_hint(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    coding: CodingQuestion,
) -> HintTaken:
    """The next hint, at a cost of HINT_COST points of this problem's score."""
    ensure_open(interview, question)
    problem = await load_problem(session, coding)
    index = len(coding.hints_used)
    if index >= len(problem.hints):
        raise NoHintsLeft()
    taken = {"index": index, "cost": HINT_COST, "taken_at": datetime.now(UTC).isoformat()}
    coding.hints_used = [*coding.hints_used, taken]
    await rescore(session, interview=interview, coding=coding)
    await session.flush()
    return HintTaken(
        index=index,
        text=problem.hints[index],
        cost=HINT_COST,
        penalty=hint_penalty(coding.hints_used),
        remaining=len(problem.hints) - index - 1,
    )


def hints_view(problem: CodingProblem, coding: CodingQuestion) -> Hints:
    used = [
        HintRead(
            index=hint["index"],
            text=problem.hints[hint["index"]] if hint["index"] < len(problem.hints) else "",
            cost=hint["cost"],
            taken_at=datetime.fromisoformat(hint["taken_at"]),
        )
        for hint in coding.hints_used
    ]
    return Hints(
        used=used,
        remaining=max(0, len(problem.hints) - len(used)),
        cost_per_hint=HINT_COST,
        penalty=hint_penalty(coding.hints_used),
    )


async def question_state(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    coding: CodingQuestion,
) -> CodingQuestionRead:
    """Everything the editor shows for the question."""
    problem = await load_problem(session, coding)
    submissions = list(
        await session.scalars(
            select(CodingSubmission)
            .where(CodingSubmission.coding_question_id == coding.id)
            .order_by(CodingSubmission.submitted_at, CodingSubmission.id)
        )
    )
    revealed = interview.status == InterviewStatus.COMPLETED
    latest = submissions[-1] if submissions else None
    return CodingQuestionRead(
        question_id=question.id,
        interview_id=interview.id,
        status=question.status,
        language=coding.language,
        problem=public_problem(problem),
        hints=hints_view(problem, coding),
        submissions=[submission_summary(row) for row in submissions],
        latest_submission=submission_read(
            latest, revealed=revealed, follow_up_question_id=coding.follow_up_question_id
        )
        if latest
        else None,
        follow_up_question_id=coding.follow_up_question_id,
        snapshot_count=await _snapshot_count(session, coding.id),
        snapshot_limit=MAX_SNAPSHOTS,
        score=coding.score,
        revealed=revealed,
    )


async def submission_reads(
    session: AsyncSession, *, interview: Interview, coding: CodingQuestion
) -> list[SubmissionRead]:
    """Every submission, oldest first; hidden details only once the interview is completed."""
    rows = await session.scalars(
        select(CodingSubmission)
        .where(CodingSubmission.coding_question_id == coding.id)
        .order_by(CodingSubmission.submitted_at, CodingSubmission.id)
    )
    revealed = interview.status == InterviewStatus.COMPLETED
    return [
        submission_read(row, revealed=revealed, follow_up_question_id=coding.follow_up_question_id)
        for row in rows
    ]
