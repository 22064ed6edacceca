"""An admin's change to the question bank reaches the next interview, in every process."""

from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import create_interview

QUESTION = {
    "text": "Tell me about a time you disagreed with your manager.",
    "category": "behavioral",
    "skills": [],
    "role_families": ["software"],
    "competency": "conflict",
    "difficulty": 2,
    "key_points": ["Describes the disagreement", "Explains the outcome"],
    "model_answer": "I raised it privately, brought data, and we agreed on a trial.",
    "follow_ups": [],
}


async def _asked(client, me) -> list[str]:
    interview = await create_interview(client, me, question_count=1)
    return [question["text"] for question in interview["questions"]]


async def test_an_edited_bank_question_is_asked_as_edited(client, db_session):
    admin = await signed_in_admin(client, db_session)
    me = await signed_in_candidate(client)
    created = await client.post("/api/questions", headers=admin.headers, json=QUESTION)
    assert created.status_code == 201, created.text
    assert await _asked(client, me) == [QUESTION["text"]]

    edited = "Tell me about a time you disagreed with a teammate's design."
    patched = await client.patch(
        f"/api/questions/{created.json()['id']}", headers=admin.headers, json={"text": edited}
    )
    assert patched.status_code == 200, patched.text
    assert await _asked(client, me) == [edited]


async def test_an_archived_question_is_no_longer_asked_and_a_new_one_is(client, db_session):
    admin = await signed_in_admin(client, db_session)
    me = await signed_in_candidate(client)
    first = (await client.post("/api/questions", headers=admin.headers, json=QUESTION)).json()
    assert await _asked(client, me) == [QUESTION["text"]]

    # Used by an interview, so deleting archives it; a new question takes its place.
    removed = await client.delete(f"/api/questions/{first['id']}", headers=admin.headers)
    assert removed.json() == {"result": "archived"}
    other = {**QUESTION, "text": "Tell me about a deadline you missed."}
    assert (await client.post("/api/questions", headers=admin.headers, json=other)).is_success
    assert await _asked(client, me) == [other["text"]]
