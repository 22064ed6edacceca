import uuid
from typing import Any

from sqlalchemy import ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base
from app.core.models import JSONType, Timestamps, UUIDPrimaryKey
from app.questions.bank import QuestionCategory


class Question(UUIDPrimaryKey, Timestamps, Base):
    """A question in the bank. Archived instead of deleted once an interview used it."""

    __tablename__ = "questions"

    slug: Mapped[str] = mapped_column(String(120), unique=True)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[QuestionCategory] = mapped_column(String(20), index=True)
    skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    role_families: Mapped[list[str]] = mapped_column(JSONType, default=list)
    competency: Mapped[str | None] = mapped_column(String(50))
    difficulty: Mapped[int] = mapped_column(default=2)
    key_points: Mapped[list[str]] = mapped_column(JSONType, default=list)
    model_answer: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[list[str]] = mapped_column(JSONType, default=list)
    archived: Mapped[bool] = mapped_column(default=False, index=True)


class InterviewTemplate(UUIDPrimaryKey, Timestamps, Base):
    """A named interview plan admins offer to candidates."""

    __tablename__ = "interview_templates"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str | None] = mapped_column(String(120))
    seniority: Mapped[str | None] = mapped_column(String(20))
    mix: Mapped[dict[str, Any]] = mapped_column(JSONType)
    time_per_question_s: Mapped[int] = mapped_column(default=180)
    follow_ups: Mapped[bool] = mapped_column(default=True)
    coding_problems: Mapped[int] = mapped_column(default=0, server_default="0")
    """Coding problems added to the mix (app.coding)."""
    created_by: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL")
    )
