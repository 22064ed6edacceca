"""The signed-in viewer, checked inside a read's own query instead of by a query of its own.

A read polled often (the interview page) selects `VIEWER_COLUMNS` from `viewer` and joins what
it reads to it, with `viewer_params(claims)` bound: one round trip instead of two or three and
no `User` object. `signed_in_viewer` then holds its first row's viewer columns to what
`load_signed_in_user` asks: the account still exists and is active, and the token's session
(its family) has not been ended.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import bindparam, exists, select

from app.auth.dependencies import TOKEN_URL, AccessClaims, get_access_claims, oauth2_scheme
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


def signed_in_viewer(columns: Sequence[Any] | None) -> Viewer:
    """The viewer of a query's first row (the values of its `VIEWER_COLUMNS`), or a 401 if
    the account or its session is gone."""
    if columns is None:  # no viewer row: the account was deleted
        raise InvalidToken()
    viewer_id, role, is_active, session_open = columns
    if not is_active or not session_open:
        raise InvalidToken()
    return Viewer(id=viewer_id, role=role)


class _BearerClaims(OAuth2PasswordBearer):
    """`oauth2_scheme` (the same entry in the OpenAPI document) that also checks the token."""

    async def __call__(self, request: Request) -> AccessClaims:  # type: ignore[override]
        token = await super().__call__(request)
        return get_access_claims(request.app.state.settings, token)


bearer_claims = _BearerClaims(
    tokenUrl=TOKEN_URL, scheme_name=oauth2_scheme.scheme_name, auto_error=False
)
"""`AccessClaimsDep` as one dependency instead of three (the scheme, the settings, the check):
FastAPI's cost per dependency, paid on every request, came close to the read's own."""
ViewerClaims = Annotated[AccessClaims, Depends(bearer_claims)]
