"""What a data export holds: every row of the account as JSON, and the files to add."""

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.auth.models import User
from app.auth.schemas import UserRead
from app.interviews.models import Interview
from app.interviews.queries import with_questions
from app.interviews.states import InterviewStatus
from app.interviews.views import interview_view
from app.jobs.models import JobDescription
from app.jobs.schemas import JobDescriptionRead
from app.recordings.files import extension_for
from app.recordings.models import Recording
from app.recordings.states import RecordingStatus
from app.results.models import QuestionRetry
from app.results.with_coding import results_with_coding
from app.resumes.models import Resume
from app.resumes.schemas import ResumeRead


@dataclass(frozen=True)
class ExportFile:
    key: str
    """Storage key."""
    path: str
    """Where it goes in the zip."""


@dataclass
class ExportData:
    documents: dict[str, Any] = field(default_factory=dict)
    """Zip path -> JSON value."""
    files: list[ExportFile] = field(default_factory=list)
    left_out: list[dict[str, str]] = field(default_factory=list)


def _safe_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).strip("._")
    return cleaned[:100] or "file"


async def _resumes(session: AsyncSession, user_id: uuid.UUID, data: ExportData) -> None:
    rows = await session.scalars(
        select(Resume).where(Resume.user_id == user_id).order_by(Resume.created_at)
    )
    items = []
    for resume in rows:
        path = f"files/resumes/{resume.id}-{_safe_name(resume.filename)}"
        data.files.append(ExportFile(key=resume.storage_key, path=path))
        items.append(
            ResumeRead.model_validate(resume).model_dump(mode="json")
            | {"content_type": resume.content_type, "raw_text": resume.raw_text, "file": path}
        )
    data.documents["resumes.json"] = items


async def _job_descriptions(session: AsyncSession, user_id: uuid.UUID, data: ExportData) -> None:
    rows = await session.scalars(
        select(JobDescription)
        .where(JobDescription.user_id == user_id)
        .order_by(JobDescription.created_at)
    )
    data.documents["job_descriptions.json"] = [
        JobDescriptionRead.model_validate(row).model_dump(mode="json") for row in rows
    ]


async def _interviews(session: AsyncSession, user: User, data: ExportData) -> None:
    rows = await session.scalars(
        with_questions(select(Interview).where(Interview.user_id == user.id)).order_by(
            Interview.created_at
        )
    )
    for interview in rows:
        results = (
            (await results_with_coding(session, interview, candidate=user)).model_dump(mode="json")
            if interview.status == InterviewStatus.COMPLETED
            else None
        )
        data.documents[f"interviews/{interview.id}.json"] = {
            "interview": interview_view(interview).model_dump(mode="json"),
            "results": results,
        }


def _recording_document(recording: Recording, file_path: str | None) -> dict[str, Any]:
    return {
        "id": str(recording.id),
        "interview_id": str(recording.interview_id),
        "mime_type": recording.mime_type,
        "status": recording.status,
        "duration_s": recording.duration_s,
        "has_video": recording.has_video,
        "created_at": recording.created_at.isoformat(),
        "markers": [
            {
                "question_id": str(m.question_id),
                "started_at_s": m.started_at_s,
                "ended_at_s": m.ended_at_s,
            }
            for m in recording.markers
        ],
        "transcript": recording.transcript,
        "analysis": recording.analysis,
        "external_url": recording.external_url,
        "file": file_path,
    }


async def _recordings(session: AsyncSession, user_id: uuid.UUID, data: ExportData) -> None:
    rows = await session.scalars(
        select(Recording)
        .where(Recording.user_id == user_id)
        .options(selectinload(Recording.markers))
        .order_by(Recording.created_at)
    )
    items = []
    for recording in rows:
        path = None
        if recording.file_key and recording.status == RecordingStatus.READY:
            path = f"files/recordings/{recording.id}.{extension_for(recording.mime_type)}"
            data.files.append(ExportFile(key=recording.file_key, path=path))
        elif recording.external_url:
            data.left_out.append(
                {"path": f"recording {recording.id}", "reason": "stored at Cloudinary: see its url"}
            )
        items.append(_recording_document(recording, path))
    data.documents["recordings.json"] = items


async def _retries(session: AsyncSession, user_id: uuid.UUID, data: ExportData) -> None:
    rows = await session.scalars(
        select(QuestionRetry)
        .join(Interview, Interview.id == QuestionRetry.interview_id)
        .where(Interview.user_id == user_id)
        .order_by(QuestionRetry.created_at)
    )
    items = []
    for retry in rows:
        path = None
        if retry.media_key:
            path = f"files/retries/{retry.id}.{extension_for(retry.media_type or '')}"
            data.files.append(ExportFile(key=retry.media_key, path=path))
        items.append(
            {
                "id": str(retry.id),
                "interview_id": str(retry.interview_id),
                "question_id": str(retry.question_id),
                "transcript": retry.transcript,
                "source": retry.source,
                "duration_s": retry.duration_s,
                "created_at": retry.created_at.isoformat(),
                "evaluation_status": retry.evaluation_status,
                "evaluation": retry.evaluation,
                "file": path,
            }
        )
    data.documents["retries.json"] = items


async def collect_export(session: AsyncSession, *, user: User) -> ExportData:
    """Everything the account holds, read in a handful of queries."""
    data = ExportData()
    data.documents["profile.json"] = UserRead.model_validate(user).model_dump(mode="json")
    await _resumes(session, user.id, data)
    await _job_descriptions(session, user.id, data)
    await _interviews(session, user, data)
    await _recordings(session, user.id, data)
    await _retries(session, user.id, data)
    return data
