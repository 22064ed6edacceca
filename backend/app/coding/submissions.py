"""Running a candidate's code on the server: the public examples on request, and on submission
every hidden test, whatever the browser said. A submission is judged (correctness, efficiency
from the large inputs, quality from the text), stored, and the first one answers the question
and adds the interviewer's follow-up about the code, asked next."""

import contextlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

import anyio
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.cases import Case, example_cases, hidden_cases, run_job
from app.coding.efficiency import Efficiency, measure
from app.coding.exceptions import SubmissionLimit, TimelineFull
from app.coding.followup import FollowUp, choose_follow_up
from app.coding.judge import Judgement, difference, judge
from app.coding.lint import Quality, assess
from app.coding.models import CodingProblem, CodingQuestion, CodingSubmission
from app.coding.problem_schemas import Signature, TestKind
from app.coding.room import (
    ensure_open,
    latest_submission,
    load_coding,
    load_problem,
    record_snapshot,
    rescore,
)
from app.coding.runners.base import CodeRunner, RunReport
from app.coding.schemas import CodeIn, ExampleResult, ExampleRun, SnapshotEvent
from app.coding.scoring import submission_score
from app.coding.views import stored_result
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import load_interview
from app.interviews.schemas import InterviewSettings
from app.interviews.states import UNANSWERED, InterviewStatus, QuestionStatus

MAX_SUBMISSIONS = 30


async def _run(
    session: AsyncSession,
    runner: CodeRunner,
    problem: CodingProblem,
    data: CodeIn,
    cases: list[Case],
) -> RunReport:
    """The sandbox run, outside any transaction: it takes seconds, and an open transaction
    would hold a pooled connection and, on SQLite, the database's write lock all along."""
    signature = Signature.model_validate(problem.signature)
    await session.commit()
    return await runner.run(run_job(signature, data.language, data.code, cases))


async def _snapshot_quietly(
    session: AsyncSession, coding: CodingQuestion, data: CodeIn, event: SnapshotEvent
) -> None:
    """Runs and submissions join the timeline while it has room."""
    with contextlib.suppress(TimelineFull):
        await record_snapshot(session, coding, code=data.code, language=data.language, event=event)


async def run_examples(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    coding: CodingQuestion,
    data: CodeIn,
    runner: CodeRunner,
) -> ExampleRun:
    """The public examples run in the sandbox, with inputs, values, diffs and output."""
    ensure_open(interview, question)
    problem = await load_problem(session, coding)
    await _snapshot_quietly(session, coding, data, "run")
    cases = example_cases(problem.examples, time_limit_ms=problem.time_limit_ms)
    report = await _run(session, runner, problem, data, cases)
    judgement = judge(cases, report, problem.comparison)
    results = [
        ExampleResult(
            name=r.case.name,
            input=r.case.described_input,
            expected=r.case.expected,
            actual=r.actual,
            passed=r.passed,
            verdict=r.verdict,
            diff=difference(r.case.expected, r.actual)
            if r.outcome.value_json and not r.passed
            else None,
            stdout=r.outcome.stdout,
            error=r.outcome.error,
            time_ms=round(r.outcome.time_ms, 3),
        )
        for r in judgement.results
    ]
    return ExampleRun(
        verdict=judgement.verdict,
        load_error=judgement.load_error,
        results=results,
        runner=report.runner,
    )


def correctness_of(judgement: Judgement) -> int:
    """Share of the normal and edge tests passed, 0-100."""
    small = [r for r in judgement.results if r.case.kind != TestKind.LARGE]
    return round(100 * sum(r.passed for r in small) / len(small)) if small else 0


def _follow_up_for(
    problem: CodingProblem, judgement: Judgement, efficiency: Efficiency
) -> FollowUp:
    return choose_follow_up(
        judgement,
        efficiency,
        approach=problem.solution.get("approach", ""),
        alternatives=problem.solution.get("alternatives", []),
        space=problem.solution.get("space", ""),
        explanation_points=problem.explanation_points,
    )


def _insert_follow_up(
    interview: Interview, question: InterviewQuestion, follow_up: FollowUp
) -> InterviewQuestion:
    for later in interview.questions:
        if later.position > question.position:
            later.position += 1
    row = InterviewQuestion(
        id=uuid.uuid4(),
        position=question.position + 1,
        text=follow_up.text,
        # A spoken technical answer, judged by the evaluator on the points it should cover.
        category="technical",
        skills=question.skills,
        difficulty=question.difficulty,
        key_points=follow_up.key_points,
        model_answer=None,
        follow_ups=[],
        source="follow_up",
        status=QuestionStatus.PENDING,
        reason=follow_up.reason,
        parent_id=question.id,
        answers=[],
    )
    interview.questions.append(row)
    interview.questions.sort(key=lambda q: q.position)
    return row


