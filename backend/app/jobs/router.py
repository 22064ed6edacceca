import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.auth.dependencies import AdminUser, CurrentUser
from app.core.db import SessionDep
from app.core.errors import InvalidInput, error_responses
from app.core.validation import MAX_SALARY, Page, PageSize
from app.jobs import service
from app.jobs.schemas import (
    JobCreate,
    JobRead,
    JobRecommendation,
    JobRecommendations,
    JobSearchItem,
    JobSearchResults,
    JobType,
    JobUpdate,
)
from app.jobs.search import build_query
from app.resumes.parsed import ParsedResume
from app.resumes.service import get_owned_resume

router = APIRouter(prefix="/api/jobs", tags=["jobs"])


@router.get("/search", summary="Search the job catalogue", responses=error_responses(401, 404, 422))
async def search_jobs(
    session: SessionDep,
    user: CurrentUser,
    q: Annotated[str | None, Query(max_length=200, description="Words to look for")] = None,
    location: Annotated[str | None, Query(max_length=100)] = None,
    job_type: JobType | None = None,
    skills: Annotated[str | None, Query(description="Comma-separated skill names")] = None,
    salary_min: Annotated[int | None, Query(ge=0, le=MAX_SALARY)] = None,
    resume_id: Annotated[
        uuid.UUID | None, Query(description="One of my resumes, to sort by how well it fits")
    ] = None,
    sort: Annotated[
        service.JobSort | None,
        Query(
            description="match (needs resume_id), relevance or newest; by default match "
            "when a resume is given, else relevance"
        ),
    ] = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> JobSearchResults:
    if sort == "match" and resume_id is None:
        raise InvalidInput("Sorting by match needs resume_id: the resume to match.")
    resume = None
    if resume_id is not None:
        owned = await get_owned_resume(session, resume_id=resume_id, user_id=user.id)
        resume = ParsedResume.model_validate(owned.parsed)
    ranked, total = await service.search_jobs(
        session,
        query=build_query(q, skills),
        location=location,
        job_type=job_type,
        salary_min=salary_min,
        page=page,
        page_size=page_size,
        sort=sort or ("match" if resume is not None else "relevance"),
        resume=resume,
    )
    items = [
        JobSearchItem.model_validate({**JobRead.model_validate(job).model_dump(), "relevance": r})
        for job, r in ranked
    ]
    return JobSearchResults(items=items, total=total, page=page, page_size=page_size)


@router.get(
    "/recommendations",
    summary="Catalogue jobs ranked by fit for one of my resumes",
    responses=error_responses(401, 404, 422),
)
async def recommend_jobs(
    session: SessionDep,
    user: CurrentUser,
    resume_id: uuid.UUID,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> JobRecommendations:
    resume = await get_owned_resume(session, resume_id=resume_id, user_id=user.id)
    ranked = await service.recommend_jobs(
        session, resume=ParsedResume.model_validate(resume.parsed), limit=limit
    )
    return JobRecommendations(
        resume_id=resume.id,
        items=[
            JobRecommendation(job=JobRead.model_validate(job), match=match) for job, match in ranked
        ],
    )


# `:uuid`, so `/search` with another method is a 405, not a job id that fails to parse.
@router.get("/{job_id:uuid}", summary="One catalogue job", responses=error_responses(401, 404))
async def get_job(session: SessionDep, _user: CurrentUser, job_id: uuid.UUID) -> JobRead:
    return JobRead.model_validate(await service.get_job(session, job_id=job_id))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add a job to the catalogue (admins)",
    responses=error_responses(401, 403, 422),
)
async def create_job(session: SessionDep, _admin: AdminUser, data: JobCreate) -> JobRead:
    return JobRead.model_validate(await service.create_job(session, data=data))


@router.patch(
    "/{job_id:uuid}",
    summary="Change a catalogue job (admins)",
    responses=error_responses(401, 403, 404, 422),
)
async def update_job(
    session: SessionDep, _admin: AdminUser, job_id: uuid.UUID, data: JobUpdate
) -> JobRead:
    job = await service.get_job(session, job_id=job_id)
    return JobRead.model_validate(await service.update_job(session, job=job, data=data))


@router.delete(
    "/{job_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a job from the catalogue (admins)",
    responses=error_responses(401, 403, 404),
)
async def delete_job(session: SessionDep, _admin: AdminUser, job_id: uuid.UUID) -> Response:
    await service.delete_job(session, job=await service.get_job(session, job_id=job_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
