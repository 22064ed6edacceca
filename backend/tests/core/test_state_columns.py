"""A state column (`StrEnumString`) stores the plain value and reads back the enum."""

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import StatementError

from app.core.models import StrEnumString
from app.interviews.states import InterviewStatus

_metadata = MetaData()
# Temporary: gone with the test's transaction, and never seen by the migrations check.
_samples = Table(
    "state_samples",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("status", StrEnumString(InterviewStatus, 20)),
    prefixes=["TEMPORARY"],
)


async def test_a_state_is_stored_as_its_value_and_read_back_as_the_enum(connection):
    await connection.run_sync(_metadata.create_all)
    await connection.execute(
        insert(_samples),
        [{"id": 1, "status": InterviewStatus.IN_PROGRESS}, {"id": 2, "status": "completed"}],
    )

    stored = await connection.scalars(text("SELECT status FROM state_samples ORDER BY id"))
    assert list(stored) == ["in_progress", "completed"]
    read = list(await connection.scalars(select(_samples.c.status).order_by(_samples.c.id)))
    assert read == [InterviewStatus.IN_PROGRESS, InterviewStatus.COMPLETED]
    assert all(type(status) is InterviewStatus for status in read)


async def test_a_value_that_is_no_state_is_refused_before_it_is_written(connection):
    await connection.run_sync(_metadata.create_all)
    with pytest.raises(StatementError, match="finished"):
        await connection.execute(insert(_samples).values(id=1, status="finished"))
    assert await connection.scalar(text("SELECT count(*) FROM state_samples")) == 0
