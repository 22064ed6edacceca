"""The shipped question bank, loaded into the database once per question."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.questions.bank import BankQuestion
from app.questions.generator import load_bank
from app.questions.models import Question


def question_from_bank(entry: BankQuestion) -> Question:
    return Question(**entry.model_dump())


async def sync_question_bank(session: AsyncSession) -> int:
    """Insert the shipped questions the database does not have yet; returns how many."""
    existing = set(await session.scalars(select(Question.slug)))
    missing = [entry for entry in load_bank() if entry.slug not in existing]
    session.add_all(question_from_bank(entry) for entry in missing)
    await session.flush()
    return len(missing)
