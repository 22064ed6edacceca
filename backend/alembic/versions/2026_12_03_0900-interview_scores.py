"""interview scores: the figures the dashboard and the admin list read, stored on the interview

Revision ID: c64586afeb40
Revises: f1a3c5e7b9d2
Create Date: 2026-12-03 09:00:00

Completed interviews get theirs computed here, as their results pages compute them
(`app.results.backfill`); the others have none until they are completed. Indexes for the admin
list (newest first; status and score filters), a candidate's finished interviews in order, and
answered questions counted per interview.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op
from app.results.backfill import backfill_score_summaries

revision: str = "c64586afeb40"
down_revision: str | None = "f1a3c5e7b9d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_SCORES = ("score_overall", "score_technical", "score_communication")
_COUNTS = ("scored_count", "pending_count")


def upgrade() -> None:
    for name in _SCORES:
        op.add_column("interviews", sa.Column(name, sa.Integer(), nullable=True))
    op.add_column("interviews", sa.Column("score_breakdown", _JSON, nullable=True))
    for name in _COUNTS:
        op.add_column(
            "interviews", sa.Column(name, sa.Integer(), server_default="0", nullable=False)
        )
    op.create_index("ix_interviews_created_at", "interviews", ["created_at"])
    op.create_index("ix_interviews_status_score_overall", "interviews", ["status", "score_overall"])
    op.create_index(
        "ix_interviews_user_id_status_completed_at",
        "interviews",
        ["user_id", "status", "completed_at"],
    )
    op.create_index(
        "ix_interview_questions_interview_id_status",
        "interview_questions",
        ["interview_id", "status"],
    )
    if not op.get_context().as_sql:
        backfill_score_summaries(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_interview_questions_interview_id_status", table_name="interview_questions")
    op.drop_index("ix_interviews_user_id_status_completed_at", table_name="interviews")
    op.drop_index("ix_interviews_status_score_overall", table_name="interviews")
    op.drop_index("ix_interviews_created_at", table_name="interviews")
    for name in (*_COUNTS, "score_breakdown", *reversed(_SCORES)):
        op.drop_column("interviews", name)
