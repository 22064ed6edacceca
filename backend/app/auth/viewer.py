"""The signed-in viewer, checked inside a read's own query instead of by a query of its own.

A read polled often (the interview page) selects `VIEWER_COLUMNS` from `viewer` and joins what
it reads to it, with `viewer_params(claims)` bound: one round trip instead of two or three and
no `User` object. `signed_in_viewer` then holds its first row to exactly what
`load_signed_in_user` asks: the account still exists and is active, and the token's session
(its family) has not been ended.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, exists, select

from app.auth.dependencies import AccessClaims
from app.auth.exceptions import InvalidToken
from app.auth.models import RefreshToken, Role, User

viewer = User.__table__.alias("viewer")
VIEWER = "viewer_"
"""Prefix of the viewer's columns in a row."""

_session_open = exists(
    select(RefreshToken.id).where(
        RefreshToken.family_id == bindparam("viewer_family_id"),
        RefreshToken.user_id == viewer.c.id,
        RefreshToken.revoked_at.is_(None),
    )
)
VIEWER_COLUMNS = (
    viewer.c.id.label(f"{VIEWER}id"),
    viewer.c.role.label(f"{VIEWER}role"),
    viewer.c.is_active.label(f"{VIEWER}is_active"),
    _session_open.label(f"{VIEWER}session_open"),
)
VIEWER_ID = viewer.c.id == bindparam("viewer_id")
"""The WHERE clause that picks the viewer's row."""


@dataclass(frozen=True)
class Viewer:
    id: uuid.UUID
    role: Role


def viewer_params(claims: AccessClaims) -> dict[str, Any]:
    return {"viewer_id": claims.user_id, "viewer_family_id": claims.family_id}


def signed_in_viewer(row: Row[Any] | None) -> Viewer:
    """The viewer of a query's first row, or a 401 if the account or its session is gone."""
    if row is None:  # no viewer row: the account was deleted
        raise InvalidToken()
    fields = row._mapping
    if not fields[f"{VIEWER}is_active"] or not fields[f"{VIEWER}session_open"]:
        raise InvalidToken()
    return Viewer(id=fields[f"{VIEWER}id"], role=fields[f"{VIEWER}role"])
