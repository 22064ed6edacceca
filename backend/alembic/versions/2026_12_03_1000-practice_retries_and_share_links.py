"""practice retries and share links: new attempts at a finished interview's questions, and
signed, expiring, revocable links for a coach with the comments they leave

Revision ID: 321337f133a7
Revises: c64586afeb40
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

import app.core.models
from alembic import op

revision: str = "321337f133a7"
down_revision: str | None = "c64586afeb40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "share_links",
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("include_video", sa.Boolean(), nullable=False),
        sa.Column("created_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", app.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_share_links_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_links")),
    )
    with op.batch_alter_table("share_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_links_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "question_retries",
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("timings", _JSON, nullable=True),
        sa.Column("media_key", sa.String(length=300), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("media_bytes", sa.BigInteger(), nullable=True),
        sa.Column("created_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("evaluation_status", sa.String(length=20), nullable=False),
        sa.Column("evaluation_error", sa.Text(), nullable=True),
        sa.Column("evaluation", _JSON, nullable=True),
        sa.Column("evaluated_at", app.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_question_retries_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["interview_questions.id"],
            name=op.f("fk_question_retries_question_id_interview_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_retries")),
    )
    with op.batch_alter_table("question_retries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_question_retries_evaluation_status"), ["evaluation_status"], unique=False
        )
        batch_op.create_index(
            "ix_question_retries_interview_id_created_at",
            ["interview_id", "created_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_question_retries_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "share_comments",
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("share_link_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at_s", sa.Float(), nullable=True),
        sa.Column("created_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_share_comments_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["interview_questions.id"],
            name=op.f("fk_share_comments_question_id_interview_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["share_link_id"],
            ["share_links.id"],
            name=op.f("fk_share_comments_share_link_id_share_links"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_comments")),
    )
    with op.batch_alter_table("share_comments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_share_comments_interview_id_created_at",
            ["interview_id", "created_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_share_comments_share_link_id"), ["share_link_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("share_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_comments_share_link_id"))
        batch_op.drop_index("ix_share_comments_interview_id_created_at")

    op.drop_table("share_comments")
    with op.batch_alter_table("question_retries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_retries_question_id"))
        batch_op.drop_index("ix_question_retries_interview_id_created_at")
        batch_op.drop_index(batch_op.f("ix_question_retries_evaluation_status"))

    op.drop_table("question_retries")
    with op.batch_alter_table("share_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_links_interview_id"))

    op.drop_table("share_links")
