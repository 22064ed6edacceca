"""interview mode: a standard interview, or a drill on the candidate's weak spots (app.practice)

Revision ID: 5d7e2a9c4b10
Revises: 7c0d1e5a9b21
Create Date: 2026-12-03 10:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "5d7e2a9c4b10"
down_revision: str | None = "7c0d1e5a9b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "interviews",
        sa.Column("mode", sa.String(length=20), server_default="standard", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("mode")
