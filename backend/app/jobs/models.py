import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base
from app.core.models import JSONType, Timestamps, UTCDateTime, UUIDPrimaryKey


class Job(UUIDPrimaryKey, Timestamps, Base):
    """A listing in the shared job catalog."""

    __tablename__ = "jobs"

    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200))
    remote: Mapped[bool] = mapped_column(default=False)
    job_type: Mapped[str] = mapped_column(String(20), index=True)
    salary_min: Mapped[int | None]
    salary_max: Mapped[int | None]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    description: Mapped[str] = mapped_column(Text)
    parsed: Mapped[dict[str, Any]] = mapped_column(JSONType)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class JobDescription(UUIDPrimaryKey, Timestamps, Base):
    """A job description a candidate pasted; private to them."""

    __tablename__ = "job_descriptions"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    parsed: Mapped[dict[str, Any]] = mapped_column(JSONType)
