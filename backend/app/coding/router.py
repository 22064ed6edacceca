"""The coding problem bank (admins): search, read, create, change, archive, check, export and
import. Every save that can change what the tests mean runs both reference solutions over every
test in the sandbox first and is refused (422 `coding_problem_tests_fail`, the disagreements in
`details`) when they disagree."""

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile, status
from pydantic import BaseModel

from app.auth.dependencies import AdminUser
from app.coding import problems, transfer
from app.coding.problem_schemas import (
    Difficulty,
    ImportResult,
    ProblemCreate,
    ProblemList,
    ProblemRead,
    ProblemUpdate,
    Topic,
    ValidationProblem,
)
from app.coding.runners.factory import CodeRunnerDep
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.core.http import content_disposition
from app.core.validation import Page, PageSize
from app.questions.transfer import file_too_large

router = APIRouter(prefix="/api/coding/problems", tags=["coding-problems"])


class ProblemDeleted(BaseModel):
    """What DELETE did: removed the problem, or archived it because interviews used it."""

    result: problems.DeleteOutcome


class CheckReport(BaseModel):
    ok: bool
    problems: list[ValidationProblem]
    warnings: list[str]


def _read(problem: object) -> ProblemRead:
    return ProblemRead.model_validate(problem)


@router.get("", summary="Search the coding problems (admins)", responses=error_responses(401, 403))
async def list_problems(
    session: SessionDep,
    _admin: AdminUser,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the title or slug")
    ] = None,
    topic: Topic | None = None,
    difficulty: Difficulty | None = None,
    include_archived: bool = False,
    page: Page = 1,
    page_size: PageSize = 20,
) -> ProblemList:
    rows, total = await problems.list_problems(
        session,
        q=q,
        topic=topic,
        difficulty=difficulty,
        include_archived=include_archived,
        page=page,
        page_size=page_size,
    )
    items = [problems.summary_of(row) for row in rows]
    return ProblemList(items=items, total=total, page=page, page_size=page_size)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add a coding problem, its tests checked against its references (admins)",
    responses=error_responses(401, 403, 409, 422, 503),
)
async def create_problem(
    session: SessionDep, _admin: AdminUser, data: ProblemCreate, runner: CodeRunnerDep
) -> ProblemRead:
    return _read(await problems.create_problem(session, data=data, runner=runner))


@router.get(
    "/export",
    summary="Download the active coding problems as JSON (admins)",
    response_class=Response,
    responses={
        200: {"content": {"application/json": {}}, "description": "The file"},
        **error_responses(401, 403),
    },
)
async def export_problems(session: SessionDep, _admin: AdminUser) -> Response:
    body = await transfer.export_problems(session)
    disposition = content_disposition("coding_problems.json")
    return Response(
        body, media_type="application/json", headers={"Content-Disposition": disposition}
    )


@router.post(
    "/import",
    summary="Create or update coding problems from a JSON file, all or nothing (admins)",
    responses=error_responses(401, 403, 413, 415, 422, 503),
)
async def import_problems(
    session: SessionDep,
    _admin: AdminUser,
    runner: CodeRunnerDep,
    file: UploadFile = File(description="A JSON list of problems, as the export writes it"),
) -> ImportResult:
    data = bytearray()
    while chunk := await file.read(1 << 20):
        data.extend(chunk)
        if len(data) > transfer.IMPORT_MAX_BYTES:
            raise file_too_large(transfer.IMPORT_MAX_BYTES)
    return await transfer.import_problems(session, data=bytes(data), runner=runner)


@router.get(
    "/{problem_id:uuid}",
    summary="One coding problem with its hidden tests and references (admins)",
    responses=error_responses(401, 403, 404),
)
async def get_problem(session: SessionDep, _admin: AdminUser, problem_id: uuid.UUID) -> ProblemRead:
    return _read(await problems.get_problem(session, problem_id=problem_id))


@router.patch(
    "/{problem_id:uuid}",
    summary="Change a coding problem; changed tests or code are checked again (admins)",
    responses=error_responses(401, 403, 404, 422, 503),
)
async def update_problem(
    session: SessionDep,
    _admin: AdminUser,
    problem_id: uuid.UUID,
    data: ProblemUpdate,
    runner: CodeRunnerDep,
) -> ProblemRead:
    problem = await problems.get_problem(session, problem_id=problem_id)
    return _read(await problems.update_problem(session, problem=problem, data=data, runner=runner))


@router.post(
    "/{problem_id:uuid}/check",
    summary="Run both references over every test without saving anything (admins)",
    responses=error_responses(401, 403, 404, 503),
)
async def check(
    session: SessionDep, _admin: AdminUser, problem_id: uuid.UUID, runner: CodeRunnerDep
) -> CheckReport:
    problem = await problems.get_problem(session, problem_id=problem_id)
    result = await problems.check_stored(session, problem=problem, runner=runner)
    return CheckReport(ok=result.ok, problems=result.problems, warnings=result.warnings)


@router.delete(
    "/{problem_id:uuid}",
    summary="Delete a coding problem, or archive it if interviews used it (admins)",
    responses=error_responses(401, 403, 404),
)
async def delete_problem(
    session: SessionDep, _admin: AdminUser, problem_id: uuid.UUID
) -> ProblemDeleted:
    problem = await problems.get_problem(session, problem_id=problem_id)
    return ProblemDeleted(result=await problems.delete_problem(session, problem=problem))
