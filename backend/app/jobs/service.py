"""The job catalog: search, read, recommend, and admin changes."""

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import InvalidInput
from app.jobs.bounded_parsing import parse_outside_transaction
from app.jobs.catalog import slugify
from app.jobs.exceptions import JobNotFound
from app.jobs.matching import match_resume_to_job
from app.jobs.models import Job
from app.jobs.parsed import MatchResult, ParsedJob
from app.jobs.schemas import JobCreate, JobUpdate
from app.jobs.search import SearchQuery, relevance
from app.resumes.parsed import ParsedResume

JobSort = Literal["match", "relevance", "newest"]


async def search_jobs(
    session: AsyncSession,
    *,
    query: SearchQuery,
    location: str | None,
    job_type: str | None,
    salary_min: int | None,
    page: int,
    page_size: int,
    sort: JobSort = "relevance",
    resume: ParsedResume | None = None,
) -> tuple[list[tuple[Job, float]], int]:
    """Filter in SQL, rank by relevance (or by fit for `resume`, or newest first), then cut the
    requested page."""
    statement = select(Job)
    if location:
        pattern = f"%{location.strip().lower()}%"
        statement = statement.where(func.lower(Job.location).like(pattern))
    if job_type:
        statement = statement.where(Job.job_type == job_type)
    if salary_min is not None:
        statement = statement.where(func.coalesce(Job.salary_max, Job.salary_min) >= salary_min)
    jobs = list(await session.scalars(statement))
    ranked = [(job, relevance(job, query)) for job in jobs]
    ranked = [pair for pair in ranked if pair[1] > 0]
    ranked.sort(key=lambda pair: (-pair[1], -pair[0].posted_at.timestamp(), pair[0].title))
    if sort == "newest":
        ranked.sort(key=lambda pair: -pair[0].posted_at.timestamp())
    elif sort == "match" and resume is not None:
        ranked = await _by_match(ranked, resume)
    start = (page - 1) * page_size
    return ranked[start : start + page_size], len(ranked)


async def _by_match(
    ranked: list[tuple[Job, float]], resume: ParsedResume
) -> list[tuple[Job, float]]:
    """The same order, best fit for the resume first (stable: ties keep their relevance order)."""
    parsed = [ParsedJob.model_validate(job.parsed) for job, _ in ranked]
    # Matching may embed text: one worker thread scores them all, off the event loop.
    scores = await asyncio.to_thread(
        lambda: [match_resume_to_job(resume, job).score for job in parsed]
    )
    order = sorted(range(len(ranked)), key=lambda index: -scores[index])
    return [ranked[index] for index in order]


async def get_job(session: AsyncSession, *, job_id: uuid.UUID) -> Job:
    """One catalog job or a 404."""
    job = await session.get(Job, job_id)
    if job is None:
        raise JobNotFound()
    return job


async def recommend_jobs(
    session: AsyncSession, *, resume: ParsedResume, limit: int
) -> list[tuple[Job, MatchResult]]:
    """Catalog jobs ranked by how well the resume fits them."""
    jobs = list(await session.scalars(select(Job)))
    parsed = [ParsedJob.model_validate(job.parsed) for job in jobs]
    # Matching may embed text: one worker thread scores them all, off the event loop.
    matches = await asyncio.to_thread(lambda: [match_resume_to_job(resume, job) for job in parsed])
    scored = list(zip(jobs, matches, strict=True))
    scored.sort(key=lambda pair: (-pair[1].score, pair[0].title))
    return scored[:limit]


async def _unique_slug(session: AsyncSession, base: str) -> str:
    slug, n = base, 1
    while await session.scalar(select(Job.id).where(Job.slug == slug)):
        n += 1
        slug = f"{base}-{n}"
    return slug


async def create_job(session: AsyncSession, *, data: JobCreate) -> Job:
    """Add a listing to the catalog (admins)."""
    parsed = await parse_outside_transaction(session, data.description, title=data.title)
    job = Job(
        **data.model_dump(),
        slug=await _unique_slug(session, slugify(f"{data.title}-{data.company}")),
        parsed=parsed.model_dump(mode="json"),
        posted_at=datetime.now(UTC),
    )
    session.add(job)
    await session.flush()
    return job


async def update_job(session: AsyncSession, *, job: Job, data: JobUpdate) -> Job:
    """Change a listing; its parsed requirements follow a new description or title."""
    changes = data.model_dump(exclude_unset=True)
    parsed = None
    if {"description", "title"} & changes.keys():
        parsed = await parse_outside_transaction(
            session,
            changes.get("description", job.description),
            title=changes.get("title", job.title),
        )
    for field, value in changes.items():
        setattr(job, field, value)
    if job.salary_min and job.salary_max and job.salary_min > job.salary_max:
        raise InvalidInput("salary_min must not be above salary_max")
    if parsed is not None:
        job.parsed = parsed.model_dump(mode="json")
    await session.flush()
    return job


async def delete_job(session: AsyncSession, *, job: Job) -> None:
    """Remove a listing from the catalog."""
    await session.delete(job)
    await session.flush()
