"""recording uniques: one open recording per interview and type

Revision ID: b7d2f4a6c8e0
Revises: a9c1e0d2b3f4
Create Date: 2026-12-02 07:10:00

A double submit could open two recordings of one interview. Any such twins already stored are
settled first (the one holding most bytes stays open, the others are marked failed), or the
unique index could not be built.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "b7d2f4a6c8e0"
down_revision: str | None = "a9c1e0d2b3f4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_recordings_open_interview_id_mime_type"
OPEN = sa.text("status = 'recording'")
TWIN_ERROR = "Opened twice by a double submit; the other recording of this interview was kept."


def _settle_open_twins() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, interview_id, mime_type FROM recordings WHERE status = 'recording' "
            "ORDER BY interview_id, mime_type, bytes_received DESC, created_at DESC, id"
        )
    )
    kept: set[tuple[str, str]] = set()
    for recording_id, interview_id, mime_type in rows.all():
        if (str(interview_id), mime_type) not in kept:
            kept.add((str(interview_id), mime_type))
            continue
        connection.execute(
            sa.text("UPDATE recordings SET status = 'failed', error = :error WHERE id = :id"),
            {"error": TWIN_ERROR, "id": recording_id},
        )


def upgrade() -> None:
    _settle_open_twins()
    op.create_index(
        INDEX,
        "recordings",
        ["interview_id", "mime_type"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="recordings")
