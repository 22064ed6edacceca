import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
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
from app.recordings.schemas import StorageKind
from app.recordings.states import AnalysisStatus, RecordingSource, RecordingStatus


class Recording(UUIDPrimaryKey, Timestamps, Base):
    """One continuous recording of an interview (camera and microphone, or screen), in chunks."""

    __tablename__ = "recordings"
    __table_args__ = (
        Index("ix_recordings_interview_id_created_at", "interview_id", "created_at"),
        # One open recording per interview, source and type: a double submit cannot open a second,
        # while the screen is recorded beside the camera.
        Index(
            "uq_recordings_open_interview_id_source_mime_type",
            "interview_id",
            "source",
            "mime_type",
            unique=True,
            sqlite_where=text("status = 'recording'"),
            postgresql_where=text("status = 'recording'"),
        ),
    )

    interview_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interviews.id", ondelete="CASCADE")
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    mime_type: Mapped[str] = mapped_column(String(100))
    source: Mapped[RecordingSource] = mapped_column(
        StrEnumString(RecordingSource, 20), default=RecordingSource.CAMERA, server_default="camera"
    )
    status: Mapped[RecordingStatus] = mapped_column(
        StrEnumString(RecordingStatus, 20), default=RecordingStatus.RECORDING, index=True
    )
    storage: Mapped[StorageKind] = mapped_column(String(20), default="local")
    bytes_received: Mapped[int] = mapped_column(BigInteger, default=0)
    total_chunks: Mapped[int | None]
    file_key: Mapped[str | None] = mapped_column(String(300))
    file_bytes: Mapped[int | None] = mapped_column(BigInteger)
    duration_s: Mapped[float | None] = mapped_column(Float)
    has_video: Mapped[bool | None]
    external_id: Mapped[str | None] = mapped_column(String(300))
    external_url: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    finalized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    analysis_status: Mapped[AnalysisStatus] = mapped_column(
        StrEnumString(AnalysisStatus, 20), default=AnalysisStatus.NONE, index=True
    )
    analysis_progress: Mapped[float] = mapped_column(Float, default=0.0)
    analysis_error: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    transcript: Mapped[dict[str, Any] | None] = mapped_column(JSONType)

    chunks: Mapped[list["RecordingChunk"]] = relationship(
        order_by="RecordingChunk.seq", cascade="all, delete-orphan", lazy="raise"
    )
    markers: Mapped[list["RecordingMarker"]] = relationship(
        order_by="RecordingMarker.started_at_s", cascade="all, delete-orphan", lazy="raise"
    )


class RecordingChunk(UUIDPrimaryKey, Base):
    __tablename__ = "recording_chunks"
    __table_args__ = (UniqueConstraint("recording_id", "seq"),)

    recording_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("recordings.id", ondelete="CASCADE")
    )
    seq: Mapped[int]
    size: Mapped[int]
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecordingMarker(UUIDPrimaryKey, Base):
    """Where one question's answer starts and ends in the recording, in seconds."""

    __tablename__ = "recording_markers"
    __table_args__ = (UniqueConstraint("recording_id", "question_id"),)

    recording_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("recordings.id", ondelete="CASCADE")
    )
    question_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("interview_questions.id", ondelete="CASCADE")
    )
    started_at_s: Mapped[float] = mapped_column(Float)
    ended_at_s: Mapped[float | None] = mapped_column(Float)
