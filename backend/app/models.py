"""Every domain's models, imported so Alembic and the tests see the whole schema."""

from app.auth.models import LoginFailure, RefreshToken, User
from app.core.db import Base
from app.jobs.models import Job, JobDescription
from app.resumes.models import Resume

__all__ = ["Base", "Job", "JobDescription", "LoginFailure", "RefreshToken", "Resume", "User"]
