import uuid
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from app.auth.dependencies import CurrentUser
from app.auth.policy import ensure_can_read, ensure_can_write
from app.core.db import SessionDep
from app.plans.exceptions import PlanNotFound
from app.plans.models import InterviewPlan
from app.plans.schemas import TODAY_DESCRIPTION
from app.plans.service import load_plan, resolve_today


async def valid_owned_plan(
    plan_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> InterviewPlan:
    """The candidate's own plan, locked to change; an admin gets a 403, anyone else a 404."""
    plan = await load_plan(session, plan_id=plan_id)
    ensure_can_write(user, plan.user_id, not_found=PlanNotFound, thing="interview plan")
    return await load_plan(session, plan_id=plan_id, for_update=True)


async def valid_viewable_plan(
    plan_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> InterviewPlan:
    """The candidate's own plan, or anyone's for an admin; otherwise a 404."""
    plan = await load_plan(session, plan_id=plan_id)
    ensure_can_read(user, plan.user_id, not_found=PlanNotFound)
    return plan


def candidate_today(
    today: Annotated[date | None, Query(description=TODAY_DESCRIPTION)] = None,
) -> date:
    return resolve_today(today)


OwnedPlan = Annotated[InterviewPlan, Depends(valid_owned_plan)]
ViewablePlan = Annotated[InterviewPlan, Depends(valid_viewable_plan)]
Today = Annotated[date, Depends(candidate_today)]
