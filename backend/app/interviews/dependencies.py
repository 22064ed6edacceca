import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentUser
from app.auth.policy import ensure_can_read, ensure_can_write
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.interviews.exceptions import InterviewNotFound
from app.interviews.models import Interview
from app.interviews.queries import expire_stale, load_interview


async def valid_owned_interview(
    interview_id: uuid.UUID, session: SessionDep, user: CurrentUser, settings: SettingsDep
) -> Interview:
    """The user's own interview, to take part in or change; an admin gets a 403, others a 404."""
    interview = await load_interview(session, interview_id=interview_id)
    ensure_can_write(user, interview.user_id, not_found=InterviewNotFound, thing="interview")
    await expire_stale(session, interview, expiry_hours=settings.interview_expiry_hours)
    return interview


OwnedInterview = Annotated[Interview, Depends(valid_owned_interview)]


async def locked_owned_interview(interview: OwnedInterview, session: SessionDep) -> Interview:
    """The user's own interview read again with its row locked, for a change of its state."""
    return await load_interview(session, interview_id=interview.id, for_update=True)


LockedInterview = Annotated[Interview, Depends(locked_owned_interview)]


async def valid_viewable_interview(
    interview_id: uuid.UUID, session: SessionDep, user: CurrentUser, settings: SettingsDep
) -> Interview:
    """The user's own interview, or anyone's for an admin reviewing it; otherwise a 404."""
    interview = await load_interview(session, interview_id=interview_id)
    ensure_can_read(user, interview.user_id, not_found=InterviewNotFound)
    await expire_stale(session, interview, expiry_hours=settings.interview_expiry_hours)
    return interview


ViewableInterview = Annotated[Interview, Depends(valid_viewable_interview)]
