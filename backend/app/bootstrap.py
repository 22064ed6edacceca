"""Start-up and seeding tasks that create accounts."""

import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.models import Role
from app.auth.service import ensure_user
from app.coding.catalog import sync_coding_problems
from app.core.config import Settings
from app.core.db import is_database_busy
from app.jobs.catalog import sync_catalog
from app.questions.catalog import sync_question_bank

logger = logging.getLogger(__name__)

SYNC_ATTEMPTS = 3

DEMO_ACCOUNTS = [
    ("candidate@example.com", "rehearse-demo", "Casey Candidate", Role.candidate),
    ("admin@example.com", "rehearse-admin", "Alex Admin", Role.admin),
]


async def ensure_configured_admin(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Create (or promote) the admin named by ADMIN_EMAIL + ADMIN_PASSWORD, if both are set."""
    if not (settings.admin_email and settings.admin_password):
        return
    async with sessionmaker() as session:
        try:
            _, created = await ensure_user(
                session,
                email=settings.admin_email,
                password=settings.admin_password,
                full_name="Administrator",
                role=Role.admin,
            )
            await session.commit()
        except Exception:
            logger.exception("Could not create the admin account %s", settings.admin_email)
            return
    if created:
        logger.info("Created admin account %s", settings.admin_email)


async def seed_demo_accounts(session: AsyncSession) -> list[tuple[str, str, Role]]:
    """Create the demo candidate and admin (local use only) and return their logins."""
    for email, password, name, role in DEMO_ACCOUNTS:
        await ensure_user(session, email=email, password=password, full_name=name, role=role)
    return [(email, password, role) for email, password, _, role in DEMO_ACCOUNTS]


async def _sync_shipped_data(
    sessionmaker: async_sessionmaker[AsyncSession],
    sync: Callable[[AsyncSession], Awaitable[int]],
    label: str,
) -> None:
    """Scaled out, several processes start at once and race to insert the same rows: the one
    that loses sees them in place on its second try and adds none."""
    for attempt in range(SYNC_ATTEMPTS):
        async with sessionmaker() as session:
            try:
                added = await sync(session)
                await session.commit()
            except Exception as exc:
                if attempt + 1 < SYNC_ATTEMPTS and _lost_a_race(exc):
                    logger.info("Another process is loading the %s; checking again", label)
                    continue
                logger.exception("Could not load the %s", label)
                return
        if added:
            logger.info("Loaded %d %s entries", added, label)
        return


def _lost_a_race(exc: Exception) -> bool:
    return isinstance(exc, IntegrityError) or is_database_busy(exc)


async def ensure_job_catalog(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Load the shipped job listings that the database does not have yet."""
    await _sync_shipped_data(sessionmaker, sync_catalog, "job catalog")


async def ensure_question_bank(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Load the shipped questions the database does not have yet; respell the stored ones."""
    await _sync_shipped_data(sessionmaker, sync_question_bank, "question bank")


async def ensure_coding_problems(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Load the shipped coding problems that the database does not have yet."""
    await _sync_shipped_data(sessionmaker, sync_coding_problems, "coding problems")
