"""Who may read and who may change a candidate's own things: interviews, recordings, live events.

Reads: the owner, or an admin reviewing it. Writes: the owner only. Someone who may not even
read it is told it does not exist (404), so ids cannot be probed; an admin, who can see it, is
told plainly that it is read-only to them (403).
"""

import uuid

from app.auth.models import Role, User
from app.core.errors import NotFound, PermissionDenied


class OwnerOnly(PermissionDenied):
    code = "owner_only"


def can_read_as(viewer_id: uuid.UUID, role: Role, owner_id: uuid.UUID) -> bool:
    return viewer_id == owner_id or role == Role.admin


def can_read(user: User, owner_id: uuid.UUID) -> bool:
    return can_read_as(user.id, user.role, owner_id)


def can_write(user: User, owner_id: uuid.UUID) -> bool:
    return user.id == owner_id


def ensure_can_read(user: User, owner_id: uuid.UUID, *, not_found: type[NotFound]) -> None:
    if not can_read(user, owner_id):
        raise not_found()


def ensure_can_write(
    user: User, owner_id: uuid.UUID, *, not_found: type[NotFound], thing: str
) -> None:
    """Owner only: an admin gets a 403 naming `thing`, anyone else a 404."""
    if can_write(user, owner_id):
        return
    ensure_can_read(user, owner_id, not_found=not_found)
    raise OwnerOnly(
        f"Only the candidate can change their {thing}; an admin can review it but not change it."
    )
