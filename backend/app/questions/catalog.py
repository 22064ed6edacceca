"""The shipped question bank, loaded into the database once per question."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.evaluation.text import american_spelling, respelled
from app.questions.bank import BankQuestion
from app.questions.generator import load_bank
from app.questions.models import Question

_PROSE = ("text", "key_points", "model_answer", "follow_ups")


def question_from_bank(entry: BankQuestion) -> Question:
    return Question(**entry.model_dump())


async def sync_question_bank(session: AsyncSession) -> int:
    """Insert the shipped questions the database does not have yet and bring stored ones to
    the shipped spelling; returns how many questions it wrote."""
    stored = {question.slug: question for question in await session.scalars(select(Question))}
    shipped = load_bank()
    missing = [entry for entry in shipped if entry.slug not in stored]
    session.add_all(question_from_bank(entry) for entry in missing)
    updated = _respell(stored, shipped)
    await session.flush()
    return len(missing) + updated


def _respell(stored: dict[str, Question], shipped: Iterable[BankQuestion]) -> int:
    """Stored prose that differs from the shipped prose only in spelling ("prioritize",
    "prioritise") takes the shipped words; prose an admin reworded keeps its words."""
    updated = 0
    for entry in shipped:
        question = stored.get(entry.slug)
        if question is None:
            continue
        fields = [
            field
            for field in _PROSE
            if getattr(question, field) != getattr(entry, field)
            and _spelling_key(getattr(question, field)) == _spelling_key(getattr(entry, field))
        ]
        for field in fields:
            setattr(question, field, getattr(entry, field))
        updated += bool(fields)
    return updated


def _spelling_key(value: str | list[str]) -> list[str]:
    """The prose with every word that has a British variant in its American spelling."""
    items = value if isinstance(value, list) else [value]
    return [respelled(item, american_spelling) for item in items]
