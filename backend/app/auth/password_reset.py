"""Password reset links: asked for by email (throttled, and silent about whether the account
exists) or made by an admin; each works once, for `password_reset_minutes`.

Only the link's SHA-256 is stored: a copy of the database does not hold working links. The
token is random (256 bits), so a plain hash is enough; no slow hash is needed to resist guessing.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.emails import normalize_email
from app.auth.exceptions import InvalidResetToken, TooManyResetRequests
from app.auth.models import LoginFailure, PasswordResetRequest, PasswordResetToken, User
from app.auth.passwords import check_password_strength
from app.auth.service import get_user_by_email
from app.auth.tokens import revoke_user_tokens
from app.core.config import Settings
from app.core.security import hash_password_off_loop


@dataclass(frozen=True)
class IssuedReset:
    user: User
    token: str
    expires_at: datetime


def hash_reset_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def _throttle(session: AsyncSession, *, email: str, settings: Settings) -> None:
    """Count this request against the email, refusing it past the limit.

    As for sign-in, the request is committed before the count, so a burst of simultaneous
    requests cannot all pass it; a refused one is not kept and does not prolong the wait.
    """
    window = timedelta(minutes=settings.login_window_minutes)
    now = datetime.now(UTC)
    await session.execute(
        delete(PasswordResetRequest).where(
            PasswordResetRequest.email == email, PasswordResetRequest.created_at <= now - window
        )
    )
    request = PasswordResetRequest(email=email, created_at=now)
    session.add(request)
    await session.commit()
    limit = settings.password_reset_max_requests
    others = list(
        await session.scalars(
            select(PasswordResetRequest.created_at)
            .where(
                PasswordResetRequest.email == email,
                PasswordResetRequest.created_at > now - window,
                PasswordResetRequest.id != request.id,
            )
            .order_by(PasswordResetRequest.created_at.desc())
            .limit(limit)
        )
    )
    if len(others) >= limit:
        await session.execute(
            delete(PasswordResetRequest).where(PasswordResetRequest.id == request.id)
        )
        await session.commit()
        raise TooManyResetRequests(max(1, int((others[-1] + window - now).total_seconds()) + 1))


async def issue_reset(session: AsyncSession, *, user: User, settings: Settings) -> IssuedReset:
    """A new reset link for the user; earlier ones keep working until used or expired."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    expires_at = now + timedelta(minutes=settings.password_reset_minutes)
    session.add(
        PasswordResetToken(
            user_id=user.id,
            token_hash=hash_reset_token(token),
            created_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()
    return IssuedReset(user=user, token=token, expires_at=expires_at)


async def request_reset(
    session: AsyncSession, *, email: str, settings: Settings
) -> IssuedReset | None:
    """A reset link for the account of `email`, or None when there is no such active account.

    The caller answers the same either way and mails the link after the response, so neither
    the answer nor its timing tells whether the address has an account.
    """
    email = normalize_email(email)
    await _throttle(session, email=email, settings=settings)
    user = await get_user_by_email(session, email=email)
    if user is None or not user.is_active:
        return None
    return await issue_reset(session, user=user, settings=settings)


async def _valid_token(session: AsyncSession, token: str) -> tuple[PasswordResetToken, User]:
    stored = await session.scalar(
        select(PasswordResetToken).where(PasswordResetToken.token_hash == hash_reset_token(token))
    )
    if stored is None or stored.used_at is not None or stored.expires_at <= datetime.now(UTC):
        raise InvalidResetToken()
    user = await session.get(User, stored.user_id)
    if user is None or not user.is_active:
        raise InvalidResetToken()
    return stored, user


async def _claim(session: AsyncSession, stored: PasswordResetToken) -> None:
    """Use the link up, unless a simultaneous request did (one conditional UPDATE decides)."""
    now = datetime.now(UTC)
    claim = (
        update(PasswordResetToken)
        .where(
            PasswordResetToken.id == stored.id,
            PasswordResetToken.used_at.is_(None),
            PasswordResetToken.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    # An UPDATE's result is a CursorResult (it has a rowcount); `execute` is typed for any.
    claimed = cast(CursorResult[Any], await session.execute(claim))
    if claimed.rowcount != 1:
        raise InvalidResetToken()
    # The other links mailed to this account are spent too: the password they were for is gone.
    await session.execute(
        update(PasswordResetToken)
        .where(PasswordResetToken.user_id == stored.user_id, PasswordResetToken.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )


async def reset_password(session: AsyncSession, *, token: str, new_password: str) -> User:
    """Set a new password with a reset link; every session of the account is signed out."""
    stored, user = await _valid_token(session, token)
    check_password_strength(new_password, email=user.email)
    # End the transaction before the slow hash: on SQLite it holds the database's write lock.
    await session.commit()
    password_hash = await hash_password_off_loop(new_password)
    await _claim(session, stored)
    user.password_hash = password_hash
    await revoke_user_tokens(session, user_id=user.id)
    # Whoever was locked out by guesses gets in with the new password at once.
    await session.execute(delete(LoginFailure).where(LoginFailure.email == user.email))
    await session.flush()
    return user
