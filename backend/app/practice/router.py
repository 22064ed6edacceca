import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.dependencies import CurrentUser
from app.auth.policy import can_read
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.interviews.queries import load_interview
from app.interviews.schemas import InterviewRead
from app.interviews.views import interview_view
from app.practice.drills import create_drill
from app.practice.exceptions import CandidateNotFound
from app.practice.schemas import DrillCreate, Weaknesses
from app.practice.service import weaknesses

weaknesses_router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])
drills_router = APIRouter(prefix="/api/drills", tags=["practice"])


@weaknesses_router.get(
    "/weaknesses",
    summary="My recurring weak spots and what to practise next",
    responses=error_responses(401, 404, 422),
)
async def get_weaknesses(
    session: SessionDep,
    user: CurrentUser,
    candidate_id: Annotated[
        uuid.UUID | None, Query(description="Admins: a candidate's (default: mine)")
    ] = None,
) -> Weaknesses:
    owner = candidate_id or user.id
    if not can_read(user, owner):
        raise CandidateNotFound()
    return await weaknesses(session, user_id=owner)


@drills_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Start a short drill interview on my weakest spots",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def start_drill(session: SessionDep, user: CurrentUser, data: DrillCreate) -> InterviewRead:
    interview = await create_drill(session, user=user, data=data)
    return interview_view(await load_interview(session, interview_id=interview.id))
