import uuid
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, Field, model_validator

from app.plans.schedule import MAX_SESSIONS_PER_WEEK, MIN_SESSIONS_PER_WEEK
from app.plans.states import SessionKind

SessionState = Literal["done", "missed", "due", "upcoming", "dismissed"]
TODAY_DESCRIPTION = (
    "Your own date today (YYYY-MM-DD), so the schedule follows your time zone; within a day of "
    "the server's UTC date. Left out: the server's UTC date."
)
SessionsPerWeek = Field(default=3, ge=MIN_SESSIONS_PER_WEEK, le=MAX_SESSIONS_PER_WEEK)


class PlanCreate(BaseModel):
    interview_date: date = Field(description="The day of the real interview, within 180 days")
    sessions_per_week: int = SessionsPerWeek
    job_id: uuid.UUID | None = Field(default=None, description="A job from the catalogue")
    job_description_id: uuid.UUID | None = Field(default=None, description="A saved description")
    today: date | None = Field(default=None, description=TODAY_DESCRIPTION)

    @model_validator(mode="after")
    def _at_most_one_job(self) -> Self:
        if self.job_id is not None and self.job_description_id is not None:
            raise ValueError("Give at most one of job_id or job_description_id")
        return self


class PlanUpdate(BaseModel):
    interview_date: date | None = Field(default=None, description="A new date rebuilds the rest")
    sessions_per_week: int | None = Field(
        default=None, ge=MIN_SESSIONS_PER_WEEK, le=MAX_SESSIONS_PER_WEEK
    )
    today: date | None = Field(default=None, description=TODAY_DESCRIPTION)


class SessionAction(BaseModel):
    today: date | None = Field(default=None, description=TODAY_DESCRIPTION)


class Snooze(SessionAction):
    days: int = Field(default=1, ge=1, le=7, description="Remind again this many days later")


class PlanSessionRead(BaseModel):
    id: uuid.UUID
    day: date
    kind: SessionKind
    state: SessionState
    interview_id: uuid.UUID | None = Field(
        description="The completed interview that counted as this session"
    )
    done_by_hand: bool


class PlanProgress(BaseModel):
    total: int
    done: int
    missed: int
    remaining: int


class PlanRead(BaseModel):
    id: uuid.UUID
    user_id: uuid.UUID
    interview_date: date
    days_left: int
    sessions_per_week: int
    job_id: uuid.UUID | None
    job_description_id: uuid.UUID | None
    job_title: str | None
    wants_coding: bool
    progress: PlanProgress
    sessions: list[PlanSessionRead]
    rule: list[str] = Field(description="How the schedule was built, in plain words")


class PlanList(BaseModel):
    items: list[PlanRead]


class Reminder(BaseModel):
    plan_id: uuid.UUID
    session_id: uuid.UUID
    day: date
    kind: SessionKind
    overdue: bool
    interview_date: date
    job_id: uuid.UUID | None
    job_description_id: uuid.UUID | None
    job_title: str | None


class ReminderList(BaseModel):
    items: list[Reminder]
