from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import (
    answer,
    create_interview,
    current_question,
    find_job,
    start,
    upload_resume,
)
from tests.interviews.test_router import DETAILED, NO_FOLLOW_UPS


async def _finished_interview(client, me, tasks, *, answers: list[str], **create) -> str:
    interview = await create_interview(
        client, me, question_count=len(answers) + 1, settings=NO_FOLLOW_UPS, **create
    )
    iid = interview["id"]
    running = await start(client, me, iid)
    for text in answers:
        question = current_question(running)
        running = (await answer(client, me, iid, question["id"], text)).json()
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    await tasks.drain()
    return iid


async def test_results_need_a_completed_interview(client, shipped):
    me = await signed_in_candidate(client)
    iid = (await create_interview(client, me))["id"]
    response = await client.get(f"/api/results/{iid}", headers=me.headers)
    assert response.status_code == 409
    assert response.json()["error"]["details"]["status"] == "scheduled"


async def test_results_show_scores_feedback_and_transcript(client, shipped, tasks):
    me = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me)
    job = await find_job(client, me, "backend")
    iid = await _finished_interview(
        client,
        me,
        tasks,
        answers=[DETAILED, "um I guess, like, not sure"],
        resume_id=resume_id,
        job_id=job["id"],
    )
    results = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    assert results["status"] == "ready"
    scores = results["scores"]
    assert scores["job_match"] == results["match"]["score"]
    assert 0 <= scores["overall"] <= 100
    assert scores["communication"] is not None
    questions = results["questions"]
    assert questions[0]["evaluation"]["score"] > questions[1]["evaluation"]["score"]
    assert questions[-1]["status"] == "skipped" and questions[-1]["evaluation"] is None
    assert all(q["model_answer"] is not None for q in questions if q["evaluation"])
    assert results["weaknesses"]
    assert results["recommendations"]
    speakers = [line["speaker"] for line in results["transcript"]]
    assert speakers[:2] == ["interviewer", "candidate"]


async def test_results_are_pending_until_evaluations_finish(client, shipped, tasks):
    me = await signed_in_candidate(client)
    interview = await create_interview(client, me, question_count=1, settings=NO_FOLLOW_UPS)
    iid = interview["id"]
    running = await start(client, me, iid)
    await answer(client, me, iid, current_question(running)["id"], DETAILED)
    await client.post(f"/api/interviews/{iid}/complete", headers=me.headers)
    pending = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    assert pending["status"] == "pending"
    assert pending["questions"][0]["evaluation_status"] == "pending"
    await tasks.drain()
    ready = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    assert ready["status"] == "ready"
    assert ready["scores"]["overall"] == ready["questions"][0]["evaluation"]["score"]


async def test_dashboard_stats_history_and_progress(client, shipped, tasks):
    me = await signed_in_candidate(client)
    empty = (await client.get("/api/dashboard/stats", headers=me.headers)).json()
    assert empty["interviews_completed"] == 0 and empty["average_score"] is None
    first = await _finished_interview(client, me, tasks, answers=[DETAILED])
    second = await _finished_interview(client, me, tasks, answers=[DETAILED, "not sure"])
    # Two words are too little to score: this interview has no scores and stays off the charts.
    unscored = await _finished_interview(client, me, tasks, answers=["no idea"])
    stats = (await client.get("/api/dashboard/stats", headers=me.headers)).json()
    assert stats["interviews_completed"] == 3
    assert stats["streak_days"] == 1
    assert stats["best_score"] >= stats["average_score"]
    history = (await client.get("/api/dashboard/history", headers=me.headers)).json()
    assert [item["id"] for item in history["items"]] == [unscored, second, first]
    assert [item["overall"] is None for item in history["items"]] == [True, False, False]
    progress = (await client.get("/api/dashboard/progress", headers=me.headers)).json()
    assert [p["interview_id"] for p in progress["points"]] == [first, second]
    assert progress["points"][0]["by_category"]
    results = (await client.get(f"/api/results/{unscored}", headers=me.headers)).json()
    assert results["scores"]["overall"] is None
    assert results["scores"]["communication"] is None
    assert results["scores"]["not_scored_reason"].startswith("Not enough to score")
    assert not any("spoke clearly" in s for s in results["strengths"])


async def test_an_answer_too_short_to_judge_is_left_out_of_the_averages(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await _finished_interview(client, me, tasks, answers=[DETAILED, "um no"])
    results = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()
    first, second, skipped = results["questions"]
    assert second["evaluation"]["scored"] is False
    assert second["evaluation"]["abstain_reason"]
    assert second["evaluation"]["score"] is None
    # The scored answer and the skipped question (0) are averaged; the unscored one is not.
    assert skipped["status"] == "skipped"
    assert results["scores"]["overall"] == round(first["evaluation"]["score"] / 2)


async def test_admin_reviews_any_candidates_interviews(client, shipped, tasks, db_session):
    me = await signed_in_candidate(client, full_name="Reviewed Candidate")
    iid = await _finished_interview(client, me, tasks, answers=[DETAILED])
    admin = await signed_in_admin(client, db_session)
    listing = await client.get(
        "/api/admin/interviews",
        headers=admin.headers,
        params={"candidate": "reviewed", "status": "completed", "min_score": 0},
    )
    assert listing.status_code == 200
    body = listing.json()
    assert body["total"] == 1
    assert body["items"][0]["candidate_name"] == "Reviewed Candidate"
    results = await client.get(f"/api/results/{iid}", headers=admin.headers)
    assert results.status_code == 200
    assert results.json()["candidate_name"] == "Reviewed Candidate"
    too_high = await client.get(
        "/api/admin/interviews", headers=admin.headers, params={"min_score": 101}
    )
    assert too_high.status_code == 422
    assert (await client.get("/api/admin/interviews", headers=me.headers)).status_code == 403


async def test_an_admin_reads_a_candidates_interview_but_cannot_run_it(client, shipped, db_session):
    me = await signed_in_candidate(client)
    iid = (await create_interview(client, me))["id"]
    admin = await signed_in_admin(client, db_session)
    read = await client.get(f"/api/interviews/{iid}", headers=admin.headers)
    assert read.status_code == 200
    assert read.json()["status"] == "scheduled"
    refused = await client.post(f"/api/interviews/{iid}/start", headers=admin.headers)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "owner_only"
    still = await client.get(f"/api/interviews/{iid}", headers=me.headers)
    assert still.json()["status"] == "scheduled"
    other = await signed_in_candidate(client)
    assert (await client.get(f"/api/interviews/{iid}", headers=other.headers)).status_code == 404
