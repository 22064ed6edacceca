"""Resumes: upload and parse, list, correct, choose the default, delete."""

import hashlib
import uuid
from pathlib import PurePath

import anyio
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.storage.base import FileStore
from app.auth.models import User
from app.core.config import Settings
from app.resumes.corrections import apply_corrections
from app.resumes.exceptions import ResumeNotFound
from app.resumes.extraction import extract_text_bounded, require_enough_text
from app.resumes.models import Resume
from app.resumes.parsing.parser import parse_resume_text
from app.resumes.schemas import ResumeUpdate

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}


def _clean_filename(filename: str | None, file_format: str) -> str:
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"<>')[:200]
    return name or f"resume.{file_format}"


async def create_resume(
    session: AsyncSession,
    *,
    user: User,
    filename: str | None,
    data: bytes,
    store: FileStore,
    settings: Settings,
) -> Resume:
    """Parse an uploaded document, keep the original file, and save what was understood."""
    document = require_enough_text(
        await extract_text_bounded(
            data, timeout_s=settings.resume_parse_timeout_s, max_pages=settings.resume_max_pages
        )
    )
    parsed = await anyio.to_thread.run_sync(parse_resume_text, document.text)
    resume_id = uuid.uuid4()
    resume = Resume(
        id=resume_id,
        user_id=user.id,
        filename=_clean_filename(filename, document.format),
        file_format=document.format,
        content_type=CONTENT_TYPES[document.format],
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        storage_key=f"resumes/{user.id}/{resume_id}.{document.format}",
        page_count=document.pages,
        raw_text=document.text,
        parsed=parsed.model_dump(mode="json"),
        is_default=await get_default_resume(session, user_id=user.id) is None,
    )
    await store.save(resume.storage_key, data)
    session.add(resume)
    await session.flush()
    return resume


async def list_resumes(session: AsyncSession, *, user_id: uuid.UUID) -> list[Resume]:
    """The user's resumes, newest first."""
    rows = await session.scalars(
        select(Resume)
        .where(Resume.user_id == user_id)
        .order_by(Resume.created_at.desc(), Resume.id.desc())
    )
    return list(rows)


async def get_owned_resume(
    session: AsyncSession, *, resume_id: uuid.UUID, user_id: uuid.UUID
) -> Resume:
    """The resume if this user owns it; anyone else's is reported as not found."""
    resume = await session.get(Resume, resume_id)
    if resume is None or resume.user_id != user_id:
        raise ResumeNotFound()
    return resume


async def get_default_resume(session: AsyncSession, *, user_id: uuid.UUID) -> Resume | None:
    """The resume the user marked as default, if any."""
    return await session.scalar(
        select(Resume).where(Resume.user_id == user_id, Resume.is_default.is_(True))
    )


async def update_resume(session: AsyncSession, *, resume: Resume, data: ResumeUpdate) -> Resume:
    """Apply the candidate's corrections to the parsed fields."""
    resume.parsed = apply_corrections(resume.parsed, data).model_dump(mode="json")
    await session.flush()
    return resume


async def set_default_resume(session: AsyncSession, *, resume: Resume) -> Resume:
    """Make this resume the one used when none is chosen."""
    await session.execute(
        update(Resume)
        .where(Resume.user_id == resume.user_id, Resume.id != resume.id)
        .values(is_default=False)
    )
    resume.is_default = True
    await session.flush()
    return resume


async def delete_resume(session: AsyncSession, *, resume: Resume, store: FileStore) -> None:
    """Remove the resume and its file; the newest remaining one becomes the default."""
    was_default = resume.is_default
    await session.delete(resume)
    await session.flush()
    await store.delete(resume.storage_key)
    if was_default:
        remaining = await list_resumes(session, user_id=resume.user_id)
        if remaining:
            await set_default_resume(session, resume=remaining[0])
