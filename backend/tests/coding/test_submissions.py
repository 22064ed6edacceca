"""A candidate's code in a coding round: the server runs the hidden tests itself, tells the
verdict without the hidden inputs, asks about the code next, and shows everything after."""

from typing import Any

from tests.coding.helpers import (
    coding_interview,
    coding_url,
    load_problems,
    problem_of,
    requires_sandbox,
    shipped,
)
from tests.factories import signed_in_candidate

pytestmark = requires_sandbox


async def _submit(client, me, url: str, code: str, language: str = "python") -> Any:
    return await client.post(
        f"{url}/submissions", headers=me.headers, json={"code": code, "language": language}
    )


async def test_the_reference_solution_is_accepted_and_the_follow_up_is_asked_next(
    client, db_session
):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    url = coding_url(interview)
    problem = await problem_of(client, me, url)

    submitted = await _submit(client, me, url, shipped(problem["slug"]).reference.python)

    assert submitted.status_code == 201, submitted.text
    body = submitted.json()
    assert body["verdict"] == "accepted"
    assert body["passed"] == body["total"] == problem["hidden_test_count"]
    assert body["correctness"] == 100 and body["revealed"] is False
    assert all(test["input"] is None and test["expected"] is None for test in body["tests"])
    after = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    asked = next(q for q in after["questions"] if q["status"] == "asked")
    assert asked["id"] == body["follow_up_question_id"]
    assert asked["source"] == "follow_up" and "alternative" in asked["text"]


async def test_a_wrong_solution_hears_about_a_case_it_misses_without_its_input(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    url = coding_url(interview)
    problem = await problem_of(client, me, url)

    submitted = await _submit(client, me, url, problem["starter_code"]["python"])

    body = submitted.json()
    assert body["verdict"] == "wrong_answer"
    assert body["correctness"] == 0
    leaked = {test["actual"] for test in body["tests"]} | {test["stdout"] for test in body["tests"]}
    assert leaked == {None}
    after = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    follow_up = next(q for q in after["questions"] if q["id"] == body["follow_up_question_id"])
    assert follow_up["status"] == "asked"
