"""The coding section of a completed interview's results: per problem the hidden tests passed
and the failing ones with their inputs, correctness, efficiency, quality, how the candidate
explained their code (the follow-up's evaluation), hints, and the model solution."""

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.efficiency import Efficiency
from app.coding.judge import Verdict
from app.coding.lint import Quality
from app.coding.models import CodingProblem, CodingQuestion, CodingSnapshot, CodingSubmission
from app.coding.result_schemas import CodingProblemResult, CodingResults, Explanation, ModelSolution
from app.coding.room import latest_submission
from app.coding.schemas import HiddenTestResult
from app.coding.scoring import coding_average, hint_penalty
from app.evaluation.schemas import AnswerEvaluation
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.states import EVALUATING


def _explanation(interview: Interview, coding: CodingQuestion) -> Explanation | None:
    follow_up = next((q for q in interview.questions if q.id == coding.follow_up_question_id), None)
    if follow_up is None:
        return None
    answer = current_answer(follow_up)
    evaluation = (
        AnswerEvaluation.model_validate(answer.evaluation) if answer and answer.evaluation else None
    )
    return Explanation(
        question_id=follow_up.id,
        question=follow_up.text,
        transcript=answer.transcript if answer else None,
        evaluation_status=answer.evaluation_status if answer else None,
        score=evaluation.score if evaluation else None,
        evaluation=evaluation,
    )


def _model_solution(problem: CodingProblem | None) -> ModelSolution | None:
    if problem is None:
        return None
    return ModelSolution(
        approach=problem.solution.get("approach", ""),
        time=problem.solution.get("time", ""),
        space=problem.solution.get("space", ""),
        alternatives=problem.solution.get("alternatives", []),
        python=problem.reference["python"],
        javascript=problem.reference["javascript"],
    )


async def _counts(
    session: AsyncSession, model: type[CodingSnapshot] | type[CodingSubmission], ids: list[Any]
) -> dict[uuid.UUID, int]:
    rows = await session.execute(
        select(model.coding_question_id, func.count())
        .where(model.coding_question_id.in_(ids))
        .group_by(model.coding_question_id)
    )
    return {key: value for key, value in rows}


async def _first_submitted(session: AsyncSession, ids: list[Any]) -> dict[uuid.UUID, Any]:
    rows = await session.execute(
        select(CodingSubmission.coding_question_id, func.min(CodingSubmission.submitted_at))
        .where(CodingSubmission.coding_question_id.in_(ids))
        .group_by(CodingSubmission.coding_question_id)
    )
    return {key: value for key, value in rows}


def _problem_result(
    question: InterviewQuestion,
    coding: CodingQuestion,
    problem: CodingProblem | None,
    latest: CodingSubmission | None,
    explanation: Explanation | None,
    counts: tuple[int, int, Any],
) -> CodingProblemResult:
    submissions, snapshots, first = counts
    results = latest.results if latest else []
    failing = [
        HiddenTestResult.model_validate(r) for r in results if r["verdict"] != Verdict.ACCEPTED
    ]
    first_s = (first - question.asked_at).total_seconds() if first and question.asked_at else None
    return CodingProblemResult(
        question_id=question.id,
        position=question.position,
        slug=coding.problem_slug,
        title=problem.title if problem else coding.problem_slug,
        difficulty=problem.difficulty if problem else None,
        topic=problem.topic if problem else None,
        status=question.status,
        language=latest.language if latest else coding.language,
        submitted=latest is not None,
        verdict=latest.verdict if latest else None,
        hidden_passed=latest.passed if latest else 0,
        hidden_total=latest.total if latest else (len(problem.tests) if problem else 0),
        failing=failing,
        correctness=latest.correctness if latest else None,
        efficiency=Efficiency.model_validate(latest.efficiency) if latest else None,
        quality=Quality.model_validate(latest.quality) if latest else None,
        explanation=explanation,
        hints_used=len(coding.hints_used),
        hint_penalty=hint_penalty(coding.hints_used),
        score=coding.score,
        code=latest.code if latest else None,
        submissions=submissions,
        snapshots=snapshots,
        first_submission_s=round(first_s, 1) if first_s is not None else None,
        model_solution=_model_solution(problem),
    )


async def coding_results(session: AsyncSession, interview: Interview) -> CodingResults | None:
    """The coding section (None without coding questions); read it once the interview is
    completed, since it shows the hidden tests' inputs."""
    codings = list(
        await session.scalars(
            select(CodingQuestion).where(CodingQuestion.interview_id == interview.id)
        )
    )
    if not codings:
        return None
    ids = [coding.id for coding in codings]
    problem_ids = [c.problem_id for c in codings if c.problem_id]
    problems = {
        p.id: p
        for p in await session.scalars(
            select(CodingProblem).where(CodingProblem.id.in_(problem_ids))
        )
    }
    submissions = await _counts(session, CodingSubmission, ids)
    snapshots = await _counts(session, CodingSnapshot, ids)
    first = await _first_submitted(session, ids)
    by_question = {q.id: q for q in interview.questions}
    items = []
    for coding in codings:
        explanation = _explanation(interview, coding)
        items.append(
            _problem_result(
                by_question[coding.question_id],
                coding,
                problems.get(coding.problem_id) if coding.problem_id else None,
                await latest_submission(session, coding.id),
                explanation,
                (submissions.get(coding.id, 0), snapshots.get(coding.id, 0), first.get(coding.id)),
            )
        )
    items.sort(key=lambda item: item.position)
    pending = any(
        item.explanation is not None and item.explanation.evaluation_status in EVALUATING
        for item in items
    )
    return CodingResults(
        score=coding_average([item.score for item in items]), pending=pending, problems=items
    )