def _answer(interview: Interview, question: InterviewQuestion, now: datetime) -> None:
    """The question counts as answered; the next unanswered one is asked."""
    question.status = QuestionStatus.ANSWERED
    question.answered_at = now
    upcoming = next((q for q in interview.questions if q.status in UNANSWERED), None)
    if upcoming is not None and upcoming.asked_at is None:
        upcoming.status = QuestionStatus.ASKED
        upcoming.asked_at = now
    interview.updated_at = now


async def _guard(
    session: AsyncSession, coding: CodingQuestion, data: CodeIn
) -> CodingSubmission | None:
    """The last submission when this one repeats it (a double click); a 409 past the limit."""
    latest = await latest_submission(session, coding.id)
    if latest is not None and latest.code == data.code and latest.language == data.language:
        return latest
    count = await session.scalar(
        select(func.count()).where(CodingSubmission.coding_question_id == coding.id)
    )
    if (count or 0) >= MAX_SUBMISSIONS:
        raise SubmissionLimit(details={"limit": MAX_SUBMISSIONS})
    return None


@dataclass(frozen=True)
class Judged:
    """Everything the server concluded from a run."""

    judgement: Judgement
    efficiency: Efficiency
    quality: Quality
    correctness: int
    results: list[dict[str, Any]]
    follow_up: FollowUp


def _judged(problem: CodingProblem, data: CodeIn, cases: list[Case], report: RunReport) -> Judged:
    """Judge a run (CPU work: call it in a worker thread)."""
    judgement = judge(cases, report, problem.comparison)
    large = [r for r in judgement.results if r.case.large]
    efficiency = measure(large, expected=problem.solution.get("time", "O(n)"))
    return Judged(
        judgement=judgement,
        efficiency=efficiency,
        quality=assess(data.code, data.language),
        correctness=correctness_of(judgement),
        results=[stored_result(result) for result in judgement.results],
        follow_up=_follow_up_for(problem, judgement, efficiency),
    )


def _submission(
    coding: CodingQuestion, data: CodeIn, report: RunReport, judged: Judged
) -> CodingSubmission:
    return CodingSubmission(
        coding_question_id=coding.id,
        language=data.language,
        code=data.code,
        submitted_at=datetime.now(UTC),
        verdict=judged.judgement.verdict,
        passed=judged.judgement.passed,
        total=len(judged.judgement.results),
        load_error=judged.judgement.load_error,
        results=judged.results,
        runner=report.runner,
        duration_ms=round(report.wall_ms, 1),
        correctness=judged.correctness,
        efficiency=judged.efficiency.model_dump(mode="json"),
        quality=judged.quality.model_dump(mode="json"),
        score=submission_score(judged.correctness, judged.efficiency.score, judged.quality.score),
    )


async def submit(
    session: AsyncSession,
    *,
    interview: Interview,
    question: InterviewQuestion,
    coding: CodingQuestion,
    data: CodeIn,
    runner: CodeRunner,
) -> tuple[CodingSubmission, uuid.UUID | None]:
    """Judge the code on every hidden test; returns the submission and the follow-up's id."""
    ensure_open(interview, question)
    repeated = await _guard(session, coding, data)
    if repeated is not None:
        return repeated, coding.follow_up_question_id
    problem = await load_problem(session, coding)
    # Large inputs are megabytes to make, judge and store: worker threads, not the event loop.
    cases = await anyio.to_thread.run_sync(
        partial(hidden_cases, problem.tests, time_limit_ms=problem.time_limit_ms)
    )
    report = await _run(session, runner, problem, data, cases)
    judged = await anyio.to_thread.run_sync(_judged, problem, data, cases, report)
    # Read again under the lock: the interview may have moved on during the run.
    interview = await load_interview(session, interview_id=interview.id, for_update=True)
    question, coding = await load_coding(session, interview, question.id)
    submission = _submission(coding, data, report, judged)
    session.add(submission)
    await _snapshot_quietly(session, coding, data, "submit")
    await rescore(session, interview=interview, coding=coding)
    if (
        interview.status == InterviewStatus.IN_PROGRESS
        and question.status != QuestionStatus.ANSWERED
    ):
        if (
            coding.follow_up_question_id is None
            and InterviewSettings.model_validate(interview.settings).follow_ups
        ):
            follow_up = _insert_follow_up(interview, question, judged.follow_up)
            await session.flush()
            coding.follow_up_question_id = follow_up.id
        _answer(interview, question, submission.submitted_at)
    await session.flush()
    return submission, coding.follow_up_question_id
