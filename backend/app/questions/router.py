import uuid
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile, status
from pydantic import BaseModel

from app.auth.dependencies import AdminUser, CurrentUser
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.core.http import content_disposition
from app.core.validation import Page, PageSize
from app.questions import service, templates, transfer
from app.questions.bank import QuestionCategory
from app.questions.schemas import (
    ImportResult,
    QuestionCreate,
    QuestionList,
    QuestionRead,
    QuestionUpdate,
    TemplateCreate,
    TemplateList,
    TemplateRead,
    TemplateUpdate,
)

questions_router = APIRouter(prefix="/api/questions", tags=["questions"])
templates_router = APIRouter(prefix="/api/templates", tags=["templates"])


class QuestionDeleted(BaseModel):
    """What DELETE did: removed the question, or archived it because interviews used it."""

    result: service.DeleteOutcome


async def _read_bounded(upload: UploadFile, limit: int) -> bytes:
    data = bytearray()
    while chunk := await upload.read(1 << 20):
        data.extend(chunk)
        if len(data) > limit:
            raise transfer.file_too_large(limit)
    return bytes(data)


@questions_router.get(
    "", summary="Search the question bank (admins)", responses=error_responses(401, 403, 422)
)
async def list_questions(
    session: SessionDep,
    _admin: AdminUser,
    q: Annotated[str | None, Query(max_length=200, description="Words in the text")] = None,
    category: QuestionCategory | None = None,
    skill: Annotated[str | None, Query(max_length=100, description="A skill or alias")] = None,
    difficulty: Annotated[int | None, Query(ge=1, le=3)] = None,
    include_archived: bool = False,
    page: Page = 1,
    page_size: PageSize = 20,
) -> QuestionList:
    questions, total = await service.list_questions(
        session,
        q=q,
        category=category,
        skill=skill,
        difficulty=difficulty,
        include_archived=include_archived,
        page=page,
        page_size=page_size,
    )
    items = [QuestionRead.model_validate(question) for question in questions]
    return QuestionList(items=items, total=total, page=page, page_size=page_size)


@questions_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add a question to the bank (admins)",
    responses=error_responses(401, 403, 409, 422),
)
async def create_question(
    session: SessionDep, _admin: AdminUser, data: QuestionCreate
) -> QuestionRead:
    return QuestionRead.model_validate(await service.create_question(session, data=data))


@questions_router.get(
    "/export",
    summary="Download the active questions as JSON or CSV (admins)",
    response_class=Response,
    responses={
        200: {"content": {"application/json": {}, "text/csv": {}}, "description": "The file"},
        **error_responses(401, 403, 422),
    },
)
async def export_questions(
    session: SessionDep,
    _admin: AdminUser,
    export_format: Annotated[transfer.TransferFormat, Query(alias="format")] = "json",
) -> Response:
    body, media_type, filename = await transfer.export_questions(session, format=export_format)
    return Response(
        body, media_type=media_type, headers={"Content-Disposition": content_disposition(filename)}
    )


@questions_router.post(
    "/import",
    summary="Create or update questions from a JSON or CSV file, all or nothing (admins)",
    responses=error_responses(401, 403, 409, 413, 415, 422),
)
async def import_questions(
    session: SessionDep,
    _admin: AdminUser,
    file: UploadFile = File(description="JSON (a list of questions) or CSV with a header row"),
    import_format: Annotated[
        transfer.TransferFormat | None,
        Query(alias="format", description="Detected from the content when left out"),
    ] = None,
) -> ImportResult:
    data = await _read_bounded(file, transfer.IMPORT_MAX_BYTES)
    return await transfer.import_questions(session, data=data, format=import_format)


# `:uuid`, so `/export` and `/import` with another method are a 405, not an id that fails.
@questions_router.get(
    "/{question_id:uuid}", summary="One question (admins)", responses=error_responses(401, 403, 404)
)
async def get_question(
    session: SessionDep, _admin: AdminUser, question_id: uuid.UUID
) -> QuestionRead:
    return QuestionRead.model_validate(await service.get_question(session, question_id=question_id))


@questions_router.patch(
    "/{question_id:uuid}",
    summary="Change a question (admins)",
    responses=error_responses(401, 403, 404, 422),
)
async def update_question(
    session: SessionDep, _admin: AdminUser, question_id: uuid.UUID, data: QuestionUpdate
) -> QuestionRead:
    question = await service.get_question(session, question_id=question_id)
    return QuestionRead.model_validate(
        await service.update_question(session, question=question, data=data)
    )


@questions_router.delete(
    "/{question_id:uuid}",
    summary="Delete a question, or archive it if interviews used it (admins)",
    responses=error_responses(401, 403, 404),
)
async def delete_question(
    session: SessionDep, _admin: AdminUser, question_id: uuid.UUID
) -> QuestionDeleted:
    question = await service.get_question(session, question_id=question_id)
    return QuestionDeleted(result=await service.delete_question(session, question=question))


@templates_router.get("", summary="Interview templates, by name", responses=error_responses(401))
async def list_templates(session: SessionDep, _user: CurrentUser) -> TemplateList:
    items = await templates.list_templates(session)
    return TemplateList(items=[TemplateRead.model_validate(item) for item in items])


@templates_router.get(
    "/{template_id}", summary="One interview template", responses=error_responses(401, 404)
)
async def get_template(
    session: SessionDep, _user: CurrentUser, template_id: uuid.UUID
) -> TemplateRead:
    return TemplateRead.model_validate(
        await templates.get_template(session, template_id=template_id)
    )


@templates_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add an interview template (admins)",
    responses=error_responses(401, 403, 409, 422),
)
async def create_template(
    session: SessionDep, admin: AdminUser, data: TemplateCreate
) -> TemplateRead:
    template = await templates.create_template(session, data=data, created_by=admin.id)
    return TemplateRead.model_validate(template)


@templates_router.patch(
    "/{template_id}",
    summary="Change an interview template (admins)",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def update_template(
    session: SessionDep, _admin: AdminUser, template_id: uuid.UUID, data: TemplateUpdate
) -> TemplateRead:
    template = await templates.get_template(session, template_id=template_id)
    return TemplateRead.model_validate(
        await templates.update_template(session, template=template, data=data)
    )


@templates_router.delete(
    "/{template_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an interview template (admins)",
    responses=error_responses(401, 403, 404),
)
async def delete_template(
    session: SessionDep, _admin: AdminUser, template_id: uuid.UUID
) -> Response:
    template = await templates.get_template(session, template_id=template_id)
    await templates.delete_template(session, template=template)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
