"""The coding question in the room: its public problem, the code timeline, hints at a visible
cost, server runs of the examples, who may do what, and the results after the interview."""

from tests.coding.helpers import (
    coding_interview,
    coding_url,
    load_problems,
    problem_of,
    requires_sandbox,
    shipped,
)
from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import answer


async def test_a_coding_round_asks_a_problem_that_fits_and_shows_only_its_public_part(
    client, db_session
):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me, role="Data analyst")
    (question,) = interview["questions"]
    assert question["category"] == "coding" and question["status"] == "asked"
    assert question["text"].startswith("Coding exercise:")

    state = (await client.get(coding_url(interview), headers=me.headers)).json()

    problem = state["problem"]
    assert problem["topic"] == "sql_data"  # a data role gets an SQL-style question
    assert problem["examples"] and problem["hidden_test_count"] >= 5
    assert problem["starter_code"]["python"].startswith(f"def {problem['entry']['python']}(")
    assert "tests" not in problem and "reference" not in problem
    text = str(state)
    assert shipped(problem["slug"]).reference.python.strip() not in text
    assert state["hints"] == {
        "used": [],
        "remaining": problem["hint_count"],
        "cost_per_hint": 10,
        "penalty": 0,
    }


async def test_the_code_timeline_keeps_each_change_once(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    url = f"{coding_url(interview)}/snapshots"
    codes = ["def f():\n", "def f():\n    return 1\n", "def f():\n    return 1\n"]

    saved = [
        (await client.post(url, headers=me.headers, json={"code": c, "language": "python"})).json()
        for c in codes
    ]

    assert [s["stored"] for s in saved] == [True, True, False]
    assert [s["seq"] for s in saved] == [1, 2, 2]
    timeline = (await client.get(url, headers=me.headers)).json()
    assert [item["code"] for item in timeline["items"]] == codes[:2]
    assert all(item["elapsed_s"] >= 0 for item in timeline["items"])


async def test_hints_come_in_order_at_a_visible_cost_until_none_are_left(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    url = coding_url(interview)
    problem = await problem_of(client, me, url)

    taken = [
        (await client.post(f"{url}/hints", headers=me.headers)).json()
        for _ in range(problem["hint_count"])
    ]

    assert [hint["index"] for hint in taken] == list(range(problem["hint_count"]))
    assert taken[-1]["penalty"] == 10 * problem["hint_count"] and taken[-1]["remaining"] == 0
    assert taken[0]["text"] == shipped(problem["slug"]).hints[0]
    none_left = await client.post(f"{url}/hints", headers=me.headers)
    assert none_left.status_code == 409 and none_left.json()["error"]["code"] == "no_hints_left"


async def test_a_coding_question_is_answered_with_code_not_words(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    question = interview["questions"][0]
    said = await answer(client, me, interview["id"], question["id"], "I would use a hash map.")
    assert said.status_code == 409
    assert said.json()["error"]["code"] == "coding_question_needs_code"


async def test_others_cannot_see_it_and_admins_read_but_never_write(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    interview = await coding_interview(client, me)
    url = coding_url(interview)
    snapshot = {"code": "x = 1\n", "language": "python"}

    assert (await client.get(url, headers=stranger.headers)).status_code == 404
    assert (
        await client.post(f"{url}/snapshots", headers=stranger.headers, json=snapshot)
    ).status_code == 404
    assert (await client.get(url, headers=admin.headers)).status_code == 200
    refused = await client.post(f"{url}/snapshots", headers=admin.headers, json=snapshot)
    assert refused.status_code == 403
    assert (await client.post(f"{url}/hints", headers=admin.headers)).status_code == 403


async def test_a_question_not_yet_asked_takes_no_code(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(
        client, me, coding={"problems": 2, "only": True}, question_count=1
    )
    later = next(q for q in interview["questions"] if q["status"] == "pending")
    response = await client.post(f"{coding_url(interview, later['id'])}/hints", headers=me.headers)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "coding_question_not_open"


@requires_sandbox
async def test_the_examples_run_on_the_server_with_diffs_and_output(client, db_session):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(
        client, me, coding={"problems": 1, "only": True, "topics": ["hash_maps"]}
    )
    url = coding_url(interview)
    problem = await problem_of(client, me, url)
    entry = problem["entry"]["javascript"]
    code = f"function {entry}(...args) {{ console.log('called'); return 42; }}"

    ran = await client.post(
        f"{url}/run", headers=me.headers, json={"code": code, "language": "javascript"}
    )

    assert ran.status_code == 200, ran.text
    body = ran.json()
    assert body["verdict"] == "wrong_answer" and body["runner"] == "local"
    first = body["results"][0]
    assert first["actual"] == 42 and first["stdout"] == "called\n" and first["diff"]
    assert first["expected"] == problem["examples"][0]["expected"]


@requires_sandbox
async def test_results_show_the_failing_inputs_the_scores_and_the_model_solution(
    client, db_session, tasks
):
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(
        client, me, role="Backend engineer", question_count=2, coding={"problems": 1}
    )
    coding = next(q for q in interview["questions"] if q["category"] == "coding")
    url = coding_url(interview, coding["id"])
    problem = await problem_of(client, me, url)
    await client.post(f"{url}/hints", headers=me.headers)
    wrong = problem["starter_code"]["python"]
    submitted = await client.post(
        f"{url}/submissions", headers=me.headers, json={"code": wrong, "language": "python"}
    )
    assert submitted.status_code == 201, submitted.text
    follow_up_id = submitted.json()["follow_up_question_id"]
    await answer(
        client,
        me,
        interview["id"],
        follow_up_id,
        "My code returns None for every input, "
        "because I never wrote the body; I would loop once and keep a hash map of values.",
    )
    done = await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    assert done.status_code == 200
    await tasks.drain()

    results = (await client.get(f"/api/results/{interview['id']}", headers=me.headers)).json()

    section = results["coding"]
    (item,) = section["problems"]
    assert item["submitted"] and item["verdict"] == "wrong_answer"
    assert item["hidden_passed"] == 0 and len(item["failing"]) == item["hidden_total"]
    assert all(
        test["input"] is not None and test["expected"] is not None for test in item["failing"]
    )
    assert item["hints_used"] == 1 and item["hint_penalty"] == 10
    assert item["score"] == max(0, submitted.json()["score"] - 10)
    assert item["explanation"]["question_id"] == follow_up_id
    assert item["explanation"]["score"] is not None
    assert item["model_solution"]["python"] == shipped(problem["slug"]).reference.python
    assert results["scores"]["coding"] == section["score"] == item["score"]
    assert all(q["category"] != "coding" for q in results["questions"])
    revealed = (await client.get(f"{url}/submissions", headers=me.headers)).json()
    assert revealed[0]["revealed"] and revealed[0]["tests"][0]["input"] is not None
