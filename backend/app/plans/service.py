"""Interview plans: create, read, rebuild on a new date, mark sessions, delete."""

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.errors import Conflict
from app.core.models import utcnow
from app.jobs.models import Job, JobDescription
from app.plans.coding_fit import asks_for_code
from app.plans.exceptions import (
    InvalidPlanDate,
    PlanJobNotFound,
    PlanNotFound,
    PlanSessionNotFound,
    SessionNotDue,
)
from app.plans.models import InterviewPlan, PlanSession
from app.plans.progress import completed_since, match_interviews
from app.plans.schedule import MAX_DAYS_AHEAD, build_schedule
from app.plans.schemas import PlanCreate, PlanUpdate
from app.plans.states import SessionStatus

MAX_ACTIVE_PLANS = 5
TODAY_SLACK_DAYS = 1


def resolve_today(asked: date | None) -> date:
    """The candidate's date: theirs if within a day of UTC (every time zone is), else a 422."""
    utc_today = datetime.now(UTC).date()
    if asked is None:
        return utc_today
    if abs((asked - utc_today).days) > TODAY_SLACK_DAYS:
        raise InvalidPlanDate(
            f"today must be within {TODAY_SLACK_DAYS} day of {utc_today.isoformat()}."
        )
    return asked


def check_interview_date(interview_date: date, *, today: date) -> None:
    if interview_date <= today:
        raise InvalidPlanDate("The interview date must be after today.")
    if interview_date > today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidPlanDate(f"The interview date must be within {MAX_DAYS_AHEAD} days.")


async def _job_facts(
    session: AsyncSession, *, user_id: uuid.UUID, data: PlanCreate
) -> tuple[str | None, bool]:
    """The job's title and whether it asks for code."""
    if data.job_id is not None:
        job = await session.get(Job, data.job_id)
        if job is None:
            raise PlanJobNotFound()
        skills = [
            *job.parsed.get("required_skills", []),
            *job.parsed.get("nice_to_have_skills", []),
        ]
        return job.title, asks_for_code(title=job.title, text=job.description, skills=skills)
    if data.job_description_id is not None:
        saved = await session.get(JobDescription, data.job_description_id)
        if saved is None or saved.user_id != user_id:
            raise PlanJobNotFound()
        parsed = saved.parsed
        title = saved.title or parsed.get("title")
        skills = [*parsed.get("required_skills", []), *parsed.get("nice_to_have_skills", [])]
        return title, asks_for_code(title=title, text=saved.text, skills=skills)
    return None, False


def _schedule_into(plan: InterviewPlan, *, today: date, taken: set[date]) -> list[PlanSession]:
    planned = build_schedule(
        today=today,
        interview_date=plan.interview_date,
        sessions_per_week=plan.sessions_per_week,
        wants_coding=plan.wants_coding,
    )
    return [
        PlanSession(id=uuid.uuid4(), plan_id=plan.id, day=p.day, kind=p.kind)
        for p in planned
        if p.day not in taken
    ]


async def create_plan(
    session: AsyncSession, *, user_id: uuid.UUID, data: PlanCreate, today: date
) -> InterviewPlan:
    """A plan and its schedule from today until the interview."""
    check_interview_date(data.interview_date, today=today)
    active = await session.scalars(
        select(InterviewPlan.id).where(
            InterviewPlan.user_id == user_id, InterviewPlan.interview_date >= today
        )
    )
    if len(active.all()) >= MAX_ACTIVE_PLANS:
        raise Conflict(f"You already have {MAX_ACTIVE_PLANS} upcoming plans: delete one first.")
    title, wants_coding = await _job_facts(session, user_id=user_id, data=data)
    plan = InterviewPlan(
        id=uuid.uuid4(),
        user_id=user_id,
        interview_date=data.interview_date,
        sessions_per_week=data.sessions_per_week,
        job_id=data.job_id,
        job_description_id=data.job_description_id,
        job_title=title,
        wants_coding=wants_coding,
    )
    session.add(plan)
    session.add_all(_schedule_into(plan, today=today, taken=set()))
    await session.flush()
    return await load_plan(session, plan_id=plan.id)


