"""answer timings: when each phrase of a spoken answer was said

Revision ID: e5a7c9b1d3f6
Revises: d4f6a8c0e2b4
Create Date: 2026-12-02 13:30:00

Nullable: typed answers, and spoken ones stored before, have none (their communication is
judged on the words).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "e5a7c9b1d3f6"
down_revision: str | None = "d4f6a8c0e2b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "answers",
        sa.Column(
            "timings",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
    )


def downgrade() -> None:
    op.drop_column("answers", "timings")
