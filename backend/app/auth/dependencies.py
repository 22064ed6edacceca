import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.exceptions import InvalidToken
from app.auth.models import Role, User
from app.auth.sessions import session_is_open
from app.core.config import Settings
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import NotAuthenticated, PermissionDenied
from app.core.security import InvalidTokenError, decode_token

TOKEN_URL = "/api/auth/login"
oauth2_scheme = OAuth2PasswordBearer(tokenUrl=TOKEN_URL, auto_error=False)


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    family_id: str


def get_access_claims(
    settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> AccessClaims:
    if not token:
        raise NotAuthenticated()
    try:
        claims = decode_token(token, secret_key=settings.secret_key, token_type="access")
        user_id = uuid.UUID(claims["sub"])
    except (InvalidTokenError, ValueError) as exc:
        raise InvalidToken() from exc
    family_id = claims.get("fam")
    if not isinstance(family_id, str) or not family_id:
        # Every access token we issue names its session; one that does not cannot be ended.
        raise InvalidToken()
    return AccessClaims(user_id=user_id, family_id=family_id)


async def require_access_claims(
    settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> AccessClaims:
    # A coroutine, so that checking a signature does not wait for a worker thread.
    return get_access_claims(settings, token)


AccessClaimsDep = Annotated[AccessClaims, Depends(require_access_claims)]


# Built once: a statement object reused keeps its cache key (`session.get` builds a new one).
_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))


async def load_signed_in_user(
    session: AsyncSession, *, claims: AccessClaims, settings: Settings
) -> User:
    """The claims' user, if the account is active and its session was not ended since."""
    if not await session_is_open(
        session,
        family_id=claims.family_id,
        user_id=claims.user_id,
        ttl_s=settings.session_check_cache_s,
    ):
        raise InvalidToken()
    user = await session.scalar(_USER_BY_ID, {"user_id": claims.user_id})
    if user is None or not user.is_active:
        raise InvalidToken()
    return user


async def get_current_user(
    session: SessionDep, settings: SettingsDep, claims: AccessClaimsDep
) -> User:
    return await load_signed_in_user(session, claims=claims, settings=settings)


CurrentUser = Annotated[User, Depends(get_current_user)]


async def require_admin(user: CurrentUser) -> User:
    if user.role != Role.admin:
        raise PermissionDenied("This action is for administrators only.")
    return user


AdminUser = Annotated[User, Depends(require_admin)]
