import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base
from app.core.models import StrEnumString, Timestamps, UTCDateTime, UUIDPrimaryKey
from app.plans.states import SessionKind, SessionStatus


class InterviewPlan(UUIDPrimaryKey, Timestamps, Base):
    """A candidate's practice towards a real interview on `interview_date`."""

    __tablename__ = "interview_plans"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    interview_date: Mapped[date] = mapped_column(Date)
    sessions_per_week: Mapped[int]
    job_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jobs.id", ondelete="SET NULL")
    )
    job_description_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("job_descriptions.id", ondelete="SET NULL")
    )
    job_title: Mapped[str | None] = mapped_column(String(200))
    wants_coding: Mapped[bool] = mapped_column(default=False)

    sessions: Mapped[list["PlanSession"]] = relationship(
        back_populates="plan",
        order_by="PlanSession.day",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class PlanSession(UUIDPrimaryKey, Base):
    __tablename__ = "plan_sessions"
    __table_args__ = (Index("ix_plan_sessions_plan_id_day", "plan_id", "day"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interview_plans.id", ondelete="CASCADE")
    )
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[SessionKind] = mapped_column(StrEnumString(SessionKind, 20))
    status: Mapped[SessionStatus] = mapped_column(
        StrEnumString(SessionStatus, 20), default=SessionStatus.PENDING
    )
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="SET NULL")
    )
    """The completed interview that counted as this session, when one did."""
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    """A reminder put off: not shown again before this day."""

    plan: Mapped[InterviewPlan] = relationship(back_populates="sessions", lazy="raise")
