"""The coding problem bank as admins manage it: search, read, create, change, archive.

Every save that can change what the tests mean (signature, comparison, examples, tests, time
limit, references) first runs both references over every test in the sandbox, and refuses the
save with the disagreements listed. That run takes seconds, so it happens outside any database
transaction (`checked_values` commits what the request read first).
"""

import uuid
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.coding.catalog import problem_values
from app.coding.exceptions import ProblemNotFound, ProblemSlugTaken, ProblemTestsFail
from app.coding.models import CodingProblem, CodingQuestion
from app.coding.problem_schemas import (
    Difficulty,
    ProblemCreate,
    ProblemSummary,
    ProblemUpdate,
    Topic,
)
from app.coding.runners.base import CodeRunner
from app.coding.validation import CheckResult, check_problem
from app.core.errors import InvalidInput
from app.questions.service import next_free_slug, slugify

DeleteOutcome = Literal["deleted", "archived"]
CHECKED_FIELDS = frozenset(
    {"signature", "comparison", "examples", "tests", "time_limit_ms", "reference"}
)


def _filtered(
    *, q: str | None, topic: Topic | None, difficulty: Difficulty | None, include_archived: bool
) -> Select[CodingProblem]:
    statement = select(CodingProblem)
    if q and q.strip():
        words = q.strip().lower()
        statement = statement.where(
            func.lower(CodingProblem.title).contains(words, autoescape=True)
            | func.lower(CodingProblem.slug).contains(words, autoescape=True)
        )
    if topic:
        statement = statement.where(CodingProblem.topic == topic)
    if difficulty:
        statement = statement.where(CodingProblem.difficulty == difficulty)
    if not include_archived:
        statement = statement.where(CodingProblem.archived.is_(False))
    return statement


async def list_problems(
    session: AsyncSession,
    *,
    q: str | None = None,
    topic: Topic | None = None,
    difficulty: Difficulty | None = None,
    include_archived: bool = False,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[CodingProblem], int]:
    """A page of matching problems by topic, difficulty and title, and how many match."""
    statement = _filtered(
        q=q, topic=topic, difficulty=difficulty, include_archived=include_archived
    )
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await session.scalars(
        statement.order_by(CodingProblem.topic, CodingProblem.difficulty, CodingProblem.title)
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return list(rows), total or 0


async def get_problem(session: AsyncSession, *, problem_id: uuid.UUID) -> CodingProblem:
    problem = await session.get(CodingProblem, problem_id)
    if problem is None:
        raise ProblemNotFound()
    return problem


def stored_problem(problem: CodingProblem) -> ProblemCreate:
    """The row as the schema it was saved from."""
    fields = {name: getattr(problem, name) for name in ProblemCreate.model_fields}
    return ProblemCreate.model_validate(fields)


def _refuse(result: CheckResult) -> None:
    if not result.ok:
        raise ProblemTestsFail(
            f"{len(result.problems)} disagreement(s) between the tests and the references; "
            "nothing was saved.",
            details=[problem.model_dump() for problem in result.problems],
        )


async def checked_values(
    session: AsyncSession, runner: CodeRunner, data: ProblemCreate
) -> dict[str, Any]:
    """Column values of a problem whose tests agree with its references (else a 422).

    Call it before writing anything: it commits what the request read first, since an open
    transaction would hold a pooled connection through the sandbox run and, on SQLite, where
    every writing transaction begins IMMEDIATE, the database's write lock."""
    await session.commit()
    result = await check_problem(runner, data)
    _refuse(result)
    return {**problem_values(data), "tests": result.tests}


async def _flush_unique(session: AsyncSession) -> None:
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise ProblemSlugTaken() from exc


async def create_problem(
    session: AsyncSession, *, data: ProblemCreate, runner: CodeRunner
) -> CodingProblem:
    """Add a problem whose tests agree with its references; the slug comes from the title."""
    values = await checked_values(session, runner, data)
    if data.slug:
        if await session.scalar(select(CodingProblem.id).where(CodingProblem.slug == data.slug)):
            raise ProblemSlugTaken(details={"slug": data.slug})
        slug = data.slug
    else:
        base = slugify(data.title)
        taken = set(
            await session.scalars(
                select(CodingProblem.slug).where(CodingProblem.slug.startswith(base))
            )
        )
        slug = next_free_slug(base, taken)
    problem = CodingProblem(**values, slug=slug, archived=False)
    session.add(problem)
    await _flush_unique(session)
    return problem


async def update_problem(
    session: AsyncSession, *, problem: CodingProblem, data: ProblemUpdate, runner: CodeRunner
) -> CodingProblem:
    """Change the fields sent; tests are checked again when what they mean may have changed."""
    changes = data.model_dump(mode="json", exclude_unset=True)
    archived = changes.pop("archived", None)
    try:
        merged = ProblemCreate.model_validate(
            {**stored_problem(problem).model_dump(mode="json"), **changes}
        )
    except ValidationError as exc:  # rules across fields, checked once the change is merged
        raise InvalidInput(
            "The changed problem is not valid.",
            details=[
                {"field": ".".join(map(str, e["loc"])), "message": e["msg"]} for e in exc.errors()
            ],
        ) from exc
    values = problem_values(merged)
    if CHECKED_FIELDS & changes.keys():
        values = await checked_values(session, runner, merged)
    for field in (*changes.keys(), "tests"):
        if field in values:
            setattr(problem, field, values[field])
    if archived is not None:
        problem.archived = archived
    await session.flush()
    return problem


async def delete_problem(session: AsyncSession, *, problem: CodingProblem) -> DeleteOutcome:
    """Delete a problem, or archive it when an interview used it."""
    used = await session.scalar(
        select(CodingQuestion.id).where(CodingQuestion.problem_id == problem.id).limit(1)
    )
    if used is not None:
        problem.archived = True
        await session.flush()
        return "archived"
    await session.delete(problem)
    await session.flush()
    return "deleted"


async def check_stored(
    session: AsyncSession, *, problem: CodingProblem, runner: CodeRunner
) -> CheckResult:
    """Both references over every stored test; nothing is saved. Commits what the request read
    first, as `checked_values` does."""
    data = stored_problem(problem)
    await session.commit()
    return await check_problem(runner, data)


def summary_of(problem: CodingProblem) -> ProblemSummary:
    return ProblemSummary(
        id=problem.id,
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        topic=problem.topic,
        skills=problem.skills,
        test_count=len(problem.tests),
        archived=problem.archived,
        updated_at=problem.updated_at,
    )
