"""Postgres connections per process are sized by DATABASE_POOL_SIZE, DATABASE_MAX_OVERFLOW and
DATABASE_POOL_TIMEOUT_S; a request that finds every connection in use past the timeout answers
503 database_busy with Retry-After (come back), never a 500, and succeeds once one is free."""

import pytest

from tests.factories import unique_email
from tests.tasks.helpers import race_app_with


async def test_a_request_finding_no_free_connection_gets_503_and_then_succeeds(
    settings, race_database_url
):
    if race_database_url.startswith("sqlite"):
        pytest.skip("the pool settings size Postgres connections")
    updates = {
        "database_pool_size": 1,
        "database_max_overflow": 0,
        "database_pool_timeout_s": 0.2,
    }
    body = {"email": unique_email(), "password": "a-long-password-1", "full_name": "Ada"}
    async with race_app_with(settings, race_database_url, **updates) as (app, client):
        assert app.state.engine.pool.size() == 1
        async with app.state.engine.connect():  # the only connection, busy elsewhere
            busy = await client.post("/api/auth/register", json=body)
        assert busy.status_code == 503
        assert busy.headers["Retry-After"] == "2"
        assert busy.json()["error"]["code"] == "database_busy"

        retried = await client.post("/api/auth/register", json=body)
        assert retried.status_code == 201, retried.text
