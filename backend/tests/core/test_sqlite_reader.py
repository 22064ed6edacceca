"""The SQLite connection kept for raw reads (`app.core.sqlite_reader`): one per engine of a
database file, unable to write, closed with the engine; none for an in-memory database."""

import sqlite3

import pytest

from app.core.db import create_engine
from app.core.sqlite_reader import sqlite_reader


async def test_a_file_engine_keeps_one_reader_that_cannot_write_and_closes_it(tmp_path):
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'app.db'}")
    reader = sqlite_reader(engine.sync_engine)
    assert reader is not None
    assert sqlite_reader(engine.sync_engine) is reader
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("CREATE TABLE notes (body TEXT)")
    await engine.dispose()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        reader.execute("SELECT 1")


async def test_an_in_memory_engine_has_no_reader():
    engine = create_engine("sqlite+aiosqlite:///:memory:")
    try:
        assert sqlite_reader(engine.sync_engine) is None
    finally:
        await engine.dispose()
