"""The scores stored on an interview, which the dashboard and the admin list show, follow its
evaluations (pending, done, failed, retried) and always equal its results page; the backfill
that stored them for older interviews computes the same figures."""

import asyncio
import uuid
from typing import Any

from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.interviews.models import Interview
from app.interviews.queries import load_interview
from app.results.backfill import backfill_score_summaries
from app.results.scoring import category_scores, scored_questions
from app.tasks.runner import InProcessTaskRunner
from tests.factories import SignedIn, signed_in_admin, signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import answer, create_interview, start
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS
from tests.results.stored_scores import completed_interview
from tests.tasks.helpers import (
    FAST_RETRIES,
    QUESTION,
    DatabaseLock,
    LogWatch,
    race_app_with,
    run_tasks_on_drain,
)

SHORTER = (
    "I would profile the slow endpoint first, then add an index on the column we filter by "
    "and cache the result for a minute, and check the latency again afterwards."
)


async def _listed_overall(client: AsyncClient, me: SignedIn, iid: str) -> int | None:
    """The overall score the candidate's history shows for the interview."""
    history = await get_ok(client, me, "/api/dashboard/history")
    overall: int | None = next(i for i in history["items"] if i["id"] == iid)["overall"]
    return overall


async def _results_overall(client: AsyncClient, me: SignedIn, iid: str) -> int | None:
    overall: int | None = (await get_ok(client, me, f"/api/results/{iid}"))["scores"]["overall"]
    return overall


async def test_the_lists_show_an_interviews_scores_once_its_answers_are_evaluated(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner, db_session: AsyncSession
) -> None:
    me = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    iid = await completed_interview(client, me, tasks, answers=[DETAILED, SHORTER], evaluate=False)
    pending = await get_ok(client, me, f"/api/results/{iid}")
    assert pending["status"] == "pending" and pending["scores"]["overall"] is None
    assert await _listed_overall(client, me, iid) is None
    assert (await get_ok(client, me, "/api/dashboard/progress"))["points"] == []
    stats = await get_ok(client, me, "/api/dashboard/stats")
    assert (stats["interviews_completed"], stats["average_score"]) == (1, None)

    await tasks.drain()
    results = await get_ok(client, me, f"/api/results/{iid}")
    scores = results["scores"]
    assert results["status"] == "ready" and scores["overall"] is not None
    assert await _listed_overall(client, me, iid) == scores["overall"]
    listing = await get_ok(client, admin, "/api/admin/interviews", candidate=me.email)
    assert [(i["id"], i["overall"]) for i in listing["items"]] == [(iid, scores["overall"])]
    stats = await get_ok(client, me, "/api/dashboard/stats")
    assert stats["average_score"] == stats["best_score"] == scores["overall"]
    (point,) = (await get_ok(client, me, "/api/dashboard/progress"))["points"]
    shown = {k: point[k] for k in ("overall", "technical", "communication")}
    assert shown == {k: scores[k] for k in ("overall", "technical", "communication")}
    interview = await load_interview(db_session, interview_id=uuid.UUID(iid))
    assert point["by_category"] == category_scores(scored_questions(interview))


async def test_the_backfill_stores_what_the_results_pages_show(
    client: AsyncClient, shipped: None, tasks: InProcessTaskRunner, db_session: AsyncSession
) -> None:
    me = await signed_in_candidate(client)
    ids = [
        await completed_interview(client, me, tasks, answers=[DETAILED]),
        await completed_interview(client, me, tasks, answers=[DETAILED, "um no"]),
        await completed_interview(client, me, tasks, answers=["no idea"]),
    ]
    running = await create_interview(client, me, settings=NO_FOLLOW_UPS)
    await start(client, me, running["id"])
    shown = [await get_ok(client, me, f"/api/dashboard/{view}") for view in ("stats", "progress")]
    # As the migration found them: columns added, nothing stored yet.
    await db_session.execute(
        update(Interview).values(
            score_overall=None,
            score_technical=None,
            score_communication=None,
            score_breakdown=None,
            scored_count=0,
            pending_count=0,
        )
    )
    await db_session.commit()
    assert [await _listed_overall(client, me, iid) for iid in ids] == [None] * 3

    stored = await db_session.run_sync(lambda s: backfill_score_summaries(s.connection()))
    await db_session.commit()
    assert stored == 3
    for iid in ids:
        assert await _listed_overall(client, me, iid) == await _results_overall(client, me, iid)
    assert await _listed_overall(client, me, running["id"]) is None
    again = [await get_ok(client, me, f"/api/dashboard/{view}") for view in ("stats", "progress")]
    assert again == shown


async def _both_overalls(client: AsyncClient, me: SignedIn, iid: str) -> tuple[Any, Any]:
    return await _results_overall(client, me, iid), await _listed_overall(client, me, iid)


async def test_a_failed_evaluation_and_its_retry_move_the_stored_scores(
    settings: Settings, race_database_url: str
) -> None:
    """Real failures: the database stays locked through every try of the second answer's
    evaluation, after the interview was completed."""
    async with race_app_with(settings, race_database_url, **FAST_RETRIES) as (app, client):
        runner = run_tasks_on_drain(app)
        me = await signed_in_candidate(client)
        second = {**QUESTION, "text": "Tell me about a time you made a slow service faster."}
        created = await create_interview(
            client,
            me,
            question_count=2,
            custom_questions=[QUESTION, second],
            settings=NO_FOLLOW_UPS,
        )
        iid = created["id"]
        first_id, second_id = (q["id"] for q in (await start(client, me, iid))["questions"])
        assert (await answer(client, me, iid, first_id, DETAILED)).status_code == 200
        await runner.drain()
        assert (await answer(client, me, iid, second_id, SHORTER)).status_code == 200
        await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
        only_first, listed = await _both_overalls(client, me, iid)
        assert only_first is not None and listed == only_first

        with LogWatch("app.tasks.runner") as watch:
            async with DatabaseLock(race_database_url, "answers") as lock:
                draining = asyncio.create_task(runner.drain())
                await watch.wait_for("gave up after 3 tries")
                await lock.release()
            await draining
        # The failed answer counts as 0, as on the results page.
        assert await _both_overalls(client, me, iid) == (round(only_first / 2),) * 2

        url = f"/api/interviews/{iid}/questions/{second_id}/evaluation"
        assert (await client.post(url, headers=me.headers)).status_code == 200
        assert await _both_overalls(client, me, iid) == (only_first, only_first)
        await runner.drain()
        results = await get_ok(client, me, f"/api/results/{iid}")
        assert [q["evaluation_status"] for q in results["questions"]] == ["done", "done"]
        assert await _listed_overall(client, me, iid) == results["scores"]["overall"]
