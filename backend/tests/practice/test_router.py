"""Recurring weaknesses and drills through the API, as a candidate, another one and an admin."""

from statistics import mean

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.tasks.runner import InProcessTaskRunner
from tests.factories import SignedIn, signed_in_admin, signed_in_candidate
from tests.helpers import get_ok
from tests.results.helpers import VAGUE
from tests.results.stored_scores import completed_interview

OTHER_VAGUE = (
    "Well, it really depends. I would probably talk to people and see what they think, and "
    "then we would sort of figure it out together, more or less, as we usually do."
)


async def _weak_history(client: AsyncClient, me: SignedIn, tasks: InProcessTaskRunner) -> list[str]:
    return [
        await completed_interview(client, me, tasks, answers=[VAGUE, OTHER_VAGUE], seed=seed)
        for seed in (1, 2)
    ]


async def test_a_newcomer_is_told_what_to_do_first(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner
) -> None:
    me = await signed_in_candidate(client)
    assert await get_ok(client, me, "/api/dashboard/weaknesses") == {
        "interviews_considered": 0,
        "recurring": [],
        "suggestion": None,
    }
    # A finished interview whose answers are not evaluated yet tells nothing either.
    await completed_interview(client, me, tasks, answers=[VAGUE], evaluate=False)
    response = await client.post("/api/drills", headers=me.headers, json={})
    assert response.status_code == 409, response.text
    error = response.json()["error"]
    assert error["code"] == "no_evaluated_interviews"
    assert "finish an interview" in error["message"]


async def test_weak_spots_that_recur_are_grouped_with_their_history(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner
) -> None:
    me = await signed_in_candidate(client)
    ids = await _weak_history(client, me, tasks)
    pages = [await get_ok(client, me, f"/api/results/{iid}") for iid in ids]
    data = await get_ok(client, me, "/api/dashboard/weaknesses")
    assert data["interviews_considered"] == 2
    by_key = {(e["kind"], e["key"]): e for e in data["recurring"]}
    structure = by_key[("dimension", "structure")]
    # One point per interview: the mean of that interview's answers, as its results page shows.
    expected = [
        round(mean(q["evaluation"]["structure"] for q in page["questions"] if q["evaluation"]))
        for page in pages
    ]
    assert [o["score"] for o in structure["history"]] == expected
    assert [o["interview_id"] for o in structure["history"]] == ids
    assert all(e["weak_count"] >= 2 and e["recurring"] for e in data["recurring"])
    assert structure["trend"] in {"improving", "steady", "worse"}
    suggestion = data["suggestion"]
    top = data["recurring"][0]
    assert (suggestion["kind"], suggestion["key"]) == (top["kind"], top["key"])
    assert f"weak in {top['weak_count']} of your last {top['seen_count']}" in suggestion["reason"]
    assert suggestion["rule"]


async def test_a_drill_asks_three_new_questions_on_the_weakest_spots(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner
) -> None:
    me = await signed_in_candidate(client)
    ids = await _weak_history(client, me, tasks)
    asked = {
        q["text"]
        for iid in ids
        for q in (await get_ok(client, me, f"/api/interviews/{iid}"))["questions"]
    }
    weak = await get_ok(client, me, "/api/dashboard/weaknesses")
    response = await client.post("/api/drills", headers=me.headers, json={})
    assert response.status_code == 201, response.text
    drill = response.json()
    assert drill["mode"] == "drill"
    assert drill["status"] == "scheduled"
    assert len(drill["questions"]) == 3
    assert not asked & {q["text"] for q in drill["questions"]}
    assert all(q["reason"].startswith("Drill: ") for q in drill["questions"])
    # The weakest spot is drilled first, and named.
    assert weak["suggestion"]["label"] in drill["questions"][0]["reason"]
    listed = await get_ok(client, me, "/api/interviews")
    assert [i["mode"] for i in listed["items"]][:1] == ["drill"]
    results = await get_ok(client, me, "/api/dashboard/history")
    assert results["items"][0]["mode"] == "drill"

    bounded = await client.post("/api/drills", headers=me.headers, json={"question_count": 6})
    assert bounded.status_code == 422
    one = await client.post(
        "/api/drills", headers=me.headers, json={"question_count": 1, "interview_id": ids[0]}
    )
    assert one.status_code == 201, one.text
    assert len(one.json()["questions"]) == 1


async def test_only_the_candidate_and_admins_see_them_and_only_the_candidate_drills(
    client: AsyncClient, db_session: AsyncSession, shipped: None, tasks: InProcessTaskRunner
) -> None:
    me = await signed_in_candidate(client)
    ids = await _weak_history(client, me, tasks)
    mine = await get_ok(client, me, "/api/dashboard/weaknesses")
    me_id = (await get_ok(client, me, "/api/auth/me"))["id"]

    other = await signed_in_candidate(client)
    peek = await client.get(
        "/api/dashboard/weaknesses", headers=other.headers, params={"candidate_id": me_id}
    )
    assert peek.status_code == 404
    assert (await get_ok(client, other, "/api/dashboard/weaknesses"))["recurring"] == []
    theirs = await client.post("/api/drills", headers=other.headers, json={"interview_id": ids[0]})
    assert theirs.status_code == 404

    admin = await signed_in_admin(client, db_session)
    assert await get_ok(client, admin, "/api/dashboard/weaknesses", candidate_id=me_id) == mine
    forbidden = await client.post(
        "/api/drills", headers=admin.headers, json={"interview_id": ids[0]}
    )
    assert forbidden.status_code == 403
