"""Accounts: registration, sign-in with throttling, profile changes, the first admin."""

import logging
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.emails import normalize_email
from app.auth.exceptions import (
    EmailTaken,
    InvalidCredentials,
    TooManyLoginAttempts,
    WrongCurrentPassword,
    WrongPassword,
)
from app.auth.models import LoginFailure, Role, User
from app.auth.passwords import check_password_strength
from app.auth.schemas import UserCreate, UserUpdate
from app.auth.tokens import revoke_user_tokens
from app.core.config import Settings
from app.core.security import hash_password_off_loop, verify_password_off_loop

logger = logging.getLogger(__name__)


async def get_user_by_email(session: AsyncSession, *, email: str) -> User | None:
    """Find a user by email, case-insensitively."""
    return await session.scalar(select(User).where(User.email == normalize_email(email)))


async def get_user(session: AsyncSession, *, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def create_user(
    session: AsyncSession, *, data: UserCreate, role: Role = Role.candidate
) -> User:
    """Register a new account; the email must be free and the password strong enough."""
    check_password_strength(data.password, email=data.email)
    if await get_user_by_email(session, email=data.email):
        raise EmailTaken()
    user = User(
        email=normalize_email(data.email),
        full_name=data.full_name,
        password_hash=await hash_password_off_loop(data.password),
        role=role,
    )
    session.add(user)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # a concurrent registration won the race
        raise EmailTaken() from exc
    return user


async def _seconds_until_unlocked(
    session: AsyncSession, *, email: str, attempt_id: int, settings: Settings
) -> int:
    """0 when this attempt may check its password, otherwise how long the email must wait.

    Counts every other failure or attempt still being checked: the attempt was committed before
    this count, so of simultaneous attempts each sees at least those committed before it, and no
    more than `login_max_failures` of them get to check a password in one window.
    """
    window = timedelta(minutes=settings.login_window_minutes)
    now = datetime.now(UTC)
    others = list(
        await session.scalars(
            select(LoginFailure.created_at)
            .where(
                LoginFailure.email == email,
                LoginFailure.created_at > now - window,
                LoginFailure.id != attempt_id,
            )
            .order_by(LoginFailure.created_at.desc())
            .limit(settings.login_max_failures)
        )
    )
    if len(others) < settings.login_max_failures:
        return 0
    # The lock lifts when the failure that made the count reach the limit leaves the window.
    return max(1, int((others[-1] + window - now).total_seconds()) + 1)


async def _record_attempt(session: AsyncSession, *, email: str, settings: Settings) -> None:
    """Record (and commit) a password check for `email`, or refuse it while the email is locked."""
    attempt = LoginFailure(email=email)
    session.add(attempt)
    await session.commit()
    wait = await _seconds_until_unlocked(
        session, email=email, attempt_id=attempt.id, settings=settings
    )
    if wait:
        # A refused attempt checked nothing: it must not prolong the lock.
        await session.execute(delete(LoginFailure).where(LoginFailure.id == attempt.id))
        await session.commit()
        raise TooManyLoginAttempts(wait)


async def authenticate(
    session: AsyncSession, *, email: str, password: str, settings: Settings
) -> User:
    """Check credentials, refusing an email with too many recent failures.

    The attempt is recorded (and committed) before the count and the slow password check, and
    kept as a failure unless the password is right: counting first and recording afterwards let
    a burst of simultaneous guesses all pass the count.
    """
    email = normalize_email(email)
    await _record_attempt(session, email=email, settings=settings)
    user = await get_user_by_email(session, email=email)
    # End the transaction before the slow hash: on SQLite it holds the database's write lock.
    await session.commit()
    password_ok = await verify_password_off_loop(
        password, user.password_hash if user is not None else None
    )
    if user is None or not user.is_active or not password_ok:
        raise InvalidCredentials()
    await session.execute(delete(LoginFailure).where(LoginFailure.email == email))
    return user


async def confirm_own_password(
    session: AsyncSession, *, user: User, password: str, settings: Settings
) -> None:
    """Check the signed-in user's password before an irreversible step, throttled as sign-in
    is, so that a stolen access token cannot be used to guess it."""
    await _record_attempt(session, email=user.email, settings=settings)
    # As in `authenticate`: no transaction held open across the slow hash.
    await session.commit()
    if not await verify_password_off_loop(password, user.password_hash):
        raise WrongPassword()
    await session.execute(delete(LoginFailure).where(LoginFailure.email == user.email))


async def update_user(
    session: AsyncSession, *, user: User, data: UserUpdate, current_family: str | None
) -> User:
    """Change the name and/or the password (which needs the current one and ends other sessions)."""
    if data.full_name is not None:
        user.full_name = data.full_name
    if data.new_password is not None:
        if not data.current_password or not await verify_password_off_loop(
            data.current_password, user.password_hash
        ):
            raise WrongCurrentPassword()
        check_password_strength(data.new_password, email=user.email)
        user.password_hash = await hash_password_off_loop(data.new_password)
        await revoke_user_tokens(session, user_id=user.id, keep_family=current_family)
    await session.flush()
    return user


async def ensure_user(
    session: AsyncSession, *, email: str, password: str, full_name: str, role: Role
) -> tuple[User, bool]:
    """Create the account if missing, or give an existing one the role; returns (user, created)."""
    existing = await get_user_by_email(session, email=email)
    if existing is not None:
        if existing.role != role:
            existing.role = role
            await session.flush()
        return existing, False
    data = UserCreate(email=email, password=password, full_name=full_name)
    return await create_user(session, data=data, role=role), True


async def list_users(
    session: AsyncSession, *, query: str | None, page: int, page_size: int
) -> tuple[list[User], int]:
    """One page of accounts, newest first, optionally filtered by email or name."""
    statement = select(User)
    if query:
        pattern = f"%{query.strip().lower()}%"
        statement = statement.where(
            func.lower(User.email).like(pattern) | func.lower(User.full_name).like(pattern)
        )
    total = await session.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await session.scalars(
        statement.order_by(User.created_at.desc()).offset((page - 1) * page_size).limit(page_size)
    )
    return list(rows), total or 0
