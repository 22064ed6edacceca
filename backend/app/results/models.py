"""Practice after the interview: retried questions, and links that share the results.

A retry is practice beside the interview, not part of it: the interview's scores stay those of
the answers given in the room.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Float, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base
from app.core.models import JSONType, StrEnumString, UTCDateTime, UUIDPrimaryKey, utcnow
from app.interviews.states import EvaluationStatus


class QuestionRetry(UUIDPrimaryKey, Base):
    """A new attempt at one question of a finished interview, evaluated like the original."""

    __tablename__ = "question_retries"
    __table_args__ = (
        Index("ix_question_retries_interview_id_created_at", "interview_id", "created_at"),
    )

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE")
    )
    question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE"), index=True
    )
    transcript: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="typed")
    duration_s: Mapped[float | None] = mapped_column(Float)
    timings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    media_key: Mapped[str | None] = mapped_column(String(300))
    """The take's file under the data directory, once uploaded."""
    media_type: Mapped[str | None] = mapped_column(String(100))
    media_bytes: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    evaluation_status: Mapped[EvaluationStatus] = mapped_column(
        StrEnumString(EvaluationStatus, 20), default=EvaluationStatus.PENDING, index=True
    )
    evaluation_error: Mapped[str | None] = mapped_column(Text)
    evaluation: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    evaluated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ShareLink(UUIDPrimaryKey, Base):
    """A read-only link to an interview's results for a coach; its token is signed, not stored."""

    __tablename__ = "share_links"

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(120))
    include_video: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ShareComment(UUIDPrimaryKey, Base):
    """A coach's note left through a share link, pinned to a question and a moment of the video."""

    __tablename__ = "share_comments"
    __table_args__ = (
        Index("ix_share_comments_interview_id_created_at", "interview_id", "created_at"),
    )

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE")
    )
    share_link_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("share_links.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE")
    )
    author_name: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    at_s: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
