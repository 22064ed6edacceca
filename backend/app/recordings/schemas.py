import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from app.adapters.storage.base import StoreKind
from app.analytics.schemas import DeliveryReport
from app.recordings.states import AnalysisStatus, RecordingSource, RecordingStatus

StorageKind = StoreKind


class RecordingCreate(BaseModel):
    interview_id: uuid.UUID
    mime_type: str = Field(
        min_length=5, max_length=100, examples=["video/webm;codecs=vp8,opus", "video/mp4"]
    )
    source: RecordingSource = Field(
        default=RecordingSource.CAMERA,
        description="camera: the camera and microphone (transcribed and analysed); "
        "screen: a shared screen, played back beside the camera, not analysed",
    )


class MarkerWrite(BaseModel):
    question_id: uuid.UUID
    started_at_s: float = Field(ge=0, le=24 * 3600)
    ended_at_s: float | None = Field(default=None, ge=0, le=24 * 3600)

    @model_validator(mode="after")
    def _ends_after_start(self) -> "MarkerWrite":
        if self.ended_at_s is not None and self.ended_at_s < self.started_at_s:
            raise ValueError("ended_at_s must not be before started_at_s")
        return self


class MarkerRead(BaseModel):
    question_id: uuid.UUID
    started_at_s: float
    ended_at_s: float | None


class FinalizeRequest(BaseModel):
    total_chunks: int = Field(ge=1, le=100_000)
    duration_s: float | None = Field(default=None, ge=0, le=24 * 3600)


class AnalysisState(BaseModel):
    status: AnalysisStatus
    progress: float
    error: str | None


class RecordingRead(BaseModel):
    id: uuid.UUID
    interview_id: uuid.UUID
    mime_type: str
    source: RecordingSource
    status: RecordingStatus
    storage: StorageKind
    received_seqs: list[int]
    bytes_received: int
    total_chunks: int | None
    duration_s: float | None
    has_video: bool | None
    max_chunk_bytes: int
    markers: list[MarkerRead]
    analysis: AnalysisState
    error: str | None
    created_at: datetime
    finalized_at: datetime | None


class ChunkReceipt(BaseModel):
    seq: int
    bytes: int
    duplicate: bool = Field(description="True when the server already held this part")


class PlaybackLink(BaseModel):
    url: str
    expires_at: datetime | None
    mime_type: str


class TranscriptLine(BaseModel):
    question_id: uuid.UUID | None
    start_s: float
    end_s: float
    text: str


class Chapter(BaseModel):
    question_id: uuid.UUID
    position: int
    title: str
    start_s: float
    end_s: float | None

    def holds(self, at_s: float) -> bool:
        """Whether a moment of the recording falls in this question's span (open-ended last)."""
        return self.start_s <= at_s and (self.end_s is None or at_s < self.end_s)


class RecordingTranscript(BaseModel):
    source: Literal["server_stt", "answers"]
    lines: list[TranscriptLine]
    chapters: list[Chapter]


class RecordingAnalytics(BaseModel):
    status: AnalysisStatus
    progress: float
    error: str | None
    report: DeliveryReport | None = Field(
        description="Speaking rate, fillers, pauses, loudness and on-camera cues, once done"
    )
