"""A lock held longer than the busy timeout answers 503 database_busy with Retry-After, in our
error format, never a 500; the same request succeeds once the lock is gone."""

from tests.factories import unique_email
from tests.tasks.helpers import DatabaseLock, race_app_with


async def test_a_request_that_outwaits_a_lock_gets_503_and_then_succeeds(
    settings, race_database_url
):
    body = {"email": unique_email(), "password": "a-long-password-1", "full_name": "Ada"}
    updates = {"database_busy_timeout_s": 0.1}
    async with race_app_with(settings, race_database_url, **updates) as (_app, client):
        async with DatabaseLock(race_database_url, "users"):
            busy = await client.post("/api/auth/register", json=body)
        assert busy.status_code == 503
        assert busy.headers["Retry-After"] == "2"
        assert busy.json() == {
            "error": {
                "code": "database_busy",
                "message": "The database is busy right now. Try again in a moment.",
                "details": None,
            }
        }
        retried = await client.post("/api/auth/register", json=body)
        assert retried.status_code == 201, retried.text
