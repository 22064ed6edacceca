import pytest


@pytest.fixture
def without_database(request: pytest.FixtureRequest) -> None:
    """For tests that never touch the database (the sandbox, the judge, the shipped data): they
    run in the SQLite pass only, not again in the Postgres one."""
    if request.config.getoption("--postgres"):
        pytest.skip("does not use the database: runs in the SQLite pass")
