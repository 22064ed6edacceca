from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.dependencies import AdminUser, CurrentUser
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.core.validation import Page, PageSize
from app.interviews.dependencies import ViewableInterview
from app.interviews.queries import list_interviews
from app.interviews.schemas import InterviewStatus
from app.interviews.views import summary_view
from app.results import dashboard
from app.results.admin import search_interviews
from app.results.schemas import (
    AdminInterviewList,
    DashboardStats,
    History,
    HistoryItem,
    InterviewResults,
    Progress,
)
from app.results.service import build_results, load_candidate

results_router = APIRouter(prefix="/api/results", tags=["results"])
dashboard_router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])
admin_router = APIRouter(prefix="/api/admin", tags=["admin"])


@results_router.get(
    "/{interview_id}",
    summary="Scores, feedback and per-question breakdown of a completed interview",
    responses=error_responses(401, 404, 409),
)
async def get_results(session: SessionDep, interview: ViewableInterview) -> InterviewResults:
    return build_results(interview, candidate=await load_candidate(session, interview))


@dashboard_router.get("/stats", summary="My practice in numbers", responses=error_responses(401))
async def get_stats(session: SessionDep, user: CurrentUser) -> DashboardStats:
    return await dashboard.dashboard_stats(session, user_id=user.id)


@dashboard_router.get(
    "/history", summary="My interviews with their scores", responses=error_responses(401, 422)
)
async def get_history(
    session: SessionDep, user: CurrentUser, page: Page = 1, page_size: PageSize = 20
) -> History:
    rows, total = await list_interviews(session, user_id=user.id, page=page, page_size=page_size)
    items = [
        HistoryItem(**summary_view(row).model_dump(), overall=dashboard.overall_score(row))
        for row in rows
    ]
    return History(items=items, total=total, page=page, page_size=page_size)


@dashboard_router.get(
    "/progress",
    summary="My scores over time, by category and by skill",
    responses=error_responses(401),
)
async def get_progress(session: SessionDep, user: CurrentUser) -> Progress:
    return await dashboard.progress(session, user_id=user.id)


@admin_router.get(
    "/interviews",
    summary="Every candidate's interviews, filtered (admins)",
    responses=error_responses(401, 403, 422),
)
async def admin_list_interviews(
    session: SessionDep,
    _admin: AdminUser,
    candidate: Annotated[str | None, Query(max_length=200, description="Email or name")] = None,
    status: InterviewStatus | None = None,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    min_score: Annotated[int | None, Query(ge=0, le=100)] = None,
    max_score: Annotated[int | None, Query(ge=0, le=100)] = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> AdminInterviewList:
    items, total = await search_interviews(
        session,
        candidate=candidate,
        status=status,
        date_from=date_from,
        date_to=date_to,
        min_score=min_score,
        max_score=max_score,
        page=page,
        page_size=page_size,
    )
    return AdminInterviewList(items=items, total=total, page=page, page_size=page_size)
