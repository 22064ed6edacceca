import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentUser
from app.auth.models import Role
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Interview
from app.interviews.queries import expire_if_stale, load_interview, load_owned_interview


async def valid_owned_interview(
    interview_id: uuid.UUID, session: SessionDep, user: CurrentUser, settings: SettingsDep
) -> Interview:
    interview = await load_owned_interview(session, interview_id=interview_id, user_id=user.id)
    if expire_if_stale(interview, expiry_hours=settings.interview_expiry_hours):
        await session.flush()
    return interview


OwnedInterview = Annotated[Interview, Depends(valid_owned_interview)]


async def valid_viewable_interview(
    interview_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Interview:
    """The user's own interview, or anyone's for an admin reviewing it; otherwise a 404."""
    interview = await load_interview(session, interview_id=interview_id)
    if interview.user_id != user.id and user.role != Role.admin:
        raise InterviewNotFound()
    return interview


ViewableInterview = Annotated[Interview, Depends(valid_viewable_interview)]
