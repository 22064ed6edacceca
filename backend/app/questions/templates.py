"""Interview templates: named plans admins offer to candidates."""

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound
from app.questions.models import InterviewTemplate
from app.questions.schemas import TemplateCreate, TemplateUpdate


class TemplateNotFound(NotFound):
    code = "template_not_found"
    message = "Interview template not found."


class TemplateNameTaken(Conflict):
    code = "template_name_taken"
    message = "A template with this name already exists."


async def list_templates(session: AsyncSession) -> list[InterviewTemplate]:
    """Every template, by name."""
    return list(await session.scalars(select(InterviewTemplate).order_by(InterviewTemplate.name)))


async def get_template(session: AsyncSession, *, template_id: uuid.UUID) -> InterviewTemplate:
    """One template or a 404."""
    template = await session.get(InterviewTemplate, template_id)
    if template is None:
        raise TemplateNotFound()
    return template


async def _flush_unique(session: AsyncSession) -> None:
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise TemplateNameTaken() from exc


async def create_template(
    session: AsyncSession, *, data: TemplateCreate, created_by: uuid.UUID
) -> InterviewTemplate:
    """Add a template (names are unique)."""
    template = InterviewTemplate(**data.model_dump(mode="json"), created_by=created_by)
    session.add(template)
    await _flush_unique(session)
    return template


async def update_template(
    session: AsyncSession, *, template: InterviewTemplate, data: TemplateUpdate
) -> InterviewTemplate:
    """Change the fields sent."""
    for field, value in data.model_dump(mode="json", exclude_unset=True).items():
        setattr(template, field, value)
    await _flush_unique(session)
    return template


async def delete_template(session: AsyncSession, *, template: InterviewTemplate) -> None:
    """Remove a template; interviews made from it keep their questions."""
    await session.delete(template)
    await session.flush()
