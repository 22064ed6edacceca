"""The questions interviews are drawn from, read from the database once per change.

Creating an interview or a drill needs every active bank question; hydrating ~400 rows on
each request cost ~10 ms of event-loop time, twice. Each process keeps the last reading per
database and reuses it while one small query says nothing changed: the count of active
questions and their latest `updated_at` (set to the microsecond on every insert, edit and
archive, by whichever process made it).
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.questions.bank import BankQuestion
from app.questions.models import Question


@dataclass(frozen=True, slots=True)
class ActiveBank:
    entries: tuple[BankQuestion, ...]
    ids: Mapping[str, uuid.UUID]  # slug -> the stored question's id


_Stamp = tuple[int, datetime | None]
_readings: dict[str, tuple[_Stamp, ActiveBank]] = {}
"""Per database: the stamp of the last reading, and the reading."""


async def load_active_bank(session: AsyncSession) -> ActiveBank:
    """Every question that is not archived, as entries for the pickers and ids by slug."""
    database = session.get_bind().engine.url.render_as_string(hide_password=True)
    count, latest = (
        await session.execute(
            select(func.count(), func.max(Question.updated_at)).where(Question.archived.is_(False))
        )
    ).one()
    stamp: _Stamp = (count, latest)
    cached = _readings.get(database)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    rows = (await session.scalars(select(Question).where(Question.archived.is_(False)))).all()
    bank = ActiveBank(
        entries=tuple(BankQuestion.model_validate(row, from_attributes=True) for row in rows),
        ids={row.slug: row.id for row in rows},
    )
    _readings[database] = (stamp, bank)
    return bank
