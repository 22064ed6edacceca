"""recording sources: a recording is the camera's or a shared screen's, and one of each may be open

Revision ID: 5e1c0a7d9b32
Revises: 5d7e2a9c4b10
Create Date: 2026-12-03 10:00:00

Every recording stored so far came from the camera. The one-open-recording rule moves from
(interview, type) to (interview, source, type), so a screen can be recorded beside the camera.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "5e1c0a7d9b32"
down_revision: str | None = "5d7e2a9c4b10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_INDEX = "uq_recordings_open_interview_id_mime_type"
NEW_INDEX = "uq_recordings_open_interview_id_source_mime_type"
OPEN = sa.text("status = 'recording'")


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(
            sa.Column("source", sa.String(length=20), nullable=False, server_default="camera")
        )
    op.drop_index(OLD_INDEX, table_name="recordings")
    op.create_index(
        NEW_INDEX,
        "recordings",
        ["interview_id", "source", "mime_type"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index(NEW_INDEX, table_name="recordings")
    op.execute(sa.text("DELETE FROM recordings WHERE source <> 'camera'"))
    op.create_index(
        OLD_INDEX,
        "recordings",
        ["interview_id", "mime_type"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    with op.batch_alter_table("recordings") as batch:
        batch.drop_column("source")
