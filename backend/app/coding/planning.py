"""Coding problems in a new interview: which round (asked, or the template's), the question
rows (category "coding"), where they go among the talking questions, and their links."""

import uuid
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.models import CodingProblem, CodingQuestion
from app.coding.picking import Pick, pick_problems
from app.coding.schemas import CodingRound
from app.coding.scoring import CODING_CATEGORY
from app.interviews.models import Interview, InterviewQuestion
from app.questions.bank import QuestionCategory
from app.questions.models import InterviewTemplate

RECENT_INTERVIEWS_TO_AVOID = 5
LEVEL = {"easy": 1, "medium": 2, "hard": 3}


@dataclass(frozen=True)
class PlannedCoding:
    question: InterviewQuestion
    problem: CodingProblem
    language: str


def coding_round_for(
    requested: CodingRound | None, template: InterviewTemplate | None
) -> CodingRound | None:
    """The round asked for, else the template's coding problems mixed with its questions."""
    if requested is not None:
        return requested
    if template is not None and template.coding_problems:
        return CodingRound(problems=template.coding_problems)
    return None


async def _recent_slugs(session: AsyncSession, user_id: uuid.UUID) -> set[str]:
    recent = (
        select(Interview.id)
        .where(Interview.user_id == user_id)
        .order_by(Interview.created_at.desc())
        .limit(RECENT_INTERVIEWS_TO_AVOID)
    )
    rows = await session.scalars(
        select(CodingQuestion.problem_slug).where(CodingQuestion.interview_id.in_(recent))
    )
    return set(rows)


def _question(pick: Pick) -> InterviewQuestion:
    problem = pick.problem
    return InterviewQuestion(
        id=uuid.uuid4(),
        position=0,
        text=f"Coding exercise: {problem.title}. {problem.summary}",
        # Never a bank category: coding questions are answered with code, not by the evaluator.
        category=cast(QuestionCategory, CODING_CATEGORY),
        skills=problem.skills,
        difficulty=LEVEL[problem.difficulty.value],
        key_points=problem.explanation_points,
        model_answer=problem.solution.get("approach"),
        follow_ups=[],
        source="coding",
        reason=pick.reason,
        answers=[],
    )


async def plan_coding_questions(
    session: AsyncSession,
    *,
    request: CodingRound | None,
    role: str,
    seniority: str | None,
    skills: list[str],
    user_id: uuid.UUID,
    seed: int,
) -> list[PlannedCoding]:
    """Question rows for the coding problems chosen for this interview."""
    if request is None:
        return []
    problems = list(
        await session.scalars(select(CodingProblem).where(CodingProblem.archived.is_(False)))
    )
    picks = pick_problems(
        problems,
        request=request,
        role=role,
        seniority=seniority,
        skills=skills,
        avoid_slugs=await _recent_slugs(session, user_id),
        seed=seed,
    )
    return [PlannedCoding(_question(pick), pick.problem, request.language) for pick in picks]


def place_coding_questions(
    questions: list[InterviewQuestion], coding: list[PlannedCoding]
) -> list[InterviewQuestion]:
    """The coding problems after the opening question (first when there is none), the rest
    after them; positions numbered in order."""
    ordered = [*questions[:1], *(planned.question for planned in coding), *questions[1:]]
    for position, question in enumerate(ordered):
        question.position = position
    return ordered


async def link_coding_questions(
    session: AsyncSession, *, interview: Interview, coding: list[PlannedCoding]
) -> None:
    """The coding rows of the interview's coding questions (after its questions are saved)."""
    session.add_all(
        CodingQuestion(
            question_id=planned.question.id,
            interview_id=interview.id,
            problem_id=planned.problem.id,
            problem_slug=planned.problem.slug,
            language=planned.language,
            hints_used=[],
        )
        for planned in coding
    )
    await session.flush()
