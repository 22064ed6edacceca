"""interview plans: a candidate's practice sessions scheduled until a real interview date

Revision ID: b9a4444f04d7
Revises: 5e1c0a7d9b32
Create Date: 2026-12-03 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

import app.core.models
from alembic import op

revision: str = "b9a4444f04d7"
down_revision: str | None = "5e1c0a7d9b32"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interview_plans",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("interview_date", sa.Date(), nullable=False),
        sa.Column("sessions_per_week", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Uuid(), nullable=True),
        sa.Column("job_description_id", sa.Uuid(), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("wants_coding", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_description_id"],
            ["job_descriptions.id"],
            name=op.f("fk_interview_plans_job_description_id_job_descriptions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["jobs.id"],
            name=op.f("fk_interview_plans_job_id_jobs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_interview_plans_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_plans")),
    )
    with op.batch_alter_table("interview_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_plans_user_id"), ["user_id"], unique=False)

    op.create_table(
        "plan_sessions",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("done_at", app.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_plan_sessions_interview_id_interviews"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["interview_plans.id"],
            name=op.f("fk_plan_sessions_plan_id_interview_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_sessions")),
    )
    with op.batch_alter_table("plan_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_plan_sessions_plan_id_day", ["plan_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_sessions_plan_id_day")

    op.drop_table("plan_sessions")
    with op.batch_alter_table("interview_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_plans_user_id"))

    op.drop_table("interview_plans")
