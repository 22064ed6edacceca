import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.jobs.descriptions import get_owned_job_description
from app.jobs.models import JobDescription


async def valid_owned_job_description(
    description_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> JobDescription:
    """The saved job description if the signed-in user saved it; anyone else's is a 404."""
    return await get_owned_job_description(session, description_id=description_id, user_id=user.id)


OwnedJobDescription = Annotated[JobDescription, Depends(valid_owned_job_description)]
