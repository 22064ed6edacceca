import uuid

from fastapi import APIRouter, Query, status

from app.auth.dependencies import CurrentUser
from app.auth.models import Role
from app.core.db import SessionDep
from app.core.errors import PermissionDenied, error_responses
from app.plans import service
from app.plans.dependencies import OwnedPlan, Today, ViewablePlan
from app.plans.schemas import (
    PlanCreate,
    PlanList,
    PlanRead,
    PlanUpdate,
    ReminderList,
    SessionAction,
    Snooze,
)
from app.plans.views import read_plan, reminders

router = APIRouter(prefix="/api/plans", tags=["plans"])


@router.get("/reminders", response_model=ReminderList, responses=error_responses(401))
async def list_reminders(session: SessionDep, user: CurrentUser, today: Today) -> ReminderList:
    """Practice sessions due today or missed in the past week, not done, dismissed or snoozed."""
    return ReminderList(items=await reminders(session, user_id=user.id, today=today))


@router.get("", response_model=PlanList, responses=error_responses(401, 403))
async def list_plans(
    session: SessionDep,
    user: CurrentUser,
    today: Today,
    user_id: uuid.UUID | None = Query(default=None, description="Admins: another candidate's"),
) -> PlanList:
    """Your plans, nearest interview first; an admin may read a candidate's."""
    owner = user.id
    if user_id is not None and user_id != user.id:
        if user.role != Role.admin:
            raise PermissionDenied("Only an admin can read another candidate's plans.")
        owner = user_id
    plans = await service.list_plans(session, user_id=owner)
    return PlanList(items=[await read_plan(session, plan, today=today) for plan in plans])


@router.post(
    "",
    response_model=PlanRead,
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 409),
)
async def create_plan(data: PlanCreate, session: SessionDep, user: CurrentUser) -> PlanRead:
    """Plan practice until the interview date; the schedule follows the rule in `rule`."""
    today = service.resolve_today(data.today)
    plan = await service.create_plan(session, user_id=user.id, data=data, today=today)
    return await read_plan(session, plan, today=today)


@router.get("/{plan_id:uuid}", response_model=PlanRead, responses=error_responses(401, 404))
async def get_plan(plan: ViewablePlan, session: SessionDep, today: Today) -> PlanRead:
    return await read_plan(session, plan, today=today)


@router.patch("/{plan_id:uuid}", response_model=PlanRead, responses=error_responses(401, 403, 404))
async def update_plan(plan: OwnedPlan, data: PlanUpdate, session: SessionDep) -> PlanRead:
    """A new date or pace rebuilds the sessions from today on; done and past ones stay."""
    today = service.resolve_today(data.today)
    plan = await service.update_plan(session, plan=plan, data=data, today=today)
    return await read_plan(session, plan, today=today)


@router.delete(
    "/{plan_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403, 404),
)
async def delete_plan(plan: OwnedPlan, session: SessionDep) -> None:
    await service.delete_plan(session, plan=plan)


@router.post(
    "/{plan_id:uuid}/sessions/{session_id:uuid}/done",
    response_model=PlanRead,
    responses=error_responses(401, 403, 404, 409),
)
async def mark_session_done(
    plan: OwnedPlan, session_id: uuid.UUID, data: SessionAction, session: SessionDep
) -> PlanRead:
    """Done by hand (practice elsewhere counts too); interviews in Rehearse count by themselves."""
    today = service.resolve_today(data.today)
    await service.mark_done(session, planned=service.find_session(plan, session_id), today=today)
    return await read_plan(session, plan, today=today)


@router.post(
    "/{plan_id:uuid}/sessions/{session_id:uuid}/snooze",
    response_model=PlanRead,
    responses=error_responses(401, 403, 404),
)
async def snooze_session(
    plan: OwnedPlan, session_id: uuid.UUID, data: Snooze, session: SessionDep
) -> PlanRead:
    """Remind again `days` later."""
    today = service.resolve_today(data.today)
    planned = service.find_session(plan, session_id)
    await service.snooze(session, planned=planned, today=today, days=data.days)
    return await read_plan(session, plan, today=today)


@router.post(
    "/{plan_id:uuid}/sessions/{session_id:uuid}/dismiss",
    response_model=PlanRead,
    responses=error_responses(401, 403, 404),
)
async def dismiss_session(
    plan: OwnedPlan, session_id: uuid.UUID, data: SessionAction, session: SessionDep
) -> PlanRead:
    """Skip a session on purpose: no more reminders, not counted as missed."""
    today = service.resolve_today(data.today)
    await service.dismiss(session, planned=service.find_session(plan, session_id))
    return await read_plan(session, plan, today=today)
