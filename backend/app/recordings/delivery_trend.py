"""How a candidate's delivery changes across interviews: one point per analysed recording."""

import uuid
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.interviews.models import Interview
from app.recordings.models import Recording
from app.recordings.states import AnalysisStatus


class DeliveryPoint(BaseModel):
    interview_id: uuid.UUID
    role: str
    recorded_at: datetime
    words_per_minute: float | None
    fillers_per_minute: float | None
    long_pauses: int
    speaking_ratio: float
    looking_at_camera_ratio: float | None


def _point(recording: Recording, role: str) -> DeliveryPoint:
    report = recording.analysis or {}
    video = report.get("video") or {}
    looking = video.get("looking_at_camera_ratio") if video.get("available") else None
    return DeliveryPoint(
        interview_id=recording.interview_id,
        role=role,
        recorded_at=recording.created_at,
        words_per_minute=(report.get("speaking") or {}).get("words_per_minute"),
        fillers_per_minute=(report.get("fillers") or {}).get("per_minute"),
        long_pauses=(report.get("pauses") or {}).get("count_long", 0),
        speaking_ratio=(report.get("speaking") or {}).get("speaking_ratio", 0.0),
        looking_at_camera_ratio=looking,
    )


async def delivery_trend(session: AsyncSession, *, user_id: uuid.UUID) -> list[DeliveryPoint]:
    """Oldest first; an interview recorded twice counts its newest analysed recording."""
    rows = await session.execute(
        select(Recording, Interview.role)
        .join(Interview, Interview.id == Recording.interview_id)
        .where(Recording.user_id == user_id, Recording.analysis_status == AnalysisStatus.DONE)
        .order_by(Recording.created_at)
    )
    newest: dict[uuid.UUID, DeliveryPoint] = {}
    for recording, role in rows:
        newest[recording.interview_id] = _point(recording, role)
    return sorted(newest.values(), key=lambda point: point.recorded_at)
