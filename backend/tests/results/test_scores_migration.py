"""The migration that added the stored scores computes them for interviews already there."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.ext.asyncio import AsyncEngine

from alembic import command
from app.core.db import create_engine
from app.core.models import JSONType, UTCDateTime
from tests.conftest import _postgres_url, _with_search_path, alembic_config
from tests.results.stored_scores import evaluation

BEFORE = "f1a3c5e7b9d2"
ADDED = "c64586afeb40"
NOW = datetime(2026, 1, 5, 9, tzinfo=UTC)

# The tables as they were before the migration (the models have the new columns).
_users = sa.table(
    "users",
    sa.column("id", sa.Uuid()),
    *(sa.column(name) for name in ("email", "full_name", "password_hash", "role")),
    sa.column("is_active"),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
_interviews = sa.table(
    "interviews",
    *(sa.column(name, sa.Uuid()) for name in ("id", "user_id")),
    *(sa.column(name) for name in ("role", "status", "generator", "seed")),
    sa.column("settings", JSONType),
    sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
    sa.column("completed_at", UTCDateTime()),
)
_questions = sa.table(
    "interview_questions",
    *(sa.column(name, sa.Uuid()) for name in ("id", "interview_id")),
    *(sa.column(name) for name in ("position", "text", "category")),
    *(sa.column(name) for name in ("difficulty", "source", "reason", "status")),
    *(sa.column(name, JSONType) for name in ("skills", "key_points", "follow_ups")),
)
_answers = sa.table(
    "answers",
    *(sa.column(name, sa.Uuid()) for name in ("id", "question_id")),
    *(sa.column(name) for name in ("transcript", "source", "is_current")),
    *(sa.column(name) for name in ("over_time", "evaluation_status")),
    sa.column("evaluation", JSONType),
    sa.column("submitted_at", UTCDateTime()),
)


@pytest.fixture
async def old_database(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[str, AsyncEngine]]:
    """A database migrated up to the revision before, on its own (a `scores` schema on
    Postgres)."""
    if request.config.getoption("--postgres"):
        admin = create_sync_engine(_postgres_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text("DROP SCHEMA IF EXISTS scores CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA scores"))
        admin.dispose()
        url = _with_search_path(_postgres_url(), "scores")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    await asyncio.to_thread(command.upgrade, alembic_config(url), BEFORE)
    engine = create_engine(url)
    yield url, engine
    await engine.dispose()


def _question(interview_id: uuid.UUID, position: int, category: str) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "interview_id": interview_id,
        "position": position,
        "text": f"Question {position}?",
        "category": category,
        "difficulty": 2,
        "source": "bank",
        "reason": "",
        "status": "answered",
        "skills": ["SQL"],
        "key_points": [],
        "follow_ups": [],
    }


def _answer(question_id: object, score: int | None) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "question_id": question_id,
        "transcript": "An answer.",
        "source": "typed",
        "is_current": True,
        "over_time": False,
        "evaluation_status": "done",
        "evaluation": evaluation(score),
        "submitted_at": NOW,
    }


async def _insert_old_rows(engine: AsyncEngine) -> tuple[uuid.UUID, uuid.UUID]:
    """A completed interview (a technical answer scored 70, a behavioral one too short to
    score) and one in progress: (completed, in progress)."""
    user_id, done, running = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    stamps = {"created_at": NOW, "updated_at": NOW}
    base = {"user_id": user_id, "role": "Analyst", "generator": "local", "seed": 0, "settings": {}}
    questions = [_question(done, 0, "technical"), _question(done, 1, "behavioral")]
    async with engine.begin() as conn:
        user = {"id": user_id, "email": "old@example.com", "full_name": "Old", "password_hash": "x"}
        await conn.execute(
            sa.insert(_users), [{**user, **stamps, "role": "candidate", "is_active": True}]
        )
        await conn.execute(
            sa.insert(_interviews),
            [
                {**base, **stamps, "id": done, "status": "completed", "completed_at": NOW},
                {**base, **stamps, "id": running, "status": "in_progress", "completed_at": None},
            ],
        )
        await conn.execute(sa.insert(_questions), questions)
        await conn.execute(
            sa.insert(_answers),
            [_answer(questions[0]["id"], 70), _answer(questions[1]["id"], None)],
        )
    return done, running


async def test_the_migration_stores_the_scores_of_completed_interviews(
    old_database: tuple[str, AsyncEngine],
) -> None:
    url, engine = old_database
    done, running = await _insert_old_rows(engine)
    await asyncio.to_thread(command.upgrade, alembic_config(url), ADDED)
    async with engine.connect() as conn:
        rows = await conn.execute(
            sa.text(
                "SELECT id, score_overall, score_technical, score_communication, "
                "scored_count, pending_count FROM interviews"
            )
        )
        stored = {uuid.UUID(str(row[0])): tuple(row[1:]) for row in rows}
    # The abstention is left out: 70 alone, as the results page shows it.
    assert stored[done] == (70, 70, 70, 1, 0)
    assert stored[running] == (None, None, None, 0, 0)
