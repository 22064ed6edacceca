"""What a plan and its reminders look like to the candidate on a given day."""

import uuid
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.plans.models import InterviewPlan, PlanSession
from app.plans.progress import state_of
from app.plans.schedule import RULE
from app.plans.schemas import PlanProgress, PlanRead, PlanSessionRead, Reminder
from app.plans.service import matches_for
from app.plans.states import SessionStatus

OVERDUE_REMINDER_DAYS = 7
"""A missed session stops reminding after a week: by then it is history, not a task."""
RULE_LINES = [" ".join(line.split()) for line in RULE.strip().split("\n- ")[1:]]


def plan_read(plan: InterviewPlan, *, matches: dict[uuid.UUID, uuid.UUID], today: date) -> PlanRead:
    sessions = [
        PlanSessionRead(
            id=s.id,
            day=s.day,
            kind=s.kind,
            state=state_of(s, matched=s.id in matches, today=today),
            interview_id=s.interview_id or matches.get(s.id),
            done_by_hand=s.status == SessionStatus.DONE and s.interview_id is None,
        )
        for s in plan.sessions
    ]
    done = sum(s.state == "done" for s in sessions)
    missed = sum(s.state == "missed" for s in sessions)
    remaining = sum(s.state in ("due", "upcoming") for s in sessions)
    return PlanRead(
        id=plan.id,
        user_id=plan.user_id,
        interview_date=plan.interview_date,
        days_left=(plan.interview_date - today).days,
        sessions_per_week=plan.sessions_per_week,
        job_id=plan.job_id,
        job_description_id=plan.job_description_id,
        job_title=plan.job_title,
        wants_coding=plan.wants_coding,
        progress=PlanProgress(total=len(sessions), done=done, missed=missed, remaining=remaining),
        sessions=sessions,
        rule=RULE_LINES,
    )


async def read_plan(session: AsyncSession, plan: InterviewPlan, *, today: date) -> PlanRead:
    return plan_read(plan, matches=await matches_for(session, plan, today=today), today=today)


async def reminders(session: AsyncSession, *, user_id: uuid.UUID, today: date) -> list[Reminder]:
    """Sessions due today or missed this past week, not snoozed, not yet done: newest first."""
    due = await session.scalars(
        select(InterviewPlan)
        .where(InterviewPlan.user_id == user_id, InterviewPlan.interview_date >= today)
        .where(
            InterviewPlan.sessions.any(
                (PlanSession.status == SessionStatus.PENDING)
                & (PlanSession.day <= today)
                & (PlanSession.day >= today - timedelta(days=OVERDUE_REMINDER_DAYS))
                & or_(PlanSession.snoozed_until.is_(None), PlanSession.snoozed_until <= today)
            )
        )
        .options(selectinload(InterviewPlan.sessions))
    )
    found: list[Reminder] = []
    for plan in due:
        matches = await matches_for(session, plan, today=today)
        for s in plan.sessions:
            if state_of(s, matched=s.id in matches, today=today) not in ("due", "missed"):
                continue
            if s.day < today - timedelta(days=OVERDUE_REMINDER_DAYS):
                continue
            if s.snoozed_until is not None and s.snoozed_until > today:
                continue
            found.append(
                Reminder(
                    plan_id=plan.id,
                    session_id=s.id,
                    day=s.day,
                    kind=s.kind,
                    overdue=s.day < today,
                    interview_date=plan.interview_date,
                    job_id=plan.job_id,
                    job_description_id=plan.job_description_id,
                    job_title=plan.job_title,
                )
            )
    return sorted(found, key=lambda r: (r.day, r.interview_date), reverse=True)
