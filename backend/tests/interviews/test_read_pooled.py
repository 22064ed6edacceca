"""The interview read on the app's own pooled engine (as served, not inside a test's
transaction): its one raw query answers exactly what the ORM path answers for the same
interview, on SQLite and on Postgres."""

from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview, start
from tests.tasks.helpers import race_app_with

QUESTIONS = [
    {"text": "How would you design a rate limiter for a public API?"},
    {"text": "Tell me about a production incident you handled."},
]


def _without_clock(interview: dict) -> dict:
    return {key: value for key, value in interview.items() if key != "clock"}


async def test_a_read_answers_what_starting_the_interview_answered(settings, race_database_url):
    async with race_app_with(settings, race_database_url) as (_app, client):
        me = await signed_in_candidate(client)
        created = await create_interview(
            client, me, question_count=len(QUESTIONS), custom_questions=QUESTIONS
        )
        started = await start(client, me, created["id"])
        for _ in range(2):  # the second read reuses the pooled connection the first gave back
            response = await client.get(f"/api/interviews/{created['id']}", headers=me.headers)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/json"
            assert _without_clock(response.json()) == _without_clock(started)
