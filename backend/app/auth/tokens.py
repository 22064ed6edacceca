"""Issuing, rotating and revoking token pairs.

A refresh token works once. Used again within `refresh_reuse_grace_s` of its rotation (a second
tab, a retried request) it gets the same new refresh token back; used again later, or after its
family was revoked, it revokes its whole family, as a stolen token would.
"""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.exceptions import InvalidToken
from app.auth.models import RefreshToken, User
from app.auth.schemas import TokenPair
from app.auth.sessions import session_ended, sessions_changed
from app.core.config import Settings
from app.core.security import InvalidTokenError, create_token, decode_token

REUSED = "This session was ended because a refresh token was used twice."


def _encode_refresh(stored: RefreshToken, *, settings: Settings) -> str:
    """The refresh token of a stored row: the same string each time for the same row."""
    token, _, _ = create_token(
        subject=str(stored.user_id),
        token_type="refresh",
        secret_key=settings.secret_key,
        expires_in=stored.expires_at - stored.created_at,
        extra={"fam": stored.family_id},
        token_id=stored.id,
        issued_at=stored.created_at,
    )
    return token


def _pair(user: User, refresh: RefreshToken, *, settings: Settings) -> TokenPair:
    """A new access token beside the refresh token of `refresh`."""
    access_ttl = timedelta(minutes=settings.access_token_minutes)
    access, _, _ = create_token(
        subject=str(user.id),
        token_type="access",
        secret_key=settings.secret_key,
        expires_in=access_ttl,
        extra={"role": user.role.value, "fam": refresh.family_id},
    )
    return TokenPair(
        access_token=access,
        refresh_token=_encode_refresh(refresh, settings=settings),
        expires_in=int(access_ttl.total_seconds()),
    )


async def issue_token_pair(
    session: AsyncSession,
    *,
    user: User,
    settings: Settings,
    family_id: str | None = None,
    refresh_id: str | None = None,
) -> TokenPair:
    """Create an access token and a refresh token (a new family unless one is given)."""
    now = datetime.now(UTC)
    stored = RefreshToken(
        id=refresh_id or uuid.uuid4().hex,
        user_id=user.id,
        family_id=family_id or uuid.uuid4().hex,
        created_at=now,
        expires_at=now + timedelta(days=settings.refresh_token_days),
    )
    session.add(stored)
    await session.flush()
    return _pair(user, stored, settings=settings)


def _token_id(token: str, *, settings: Settings) -> str:
    try:
        return decode_token(token, secret_key=settings.secret_key, token_type="refresh")["jti"]
    except InvalidTokenError as exc:
        raise InvalidToken() from exc


async def _load_refresh_token(
    session: AsyncSession, *, token: str, settings: Settings
) -> RefreshToken:
    stored = await session.get(
        RefreshToken, _token_id(token, settings=settings), populate_existing=True
    )
    if stored is None:
        raise InvalidToken()
    return stored


async def revoke_family(session: AsyncSession, *, family_id: str) -> None:
    """Revoke every token of one login's family."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
        .execution_options(synchronize_session=False)
    )
    session_ended(family_id)


async def revoke_user_tokens(
    session: AsyncSession, *, user_id: uuid.UUID, keep_family: str | None = None
) -> None:
    """Revoke all the user's refresh tokens, except one family (the current session) if given."""
    statement = update(RefreshToken).where(
        RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None)
    )
    if keep_family:
        statement = statement.where(RefreshToken.family_id != keep_family)
    await session.execute(
        statement.values(revoked_at=datetime.now(UTC)).execution_options(synchronize_session=False)
    )
    sessions_changed()


async def _active_user(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None or not user.is_active:
        raise InvalidToken()
    return user


async def _claim(session: AsyncSession, *, token_id: str, successor_id: str) -> bool:
    """Mark the token used, naming its successor, unless another request already did.

    One conditional UPDATE, so that of simultaneous refreshes exactly one rotates: on Postgres
    the others wait for its row lock and then find `used_at` set; SQLite runs them one by one.
    """
    claim = (
        update(RefreshToken)
        .where(
            RefreshToken.id == token_id,
            RefreshToken.used_at.is_(None),
            RefreshToken.revoked_at.is_(None),
        )
        .values(used_at=datetime.now(UTC), replaced_by=successor_id)
        .execution_options(synchronize_session=False)
    )
    # An UPDATE's result is a CursorResult (it has a rowcount); `execute` is typed for any.
    result = cast(CursorResult[Any], await session.execute(claim))
    return result.rowcount == 1


async def _successor_within_grace(
    session: AsyncSession, stored: RefreshToken, *, settings: Settings
) -> RefreshToken | None:
    """The token that `stored`'s rotation issued, if `stored` was rotated moments ago."""
    if stored.revoked_at is not None or stored.used_at is None or stored.replaced_by is None:
        return None
    now = datetime.now(UTC)
    if now - stored.used_at > timedelta(seconds=settings.refresh_reuse_grace_s):
        return None
    successor = await session.get(RefreshToken, stored.replaced_by, populate_existing=True)
    if successor is None or successor.revoked_at is not None or successor.expires_at <= now:
        return None
    return successor


async def rotate_refresh_token(
    session: AsyncSession, *, token: str, settings: Settings
) -> TokenPair:
    """Exchange a refresh token for a new pair; a reused or revoked token revokes its family."""
    token_id = _token_id(token, settings=settings)
    successor_id = uuid.uuid4().hex
    if await _claim(session, token_id=token_id, successor_id=successor_id):
        stored = await _load_refresh_token(session, token=token, settings=settings)
        user = await _active_user(session, stored.user_id)
        return await issue_token_pair(
            session,
            user=user,
            settings=settings,
            family_id=stored.family_id,
            refresh_id=successor_id,
        )
    stored = await _load_refresh_token(session, token=token, settings=settings)
    successor = await _successor_within_grace(session, stored, settings=settings)
    if successor is not None:
        # The same rotation seen twice: answer with its refresh token, write nothing.
        return _pair(await _active_user(session, stored.user_id), successor, settings=settings)
    await revoke_family(session, family_id=stored.family_id)
    # Persist the revocation even though the request fails: a stolen token must stay dead.
    await session.commit()
    raise InvalidToken(REUSED)


async def logout(session: AsyncSession, *, token: str, settings: Settings) -> None:
    """End the session the refresh token belongs to."""
    stored = await _load_refresh_token(session, token=token, settings=settings)
    await revoke_family(session, family_id=stored.family_id)
