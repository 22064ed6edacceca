"""The shipped question bank, loaded into the database once per question."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.questions.bank import BankQuestion
from app.questions.generator import load_bank
from app.questions.models import Question


def question_from_bank(entry: BankQuestion) -> Question:
    return Question(**entry.model_dump())


def bank_entry(question: Question) -> BankQuestion:
    return BankQuestion.model_validate(question, from_attributes=True)


async def sync_question_bank(session: AsyncSession) -> int:
    """Insert the shipped questions the database does not have yet; returns how many."""
    existing = set(await session.scalars(select(Question.slug)))
    missing = [entry for entry in load_bank() if entry.slug not in existing]
    session.add_all(question_from_bank(entry) for entry in missing)
    await session.flush()
    return len(missing)


async def active_bank(session: AsyncSession) -> dict[str, Question]:
    """Every question that is not archived, by slug."""
    rows = await session.scalars(select(Question).where(Question.archived.is_(False)))
    return {row.slug: row for row in rows}
