"""Every domain's models, imported so Alembic and the tests see the whole schema."""

from app.auth.models import (
    LoginFailure,
    PasswordResetRequest,
    PasswordResetToken,
    RefreshToken,
    User,
)
from app.avatar.models import AvatarClip, AvatarSession, WebhookEvent
from app.coding.models import CodingProblem, CodingQuestion, CodingSnapshot, CodingSubmission
from app.core.db import Base
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.jobs.models import Job, JobDescription
from app.plans.models import InterviewPlan, PlanSession
from app.questions.models import InterviewTemplate, Question
from app.recordings.models import Recording, RecordingChunk, RecordingMarker
from app.results.models import QuestionRetry, ShareComment, ShareLink
from app.resumes.models import Resume

__all__ = [
    "Answer",
    "AvatarClip",
    "AvatarSession",
    "Base",
    "CodingProblem",
    "CodingQuestion",
    "CodingSnapshot",
    "CodingSubmission",
    "Interview",
    "InterviewPlan",
    "InterviewQuestion",
    "InterviewTemplate",
    "Job",
    "JobDescription",
    "LoginFailure",
    "PasswordResetRequest",
    "PasswordResetToken",
    "PlanSession",
    "Question",
    "QuestionRetry",
    "Recording",
    "RecordingChunk",
    "RecordingMarker",
    "RefreshToken",
    "Resume",
    "ShareComment",
    "ShareLink",
    "User",
    "WebhookEvent",
]
