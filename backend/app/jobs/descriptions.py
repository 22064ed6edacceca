"""Job descriptions a candidate pastes: parsed on arrival, private to their author."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs.bounded_parsing import parse_outside_transaction
from app.jobs.exceptions import JobDescriptionNotFound
from app.jobs.models import JobDescription
from app.jobs.schemas import JobDescriptionCreate, JobDescriptionUpdate


async def create_job_description(
    session: AsyncSession, *, user_id: uuid.UUID, data: JobDescriptionCreate
) -> JobDescription:
    """Parse and save a pasted job description."""
    parsed = await parse_outside_transaction(session, data.text, title=data.title)
    description = JobDescription(
        user_id=user_id,
        title=data.title or parsed.title,
        text=data.text,
        parsed=parsed.model_dump(mode="json"),
    )
    session.add(description)
    await session.flush()
    return description


async def list_job_descriptions(
    session: AsyncSession, *, user_id: uuid.UUID
) -> list[JobDescription]:
    """The user's saved job descriptions, newest first."""
    rows = await session.scalars(
        select(JobDescription)
        .where(JobDescription.user_id == user_id)
        .order_by(JobDescription.created_at.desc(), JobDescription.id.desc())
    )
    return list(rows)


async def get_owned_job_description(
    session: AsyncSession, *, description_id: uuid.UUID, user_id: uuid.UUID
) -> JobDescription:
    """The job description if this user saved it; anyone else's is not found."""
    description = await session.get(JobDescription, description_id)
    if description is None or description.user_id != user_id:
        raise JobDescriptionNotFound()
    return description


async def update_job_description(
    session: AsyncSession, *, description: JobDescription, data: JobDescriptionUpdate
) -> JobDescription:
    """Rename a saved job description; it is parsed again with the new title, as when saved
    with one (its seniority and occupation follow the title when the title states them)."""
    changes = data.model_dump(exclude_unset=True)
    if "title" in changes and changes["title"] != description.title:
        parsed = await parse_outside_transaction(session, description.text, title=changes["title"])
        description.title = changes["title"]
        description.parsed = parsed.model_dump(mode="json")
        await session.flush()
    return description


async def delete_job_description(session: AsyncSession, *, description: JobDescription) -> None:
    """Remove a saved job description."""
    await session.delete(description)
    await session.flush()
