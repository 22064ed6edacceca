import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.avatar.schemas import AvatarProvider
from app.avatar.states import ClipStatus
from app.core.db import Base
from app.core.models import (
    JSONType,
    StrEnumString,
    Timestamps,
    UTCDateTime,
    UUIDPrimaryKey,
    utcnow,
)


class AvatarSession(UUIDPrimaryKey, Timestamps, Base):
    """The hosted avatar (Tavus conversation, D-ID clips) that runs one interview."""

    __tablename__ = "avatar_sessions"

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE"), unique=True
    )
    provider: Mapped[AvatarProvider] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(30), default="active")
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    fallback_reason: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AvatarClip(UUIDPrimaryKey, Timestamps, Base):
    """A rendered clip of the avatar saying one text, shared by every interview that asks it."""

    __tablename__ = "avatar_clips"

    cache_key: Mapped[str] = mapped_column(String(64), unique=True)
    provider: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[ClipStatus] = mapped_column(
        StrEnumString(ClipStatus, 20), default=ClipStatus.PENDING
    )
    external_id: Mapped[str | None] = mapped_column(String(200))
    video_url: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)


class WebhookEvent(UUIDPrimaryKey, Base):
    """A callback already applied, so a redelivery is acknowledged and ignored."""

    __tablename__ = "webhook_events"
    __table_args__ = (UniqueConstraint("provider", "event_key"),)

    provider: Mapped[str] = mapped_column(String(20))
    event_key: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
