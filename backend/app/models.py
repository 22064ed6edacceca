"""Every domain's models, imported so Alembic and the tests see the whole schema."""

from app.auth.models import LoginFailure, RefreshToken, User
from app.core.db import Base

__all__ = ["Base", "LoginFailure", "RefreshToken", "User"]
