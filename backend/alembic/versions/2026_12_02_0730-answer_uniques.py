"""answer uniques: one current answer per question

Revision ID: d4f6a8c0e2b4
Revises: b7d2f4a6c8e0
Create Date: 2026-12-02 07:30:00

Concurrent submits could leave several current answers on one question. Any already stored are
settled first (the latest stays current, the others become its history, as a replaced answer
does), or the unique index could not be built.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "d4f6a8c0e2b4"
down_revision: str | None = "b7d2f4a6c8e0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_answers_current_question_id"
CURRENT = sa.text("is_current")


def _settle_current_twins() -> None:
    answers = sa.table(
        "answers",
        sa.column("id", sa.Uuid),
        sa.column("question_id", sa.Uuid),
        sa.column("is_current", sa.Boolean),
        sa.column("submitted_at", sa.DateTime),
    )
    newer = answers.alias("newer")
    later = sa.or_(
        newer.c.submitted_at > answers.c.submitted_at,
        sa.and_(newer.c.submitted_at == answers.c.submitted_at, newer.c.id > answers.c.id),
    )
    op.execute(
        answers.update()
        .where(
            answers.c.is_current,
            sa.exists().where(
                newer.c.question_id == answers.c.question_id, newer.c.is_current, later
            ),
        )
        .values(is_current=False)
    )


def upgrade() -> None:
    _settle_current_twins()
    op.create_index(
        INDEX,
        "answers",
        ["question_id"],
        unique=True,
        sqlite_where=CURRENT,
        postgresql_where=CURRENT,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="answers")
