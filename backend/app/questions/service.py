"""The question bank as admins manage it: search, read, create, change, delete or archive."""

import re
import unicodedata
import uuid
from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound
from app.evaluation.text import american_spelling, british_spelling, respelled
from app.interviews.models import InterviewQuestion
from app.questions.models import Question
from app.questions.schemas import QuestionCreate, QuestionUpdate
from app.skills.taxonomy import get_taxonomy

DeleteOutcome = Literal["deleted", "archived"]
SLUG_BASE_MAX = 80


class QuestionNotFound(NotFound):
    code = "question_not_found"
    message = "Question not found."


class QuestionSlugTaken(Conflict):
    code = "question_slug_taken"
    message = "A question with this slug already exists."


def slugify(text: str) -> str:
    """A URL-safe slug from question text ("Tell me about a conflict…" -> "tell-me-about-a-…")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:SLUG_BASE_MAX].strip("-")
    return slug if len(slug) >= 2 else "question"


def next_free_slug(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not taken yet."""
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def canonical_skills(skills: Iterable[str]) -> list[str]:
    """Taxonomy names for known skills and aliases; unknown skills kept as written, no repeats."""
    taxonomy = get_taxonomy()
    names = (taxonomy.canonical(skill) or skill.strip() for skill in skills)
    return list(dict.fromkeys(name for name in names if name))


def _skill_key(name: str) -> str:
    return (get_taxonomy().canonical(name) or name.strip()).casefold()


def _spellings(query: str) -> list[str]:
    """A search as typed, and in British and American spelling: the bank is written in British
    ("prioritise"), an admin may type "prioritize"."""
    typed = query.strip().lower()
    spelled = (respelled(typed, british_spelling), respelled(typed, american_spelling))
    return list(dict.fromkeys((typed, *spelled)))


def _filtered(
    *, q: str | None, category: str | None, difficulty: int | None, include_archived: bool
) -> Select[Question]:
    statement = select(Question)
    if q and q.strip():
        text = func.lower(Question.text)
        statement = statement.where(
            or_(*(text.contains(spelling, autoescape=True) for spelling in _spellings(q)))
        )
    if category:
        statement = statement.where(Question.category == category)
    if difficulty is not None:
        statement = statement.where(Question.difficulty == difficulty)
    if not include_archived:
        statement = statement.where(Question.archived.is_(False))
    return statement.order_by(Question.category, Question.text, Question.slug)


async def list_questions(
    session: AsyncSession,
    *,
    q: str | None = None,
    category: str | None = None,
    skill: str | None = None,
    difficulty: int | None = None,
    include_archived: bool = False,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[Question], int]:
    """One page of matching questions by category then text, and how many match in all."""
    statement = _filtered(
        q=q, category=category, difficulty=difficulty, include_archived=include_archived
    )
    offset = (page - 1) * page_size
    if skill and skill.strip():
        # Skills are a JSON list (JSON on SQLite, JSONB on Postgres); matching them in Python
        # after the SQL filters is portable and cheap for a bank of a few thousand questions.
        wanted = _skill_key(skill)
        matching = [
            row
            for row in await session.scalars(statement)
            if wanted in {_skill_key(name) for name in row.skills}
        ]
        return matching[offset : offset + page_size], len(matching)
    total = await session.scalar(
        select(func.count()).select_from(statement.order_by(None).subquery())
    )
    rows = await session.scalars(statement.offset(offset).limit(page_size))
    return list(rows), total or 0


async def get_question(session: AsyncSession, *, question_id: uuid.UUID) -> Question:
    """One question or a 404."""
    question = await session.get(Question, question_id)
    if question is None:
        raise QuestionNotFound()
    return question


async def slugs_like(session: AsyncSession, *, base: str) -> set[str]:
    """The slugs already taken that start with `base`."""
    return set(await session.scalars(select(Question.slug).where(Question.slug.startswith(base))))


async def flush_unique(session: AsyncSession) -> None:
    """Flush, turning a slug that someone else took meanwhile into a 409."""
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise QuestionSlugTaken() from exc


def question_values(data: QuestionCreate) -> dict[str, Any]:
    """Column values for a new or replaced question (without its slug)."""
    values = data.model_dump(exclude={"slug"})
    values["skills"] = canonical_skills(data.skills)
    return values


async def create_question(session: AsyncSession, *, data: QuestionCreate) -> Question:
    """Add a question; the slug comes from the text unless given, and must be unique."""
    if data.slug:
        if await session.scalar(select(Question.id).where(Question.slug == data.slug)):
            raise QuestionSlugTaken(details={"slug": data.slug})
        slug = data.slug
    else:
        base = slugify(data.text)
        slug = next_free_slug(base, await slugs_like(session, base=base))
    question = Question(**question_values(data), slug=slug, archived=False)
    session.add(question)
    await flush_unique(session)
    return question


async def update_question(
    session: AsyncSession, *, question: Question, data: QuestionUpdate
) -> Question:
    """Change the fields sent; skills are normalised like on create."""
    changes = data.model_dump(exclude_unset=True)
    if "skills" in changes:
        changes["skills"] = canonical_skills(changes["skills"])
    for field, value in changes.items():
        setattr(question, field, value)
    await session.flush()
    return question


async def delete_question(session: AsyncSession, *, question: Question) -> DeleteOutcome:
    """Delete a question, or archive it when an interview used it (its history stays linked)."""
    used = await session.scalar(
        select(InterviewQuestion.id)
        .where(InterviewQuestion.bank_question_id == question.id)
        .limit(1)
    )
    if used is not None:
        question.archived = True
        await session.flush()
        return "archived"
    await session.delete(question)
    await session.flush()
    return "deleted"
