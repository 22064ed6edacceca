"""Who may watch an interview's live events."""

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import get_access_claims, load_signed_in_user
from app.auth.policy import can_read, can_write
from app.core.config import Settings
from app.core.errors import AppError
from app.interviews.models import Interview

CLOSE_UNAUTHENTICATED = 4401
CLOSE_NOT_FOUND = 4404


class WatchRefused(Exception):
    """The socket must be closed with `close_code` (the HTTP status, in the 4000 range)."""

    def __init__(self, close_code: int, reason: str) -> None:
        super().__init__(reason)
        self.close_code = close_code
        self.reason = reason


@dataclass(frozen=True)
class Watcher:
    interview_id: uuid.UUID
    user_id: uuid.UUID
    is_owner: bool


async def authorize_watcher(
    session: AsyncSession, *, settings: Settings, token: str | None, interview_id: str
) -> Watcher:
    """The token's user, allowed to watch the interview (its owner, or any admin)."""
    try:
        claims = get_access_claims(settings, token)
        user = await load_signed_in_user(session, claims=claims, settings=settings)
    except AppError as exc:
        raise WatchRefused(CLOSE_UNAUTHENTICATED, exc.message) from exc
    try:
        key = uuid.UUID(interview_id)
    except ValueError:
        key = None
    interview = await session.get(Interview, key) if key is not None else None
    if interview is None or not can_read(user, interview.user_id):
        raise WatchRefused(CLOSE_NOT_FOUND, "Interview not found.")
    is_owner = can_write(user, interview.user_id)
    return Watcher(interview_id=interview.id, user_id=user.id, is_owner=is_owner)
