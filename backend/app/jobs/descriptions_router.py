from fastapi import APIRouter, Response, status

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.jobs import descriptions
from app.jobs.bounded_parsing import parse_outside_transaction
from app.jobs.dependencies import OwnedJobDescription
from app.jobs.parsed import ParsedJob
from app.jobs.schemas import (
    JobDescriptionCreate,
    JobDescriptionList,
    JobDescriptionRead,
    JobDescriptionUpdate,
)

router = APIRouter(prefix="/api/job-descriptions", tags=["job-descriptions"])


@router.post(
    "/preview",
    summary="Parse a job description without saving it",
    responses=error_responses(401, 422),
)
async def preview_job_description(
    session: SessionDep, _user: CurrentUser, data: JobDescriptionCreate
) -> ParsedJob:
    return await parse_outside_transaction(session, data.text, title=data.title)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Save and parse a pasted job description",
    responses=error_responses(401, 422),
)
async def create_job_description(
    session: SessionDep, user: CurrentUser, data: JobDescriptionCreate
) -> JobDescriptionRead:
    saved = await descriptions.create_job_description(session, user_id=user.id, data=data)
    return JobDescriptionRead.model_validate(saved)


@router.get("", summary="My saved job descriptions", responses=error_responses(401))
async def list_job_descriptions(session: SessionDep, user: CurrentUser) -> JobDescriptionList:
    rows = await descriptions.list_job_descriptions(session, user_id=user.id)
    return JobDescriptionList(items=[JobDescriptionRead.model_validate(row) for row in rows])


# `:uuid`, so `/preview` with another method is a 405, not an id that fails to parse.
@router.get(
    "/{description_id:uuid}",
    summary="One saved job description",
    responses=error_responses(401, 404),
)
async def get_job_description(description: OwnedJobDescription) -> JobDescriptionRead:
    return JobDescriptionRead.model_validate(description)


@router.patch(
    "/{description_id:uuid}",
    summary="Rename a saved job description",
    responses=error_responses(401, 404, 422),
)
async def update_job_description(
    session: SessionDep, description: OwnedJobDescription, data: JobDescriptionUpdate
) -> JobDescriptionRead:
    saved = await descriptions.update_job_description(session, description=description, data=data)
    return JobDescriptionRead.model_validate(saved)


@router.delete(
    "/{description_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a saved job description",
    responses=error_responses(401, 404),
)
async def delete_job_description(session: SessionDep, description: OwnedJobDescription) -> Response:
    await descriptions.delete_job_description(session, description=description)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
