"""Issuing, rotating and revoking token pairs.

A refresh token works once; presenting a used one again revokes its whole family.
"""

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.exceptions import InvalidToken
from app.auth.models import RefreshToken, User
from app.auth.schemas import TokenPair
from app.core.config import Settings
from app.core.security import InvalidTokenError, create_token, decode_token


async def issue_token_pair(
    session: AsyncSession, *, user: User, settings: Settings, family_id: str | None = None
) -> TokenPair:
    """Create an access token and a refresh token (a new family unless one is given)."""
    family_id = family_id or uuid.uuid4().hex
    access_ttl = timedelta(minutes=settings.access_token_minutes)
    access, _, _ = create_token(
        subject=str(user.id),
        token_type="access",
        secret_key=settings.secret_key,
        expires_in=access_ttl,
        extra={"role": user.role.value, "fam": family_id},
    )
    refresh, refresh_id, refresh_expiry = create_token(
        subject=str(user.id),
        token_type="refresh",
        secret_key=settings.secret_key,
        expires_in=timedelta(days=settings.refresh_token_days),
        extra={"fam": family_id},
    )
    session.add(
        RefreshToken(id=refresh_id, user_id=user.id, family_id=family_id, expires_at=refresh_expiry)
    )
    await session.flush()
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(access_ttl.total_seconds()),
    )


async def _load_refresh_token(
    session: AsyncSession, *, token: str, settings: Settings
) -> RefreshToken:
    try:
        claims = decode_token(token, secret_key=settings.secret_key, token_type="refresh")
    except InvalidTokenError as exc:
        raise InvalidToken() from exc
    stored = await session.get(RefreshToken, claims["jti"])
    if stored is None:
        raise InvalidToken()
    return stored


async def revoke_family(session: AsyncSession, *, family_id: str) -> None:
    """Revoke every token of one login's family."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )


async def revoke_user_tokens(
    session: AsyncSession, *, user_id: uuid.UUID, keep_family: str | None = None
) -> None:
    """Revoke all the user's refresh tokens, except one family (the current session) if given."""
    statement = update(RefreshToken).where(
        RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None)
    )
    if keep_family:
        statement = statement.where(RefreshToken.family_id != keep_family)
    await session.execute(statement.values(revoked_at=datetime.now(UTC)))


async def rotate_refresh_token(
    session: AsyncSession, *, token: str, settings: Settings
) -> TokenPair:
    """Exchange a refresh token for a new pair; a reused or revoked token revokes its family."""
    stored = await _load_refresh_token(session, token=token, settings=settings)
    if stored.used_at is not None or stored.revoked_at is not None:
        await revoke_family(session, family_id=stored.family_id)
        # Persist the revocation even though the request fails: a stolen token must stay dead.
        await session.commit()
        raise InvalidToken("This session was ended because a refresh token was used twice.")
    user = await session.get(User, stored.user_id)
    if user is None or not user.is_active:
        raise InvalidToken()
    stored.used_at = datetime.now(UTC)
    return await issue_token_pair(session, user=user, settings=settings, family_id=stored.family_id)


async def logout(session: AsyncSession, *, token: str, settings: Settings) -> None:
    """End the session the refresh token belongs to."""
    stored = await _load_refresh_token(session, token=token, settings=settings)
    await revoke_family(session, family_id=stored.family_id)
