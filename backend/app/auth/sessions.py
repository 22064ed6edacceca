"""Whether a signed-in session (a token family) is still open, checked on every request.

An access token lives for minutes and carries its family (`fam`). A logout, a detected refresh
token reuse or a password change revokes the family's refresh tokens; the access tokens of that
family must stop working too, not linger until they expire. Asking the database on every request
would cost a query each, so each process keeps the answer for `session_check_cache_s` seconds,
and forgets it at once when it revokes a family itself.
"""

import time
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import RefreshToken

_MAX_ENTRIES = 10_000


class _SessionCache:
    """family id -> (still open, when this answer was read, monotonic seconds)."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[bool, float]] = {}

    def get(self, family_id: str, *, ttl_s: float) -> bool | None:
        entry = self._entries.get(family_id)
        if entry is None:
            return None
        is_open, read_at = entry
        if time.monotonic() - read_at >= ttl_s:
            return None
        return is_open

    def put(self, family_id: str, is_open: bool) -> None:
        if len(self._entries) >= _MAX_ENTRIES:
            self._entries.clear()
        self._entries[family_id] = (is_open, time.monotonic())

    def clear(self) -> None:
        self._entries.clear()


_cache = _SessionCache()


async def session_is_open(
    session: AsyncSession, *, family_id: str, user_id: uuid.UUID, ttl_s: float
) -> bool:
    """True while the family still has an unrevoked refresh token of this user."""
    cached = _cache.get(family_id, ttl_s=ttl_s)
    if cached is not None:
        return cached
    found = await session.scalar(
        select(RefreshToken.id)
        .where(
            RefreshToken.family_id == family_id,
            RefreshToken.user_id == user_id,
            RefreshToken.revoked_at.is_(None),
        )
        .limit(1)
    )
    _cache.put(family_id, found is not None)
    return found is not None


def session_ended(family_id: str) -> None:
    """This process revoked the family: refuse its access tokens from now on."""
    _cache.put(family_id, False)


def sessions_changed() -> None:
    """Several families were revoked at once: forget every cached answer."""
    _cache.clear()
