"""Coding problems, and the coding questions of interviews with their code timeline,
hints and submissions."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.coding.judge import Verdict
from app.coding.problem_schemas import Comparison, Difficulty, Topic
from app.coding.runners.base import Language
from app.coding.schemas import SnapshotEvent
from app.core.db import Base
from app.core.models import JSONType, StrEnumString, Timestamps, UTCDateTime, UUIDPrimaryKey, utcnow


class CodingProblem(UUIDPrimaryKey, Timestamps, Base):
    """A problem in the bank. Archived instead of deleted once an interview used it."""

    __tablename__ = "coding_problems"

    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    difficulty: Mapped[Difficulty] = mapped_column(StrEnumString(Difficulty, 10), index=True)
    topic: Mapped[Topic] = mapped_column(StrEnumString(Topic, 30), index=True)
    skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    role_families: Mapped[list[str]] = mapped_column(JSONType, default=list)
    summary: Mapped[str] = mapped_column(Text)
    statement: Mapped[str] = mapped_column(Text)
    signature: Mapped[dict[str, Any]] = mapped_column(JSONType)
    comparison: Mapped[Comparison] = mapped_column(StrEnumString(Comparison, 20))
    examples: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    tests: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    """Hidden tests, each with its expected value (generated ones filled in by the reference)."""
    time_limit_ms: Mapped[int] = mapped_column(default=1000)
    reference: Mapped[dict[str, str]] = mapped_column(JSONType)
    solution: Mapped[dict[str, Any]] = mapped_column(JSONType)
    hints: Mapped[list[str]] = mapped_column(JSONType, default=list)
    explanation_points: Mapped[list[str]] = mapped_column(JSONType, default=list)
    archived: Mapped[bool] = mapped_column(default=False, index=True)


class CodingQuestion(UUIDPrimaryKey, Base):
    """An interview question that is a coding problem (the question row has category
    "coding"): which problem, the language last used, the hints taken, the follow-up asked
    about the candidate's code, and the score of their last submission."""

    __tablename__ = "coding_questions"

    question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE"), unique=True
    )
    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    problem_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("coding_problems.id", ondelete="SET NULL"), index=True
    )
    problem_slug: Mapped[str] = mapped_column(String(80))
    language: Mapped[Language] = mapped_column(String(20), default="python")
    hints_used: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    """[{index, cost, taken_at}] in the order taken."""
    follow_up_question_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="SET NULL")
    )
    score: Mapped[int | None]
    """The last submission's score less the hints' cost; null until something is submitted."""


class CodingSnapshot(UUIDPrimaryKey, Base):
    """The editor's content at one moment: the code timeline, played back after the interview."""

    __tablename__ = "coding_snapshots"
    __table_args__ = (UniqueConstraint("coding_question_id", "seq"),)

    coding_question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("coding_questions.id", ondelete="CASCADE")
    )
    seq: Mapped[int]
    language: Mapped[Language] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(Text)
    event: Mapped[SnapshotEvent] = mapped_column(String(10), default="edit")
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CodingSubmission(UUIDPrimaryKey, Base):
    """Code submitted for judging, with what the server's own run of the hidden tests found."""

    __tablename__ = "coding_submissions"
    __table_args__ = (
        Index("ix_coding_submissions_question_submitted", "coding_question_id", "submitted_at"),
    )

    coding_question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("coding_questions.id", ondelete="CASCADE")
    )
    language: Mapped[Language] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    verdict: Mapped[Verdict] = mapped_column(StrEnumString(Verdict, 20))
    passed: Mapped[int]
    total: Mapped[int]
    load_error: Mapped[str | None] = mapped_column(Text)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    """Per hidden test: name, kind, verdict, time, and (shown after the interview) the input,
    expected and actual values, error and output."""
    runner: Mapped[str] = mapped_column(String(20))
    duration_ms: Mapped[float]
    correctness: Mapped[int]
    efficiency: Mapped[dict[str, Any]] = mapped_column(JSONType)
    quality: Mapped[dict[str, Any]] = mapped_column(JSONType)
    score: Mapped[int]
    """Correctness, efficiency and quality weighted, before the hints' cost."""
