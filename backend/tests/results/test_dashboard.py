"""The dashboard's figures are those of the candidate's own results pages, and only theirs."""

from statistics import mean
from typing import Any

from httpx import AsyncClient

from app.tasks.runner import InProcessTaskRunner
from tests.factories import signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    start,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS
from tests.results.stored_scores import completed_interview


def _skill_points(results: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Each skill's scored answers on the results pages with an overall score, in order."""
    points: dict[str, list[int]] = {}
    for page in results:
        if page["scores"]["overall"] is None:
            continue
        for question in page["questions"]:
            evaluation = question["evaluation"]
            if evaluation is not None and evaluation["scored"]:
                for skill in question["skills"]:
                    points.setdefault(skill, []).append(evaluation["score"])
    return points


async def test_the_dashboard_figures_are_those_of_the_results_pages(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner
) -> None:
    me = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    theirs = await completed_interview(client, other, tasks, answers=[DETAILED])
    finished = [
        await completed_interview(client, me, tasks, answers=[DETAILED]),
        await completed_interview(client, me, tasks, answers=[DETAILED, "not sure at all"]),
        await completed_interview(client, me, tasks, answers=["no idea"]),
    ]
    running = await create_interview(client, me, question_count=3, settings=NO_FOLLOW_UPS)
    started = await start(client, me, running["id"])
    await answer(client, me, running["id"], current_question(started)["id"], DETAILED)
    await tasks.drain()
    results = [await get_ok(client, me, f"/api/results/{iid}") for iid in finished]
    overalls = [page["scores"]["overall"] for page in results]
    scored = [o for o in overalls if o is not None]
    assert len(scored) == 2

    stats = await get_ok(client, me, "/api/dashboard/stats")
    assert stats == {
        "interviews_completed": 3,
        "interviews_in_progress": 1,
        "questions_answered": 5,
        "average_score": round(mean(scored)),
        "best_score": max(scored),
        "streak_days": 1,
    }
    progress = await get_ok(client, me, "/api/dashboard/progress")
    assert [(p["interview_id"], p["overall"]) for p in progress["points"]] == [
        (iid, overall)
        for iid, overall in zip(finished, overalls, strict=True)
        if overall is not None
    ]
    scored_pages = [page for page in results if page["scores"]["overall"] is not None]
    for point, page in zip(progress["points"], scored_pages, strict=True):
        shown = page["scores"]
        assert (point["technical"], point["communication"]) == (
            shown["technical"],
            shown["communication"],
        )
    expected = _skill_points(results)
    assert expected
    skills = {s["skill"]: s for s in progress["skills"]}
    assert {name: [p["score"] for p in s["points"]] for name, s in skills.items()} == expected
    assert all(s["average"] == round(mean(expected[name])) for name, s in skills.items())

    history = await get_ok(client, me, "/api/dashboard/history")
    listed = {item["id"]: item["overall"] for item in history["items"]}
    assert listed == {**dict(zip(finished, overalls, strict=True)), running["id"]: None}
    assert theirs not in listed
    assert (await get_ok(client, other, "/api/dashboard/stats"))["interviews_completed"] == 1
