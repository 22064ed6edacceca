"""Every domain's models, imported so Alembic and the tests see the whole schema."""

from app.auth.models import LoginFailure, RefreshToken, User
from app.avatar.models import AvatarClip, AvatarSession, WebhookEvent
from app.core.db import Base
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.jobs.models import Job, JobDescription
from app.questions.models import InterviewTemplate, Question
from app.recordings.models import Recording, RecordingChunk, RecordingMarker
from app.resumes.models import Resume

__all__ = [
    "Answer",
    "AvatarClip",
    "AvatarSession",
    "Base",
    "Interview",
    "InterviewQuestion",
    "InterviewTemplate",
    "Job",
    "JobDescription",
    "LoginFailure",
    "Question",
    "Recording",
    "RecordingChunk",
    "RecordingMarker",
    "RefreshToken",
    "Resume",
    "User",
    "WebhookEvent",
]
