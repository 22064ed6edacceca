import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.resumes.models import Resume
from app.resumes.service import get_owned_resume


async def valid_owned_resume(
    resume_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Resume:
    return await get_owned_resume(session, resume_id=resume_id, user_id=user.id)


OwnedResume = Annotated[Resume, Depends(valid_owned_resume)]
