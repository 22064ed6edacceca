"""coding rounds: coding problems, interview questions that are coding problems with their code
timeline, hints and submissions, templates with coding problems, and the interview's coding score

Revision ID: 7c0d1e5a9b21
Revises: 321337f133a7
Create Date: 2026-12-03 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

import app.core.models
from alembic import op

revision: str = "7c0d1e5a9b21"
down_revision: str | None = "321337f133a7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "coding_problems",
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("difficulty", sa.String(length=10), nullable=False),
        sa.Column("topic", sa.String(length=30), nullable=False),
        sa.Column("skills", _JSON, nullable=False),
        sa.Column("role_families", _JSON, nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("signature", _JSON, nullable=False),
        sa.Column("comparison", sa.String(length=20), nullable=False),
        sa.Column("examples", _JSON, nullable=False),
        sa.Column("tests", _JSON, nullable=False),
        sa.Column("time_limit_ms", sa.Integer(), nullable=False),
        sa.Column("reference", _JSON, nullable=False),
        sa.Column("solution", _JSON, nullable=False),
        sa.Column("hints", _JSON, nullable=False),
        sa.Column("explanation_points", _JSON, nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coding_problems")),
        sa.UniqueConstraint("slug", name=op.f("uq_coding_problems_slug")),
    )
    with op.batch_alter_table("coding_problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coding_problems_archived"), ["archived"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coding_problems_difficulty"), ["difficulty"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coding_problems_topic"), ["topic"], unique=False)

    op.create_table(
        "coding_questions",
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("problem_id", sa.Uuid(), nullable=True),
        sa.Column("problem_slug", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("hints_used", _JSON, nullable=False),
        sa.Column("follow_up_question_id", sa.Uuid(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_question_id"],
            ["interview_questions.id"],
            name=op.f("fk_coding_questions_follow_up_question_id_interview_questions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_coding_questions_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["coding_problems.id"],
            name=op.f("fk_coding_questions_problem_id_coding_problems"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["interview_questions.id"],
            name=op.f("fk_coding_questions_question_id_interview_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coding_questions")),
        sa.UniqueConstraint("question_id", name=op.f("uq_coding_questions_question_id")),
    )
    with op.batch_alter_table("coding_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coding_questions_interview_id"), ["interview_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coding_questions_problem_id"), ["problem_id"], unique=False
        )

    op.create_table(
        "coding_snapshots",
        sa.Column("coding_question_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("event", sa.String(length=10), nullable=False),
        sa.Column("taken_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coding_question_id"],
            ["coding_questions.id"],
            name=op.f("fk_coding_snapshots_coding_question_id_coding_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coding_snapshots")),
        sa.UniqueConstraint(
            "coding_question_id", "seq", name=op.f("uq_coding_snapshots_coding_question_id")
        ),
    )
    op.create_table(
        "coding_submissions",
        sa.Column("coding_question_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("submitted_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("load_error", sa.Text(), nullable=True),
        sa.Column("results", _JSON, nullable=False),
        sa.Column("runner", sa.String(length=20), nullable=False),
        sa.Column("duration_ms", sa.Double(), nullable=False),
        sa.Column("correctness", sa.Integer(), nullable=False),
        sa.Column("efficiency", _JSON, nullable=False),
        sa.Column("quality", _JSON, nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coding_question_id"],
            ["coding_questions.id"],
            name=op.f("fk_coding_submissions_coding_question_id_coding_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coding_submissions")),
    )
    with op.batch_alter_table("coding_submissions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_coding_submissions_question_submitted",
            ["coding_question_id", "submitted_at"],
            unique=False,
        )

    with op.batch_alter_table("interview_templates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("coding_problems", sa.Integer(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("score_coding", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("score_coding")

    with op.batch_alter_table("interview_templates", schema=None) as batch_op:
        batch_op.drop_column("coding_problems")

    with op.batch_alter_table("coding_submissions", schema=None) as batch_op:
        batch_op.drop_index("ix_coding_submissions_question_submitted")

    op.drop_table("coding_submissions")
    op.drop_table("coding_snapshots")
    with op.batch_alter_table("coding_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coding_questions_problem_id"))
        batch_op.drop_index(batch_op.f("ix_coding_questions_interview_id"))

    op.drop_table("coding_questions")
    with op.batch_alter_table("coding_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coding_problems_topic"))
        batch_op.drop_index(batch_op.f("ix_coding_problems_difficulty"))
        batch_op.drop_index(batch_op.f("ix_coding_problems_archived"))

    op.drop_table("coding_problems")
