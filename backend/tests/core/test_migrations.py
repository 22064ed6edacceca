from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.models import Base


def _schema_differences(connection):
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return compare_metadata(context, Base.metadata)


async def test_migrations_and_models_agree(connection):
    differences = await connection.run_sync(_schema_differences)
    assert differences == []


async def test_migrated_schema_has_every_model_table(connection):
    tables = await connection.run_sync(lambda conn: set(inspect(conn).get_table_names()))
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
