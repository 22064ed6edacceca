import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base
from app.core.models import (
    JSONType,
    StrEnumString,
    Timestamps,
    UTCDateTime,
    UUIDPrimaryKey,
    utcnow,
)
from app.interviews.states import (
    EvaluationStatus,
    InterviewMode,
    InterviewStatus,
    QuestionStatus,
)
from app.questions.bank import QuestionCategory


class Interview(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "interviews"
    __table_args__ = (
        Index("ix_interviews_user_id_created_at", "user_id", "created_at"),
        # The admin list: newest first across every candidate, and filtered by status and score.
        Index("ix_interviews_created_at", "created_at"),
        Index("ix_interviews_status_score_overall", "status", "score_overall"),
        # A candidate's finished interviews in order (the dashboard): SQLite, without
        # statistics, would otherwise walk every candidate's completed ones by status.
        Index("ix_interviews_user_id_status_completed_at", "user_id", "status", "completed_at"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(120))
    seniority: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[InterviewStatus] = mapped_column(
        StrEnumString(InterviewStatus, 20), default=InterviewStatus.SCHEDULED, index=True
    )
    mode: Mapped[InterviewMode] = mapped_column(
        StrEnumString(InterviewMode, 20),
        default=InterviewMode.STANDARD,
        server_default=InterviewMode.STANDARD.value,
    )
    resume_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("resumes.id", ondelete="SET NULL")
    )
    job_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jobs.id", ondelete="SET NULL")
    )
    job_description_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("job_descriptions.id", ondelete="SET NULL")
    )
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("interview_templates.id", ondelete="SET NULL")
    )
    job_title: Mapped[str | None] = mapped_column(String(200))
    job_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    match: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    settings: Mapped[dict[str, Any]] = mapped_column(JSONType)
    generator: Mapped[str] = mapped_column(String(30), default="local")
    generator_note: Mapped[str | None] = mapped_column(Text)
    seed: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_reason: Mapped[str | None] = mapped_column(String(40))
    # What the dashboard and the admin list show, kept by app.results.summary whenever it
    # changes (completion, an evaluation settled, an answer replaced) so they read it in SQL.
    # All empty until the interview is completed; overall stays null when nothing was scorable.
    score_overall: Mapped[int | None]
    score_technical: Mapped[int | None]
    score_communication: Mapped[int | None]
    score_breakdown: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    """{"by_category": {category: score}, "skills": [[skill, score] of each scored answer, in
    question order]}: the progress charts (one document, read back for every point)."""
    scored_count: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_count: Mapped[int] = mapped_column(default=0, server_default="0")
    # The average score of its coding problems (unsubmitted ones count 0), kept by app.coding
    # whenever a submission is judged or a hint taken; the overall score counts it.
    score_coding: Mapped[int | None]

    questions: Mapped[list["InterviewQuestion"]] = relationship(
        back_populates="interview",
        order_by="InterviewQuestion.position",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class InterviewQuestion(UUIDPrimaryKey, Base):
    __tablename__ = "interview_questions"
    __table_args__ = (
        Index("ix_interview_questions_interview_id_position", "interview_id", "position"),
        # Answered questions counted per interview from the index alone (dashboard, lists).
        Index("ix_interview_questions_interview_id_status", "interview_id", "status"),
    )

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE")
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[QuestionCategory] = mapped_column(String(20))
    skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    difficulty: Mapped[int] = mapped_column(default=2)
    key_points: Mapped[list[str]] = mapped_column(JSONType, default=list)
    model_answer: Mapped[str | None] = mapped_column(Text)
    follow_ups: Mapped[list[str]] = mapped_column(JSONType, default=list)
    source: Mapped[str] = mapped_column(String(20), default="bank")
    reason: Mapped[str] = mapped_column(Text, default="")
    bank_question_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    bank_slug: Mapped[str | None] = mapped_column(String(120))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE")
    )
    status: Mapped[QuestionStatus] = mapped_column(
        StrEnumString(QuestionStatus, 20), default=QuestionStatus.PENDING
    )
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    interview: Mapped[Interview] = relationship(back_populates="questions", lazy="raise")
    answers: Mapped[list["Answer"]] = relationship(
        back_populates="question",
        order_by="Answer.submitted_at",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class Answer(UUIDPrimaryKey, Base):
    """One submitted answer; replacing it keeps the old one with is_current=False."""

    __tablename__ = "answers"
    __table_args__ = (
        # One current answer per question, whichever writer (a double click, a transcript) races.
        Index(
            "uq_answers_current_question_id",
            "question_id",
            unique=True,
            sqlite_where=text("is_current"),
            postgresql_where=text("is_current"),
        ),
    )

    question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE"), index=True
    )
    transcript: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="typed")
    duration_s: Mapped[float | None]
    recording_id: Mapped[str | None] = mapped_column(String(64))
    timings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    """Spoken answers: [{text, start_s, end_s}] from the answer's start (evaluation.timings)."""
    is_current: Mapped[bool] = mapped_column(default=True)
    over_time: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    evaluation_status: Mapped[EvaluationStatus] = mapped_column(
        StrEnumString(EvaluationStatus, 20), default=EvaluationStatus.PENDING, index=True
    )
    evaluation_error: Mapped[str | None] = mapped_column(Text)
    evaluation: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    evaluated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    question: Mapped[InterviewQuestion] = relationship(back_populates="answers", lazy="raise")
