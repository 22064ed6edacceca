from fastapi import APIRouter

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.jobs import match_service
from app.jobs.parsed import MatchResult
from app.jobs.schemas import MatchRequest

router = APIRouter(prefix="/api/match", tags=["matching"])


@router.post(
    "",
    summary="How well a resume matches a job",
    responses=error_responses(401, 404, 422),
)
async def match_resume(session: SessionDep, user: CurrentUser, data: MatchRequest) -> MatchResult:
    return await match_service.match(session, user=user, request=data)