async def load_plan(
    session: AsyncSession, *, plan_id: uuid.UUID, for_update: bool = False
) -> InterviewPlan:
    query = (
        select(InterviewPlan)
        .where(InterviewPlan.id == plan_id)
        .options(selectinload(InterviewPlan.sessions))
        .execution_options(populate_existing=True)
    )
    if for_update:
        query = query.with_for_update(of=InterviewPlan)
    plan = await session.scalar(query)
    if plan is None:
        raise PlanNotFound()
    return plan


async def list_plans(session: AsyncSession, *, user_id: uuid.UUID) -> list[InterviewPlan]:
    """A candidate's plans, the nearest interview first."""
    rows = await session.scalars(
        select(InterviewPlan)
        .where(InterviewPlan.user_id == user_id)
        .options(selectinload(InterviewPlan.sessions))
        .order_by(InterviewPlan.interview_date, InterviewPlan.created_at)
    )
    return list(rows)


async def matches_for(
    session: AsyncSession, plan: InterviewPlan, *, today: date
) -> dict[uuid.UUID, uuid.UUID]:
    completed = await completed_since(session, user_id=plan.user_id, since=plan.created_at)
    return match_interviews(plan.sessions, completed, today=today)


async def _write_matches(session: AsyncSession, plan: InterviewPlan, *, today: date) -> None:
    """Record the interviews that counted so far, so a rebuild keeps those sessions done."""
    matches = await matches_for(session, plan, today=today)
    for planned in plan.sessions:
        if planned.id in matches:
            planned.status = SessionStatus.DONE
            planned.interview_id = matches[planned.id]
            planned.done_at = utcnow()


async def update_plan(
    session: AsyncSession, *, plan: InterviewPlan, data: PlanUpdate, today: date
) -> InterviewPlan:
    """A new date or pace: past and done sessions stay, the rest is built again from today."""
    if data.interview_date is not None:
        check_interview_date(data.interview_date, today=today)
        plan.interview_date = data.interview_date
    if data.sessions_per_week is not None:
        plan.sessions_per_week = data.sessions_per_week
    await _write_matches(session, plan, today=today)
    kept = [s for s in plan.sessions if s.status == SessionStatus.DONE or s.day < today]
    await session.execute(
        delete(PlanSession).where(
            PlanSession.plan_id == plan.id,
            PlanSession.id.not_in([s.id for s in kept]),
        )
    )
    session.add_all(_schedule_into(plan, today=today, taken={s.day for s in kept}))
    await session.flush()
    return await load_plan(session, plan_id=plan.id)


async def delete_plan(session: AsyncSession, *, plan: InterviewPlan) -> None:
    await session.delete(plan)
    await session.flush()


def find_session(plan: InterviewPlan, session_id: uuid.UUID) -> PlanSession:
    for planned in plan.sessions:
        if planned.id == session_id:
            return planned
    raise PlanSessionNotFound()


async def mark_done(session: AsyncSession, *, planned: PlanSession, today: date) -> None:
    """Done by hand: practice outside Rehearse counts too, once its day has come."""
    if planned.day > today:
        raise SessionNotDue()
    planned.status = SessionStatus.DONE
    planned.done_at = utcnow()
    planned.snoozed_until = None
    await session.flush()


async def snooze(session: AsyncSession, *, planned: PlanSession, today: date, days: int) -> None:
    planned.snoozed_until = today + timedelta(days=days)
    await session.flush()


async def dismiss(session: AsyncSession, *, planned: PlanSession) -> None:
    """Skipped on purpose: no reminder, not counted as missed."""
    if planned.status == SessionStatus.PENDING:
        planned.status = SessionStatus.DISMISSED
    await session.flush()
