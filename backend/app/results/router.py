from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.dependencies import AdminUser, CurrentUser
from app.coding.results import coding_results
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.core.validation import Page, PageSize
from app.interviews.dependencies import ViewableInterview
from app.interviews.states import InterviewStatus
from app.results import dashboard
from app.results.admin import AdminInterviewSort, search_interviews
from app.results.checklist import first_run_checklist
from app.results.schemas import (
    AdminInterviewList,
    Checklist,
    DashboardStats,
    History,
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
    candidate = await load_candidate(session, interview)
    completed = interview.status == InterviewStatus.COMPLETED
    coding = await coding_results(session, interview) if completed else None
    return build_results(interview, candidate=candidate, coding=coding)


@dashboard_router.get("/stats", summary="My practice in numbers", responses=error_responses(401))
async def get_stats(session: SessionDep, user: CurrentUser) -> DashboardStats:
    return await dashboard.dashboard_stats(session, user_id=user.id)


@dashboard_router.get(
    "/checklist",
    summary="My first steps: resume, job, finished interview",
    responses=error_responses(401),
)
async def get_checklist(session: SessionDep, user: CurrentUser) -> Checklist:
    return await first_run_checklist(session, user_id=user.id)


@dashboard_router.get(
    "/history", summary="My interviews with their scores", responses=error_responses(401, 422)
)
async def get_history(
    session: SessionDep, user: CurrentUser, page: Page = 1, page_size: PageSize = 20
) -> History:
    return await dashboard.history(session, user_id=user.id, page=page, page_size=page_size)


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
    sort: Annotated[
        AdminInterviewSort,
        Query(description="Field to order by, descending with a leading '-'"),
    ] = AdminInterviewSort.NEWEST,
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
        sort=sort,
        page=page,
        page_size=page_size,
    )
    return AdminInterviewList(items=items, total=total, page=page, page_size=page_size)
