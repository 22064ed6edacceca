"""Deleting an account with everything in it: rows, resume files and recordings."""

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.exceptions import LastAdmin
from app.adapters.storage.base import FileStore
from app.auth.models import LoginFailure, PasswordResetRequest, Role, User
from app.auth.service import confirm_own_password
from app.auth.sessions import sessions_changed
from app.core.config import Settings
from app.interviews.models import Interview
from app.recordings.models import Recording
from app.results.models import QuestionRetry
from app.resumes.models import Resume

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountFiles:
    stored_keys: list[str]
    """Resume files and retried answers' takes."""
    recording_ids: list[uuid.UUID]
    cloudinary_ids: list[str]


async def _ensure_not_last_admin(session: AsyncSession, user: User) -> None:
    if user.role != Role.admin:
        return
    others = await session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.admin, User.is_active.is_(True), User.id != user.id)
    )
    if not others:
        raise LastAdmin()


async def _account_files(session: AsyncSession, user_id: uuid.UUID) -> AccountFiles:
    resume_keys = await session.scalars(select(Resume.storage_key).where(Resume.user_id == user_id))
    retry_keys = await session.scalars(
        select(QuestionRetry.media_key)
        .join(Interview, Interview.id == QuestionRetry.interview_id)
        .where(Interview.user_id == user_id, QuestionRetry.media_key.is_not(None))
    )
    recordings = (
        await session.execute(
            select(Recording.id, Recording.external_id).where(Recording.user_id == user_id)
        )
    ).all()
    return AccountFiles(
        stored_keys=[*resume_keys, *(key for key in retry_keys if key)],
        recording_ids=[row.id for row in recordings],
        cloudinary_ids=[row.external_id for row in recordings if row.external_id],
    )


async def _remove_files(store: FileStore, found: AccountFiles) -> None:
    """Best effort once the rows are gone: a file that resists is logged for an operator."""
    for key in found.stored_keys:
        try:
            await store.delete(key)
        except (OSError, ValueError) as exc:
            logger.warning("Could not delete the file %s: %s", key, exc)
    for recording_id in found.recording_ids:
        await store.delete_recording(recording_id)


async def delete_account(
    session: AsyncSession,
    *,
    user: User,
    password: str,
    store: FileStore,
    settings: Settings,
) -> list[str]:
    """Delete the account and all it holds; returns Cloudinary ids left to remove.

    Resumes, job descriptions, interviews with their questions, answers, retries and share
    links, recordings and sessions go with the user row (ON DELETE CASCADE). The rows are
    committed gone before the files are removed: the other way round, a failed commit would
    leave an account whose resumes and recordings point at nothing.
    """
    await confirm_own_password(session, user=user, password=password, settings=settings)
    await _ensure_not_last_admin(session, user)
    found = await _account_files(session, user.id)
    await session.execute(delete(LoginFailure).where(LoginFailure.email == user.email))
    await session.execute(
        delete(PasswordResetRequest).where(PasswordResetRequest.email == user.email)
    )
    await session.execute(delete(User).where(User.id == user.id))
    await session.commit()
    # Its access tokens stop at once in this process (others find no user on their next look).
    sessions_changed()
    await _remove_files(store, found)
    logger.info("Deleted the account %s with everything in it", user.id)
    return found.cloudinary_ids
