from app.results.retry_task import record_retry_failure, recover_unfinished_retries
from app.tasks.runner import InProcessTaskRunner
from tests.factories import signed_in_admin, signed_in_candidate
from tests.helpers import get_ok
from tests.interviews.helpers import create_interview
from tests.results.helpers import VAGUE, finished_interview, results_of

WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 2048


async def _retry(client, me, iid: str, qid: str, transcript: str, **extra):
    return await client.post(
        f"/api/interviews/{iid}/questions/{qid}/retries",
        headers=me.headers,
        json={"transcript": transcript, **extra},
    )


async def _retries(client, me, iid: str) -> list[dict]:
    return (await get_ok(client, me, f"/api/interviews/{iid}/retries"))["items"]


async def test_a_better_retry_shows_its_score_change_and_what_it_now_covers(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    before = await results_of(client, me, iid)
    question = before["questions"][0]
    original = question["evaluation"]

    response = await _retry(client, me, iid, question["question_id"], question["model_answer"])
    assert response.status_code == 201, response.text
    assert response.json()["evaluation_status"] == "pending"
    assert response.json()["comparison"] is None
    await tasks.drain()

    [retry] = await _retries(client, me, iid)
    assert retry["attempt"] == 1 and retry["evaluation_status"] == "done"
    comparison = retry["comparison"]
    assert comparison["previous"] == "original"
    assert comparison["previous_score"] == original["score"]
    assert comparison["score"] == retry["evaluation"]["score"]
    assert comparison["score_change"] == comparison["score"] - original["score"] > 0
    missed_before = set(original["key_points_missed"])
    assert comparison["newly_covered"], "the model answer covers points the vague one missed"
    for covered in comparison["newly_covered"]:
        assert covered["point"] in missed_before
        assert covered["evidence"] in question["model_answer"]
    # Practice beside the interview: its own scores do not move.
    assert (await results_of(client, me, iid))["scores"] == before["scores"]


async def test_a_second_retry_is_compared_with_the_first_and_a_double_click_counts_once(
    client, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    question = (await results_of(client, me, iid))["questions"][0]
    qid = question["question_id"]
    first = await _retry(client, me, iid, qid, question["model_answer"])
    again = await _retry(client, me, iid, qid, question["model_answer"])
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    await tasks.drain()
    second = await _retry(client, me, iid, qid, VAGUE + " That is all I can say.")
    assert second.status_code == 201
    await tasks.drain()

    retries = await _retries(client, me, iid)
    assert [r["attempt"] for r in retries] == [1, 2]
    comparison = retries[1]["comparison"]
    assert comparison["previous"] == "retry" and comparison["previous_attempt"] == 1
    assert comparison["previous_score"] == retries[0]["evaluation"]["score"]
    assert comparison["score_change"] < 0
    assert comparison["no_longer_covered"]


async def test_a_skipped_question_can_be_tried_for_the_first_time(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    skipped = (await results_of(client, me, iid))["questions"][-1]
    assert skipped["status"] == "skipped"
    response = await _retry(client, me, iid, skipped["question_id"], skipped["model_answer"])
    assert response.status_code == 201
    await tasks.drain()
    [retry] = await _retries(client, me, iid)
    comparison = retry["comparison"]
    assert comparison["previous_score"] is None and comparison["score_change"] is None
    assert len(comparison["newly_covered"]) == len(retry["evaluation"]["key_points_covered"])


async def test_only_a_finished_interview_and_its_own_questions_can_be_retried(
    client, shipped, tasks
):
    me = await signed_in_candidate(client)
    scheduled = await create_interview(client, me)
    qid = scheduled["questions"][0]["id"]
    response = await _retry(client, me, scheduled["id"], qid, "An answer.")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "invalid_interview_status"

    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    response = await _retry(client, me, iid, qid, "An answer.")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "question_not_found"


async def test_others_cannot_retry_or_read_retries_and_admins_only_read(
    client, db_session, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    qid = (await results_of(client, me, iid))["questions"][0]["question_id"]
    assert (await _retry(client, me, iid, qid, VAGUE + " More.")).status_code == 201

    other = await signed_in_candidate(client)
    assert (await _retry(client, other, iid, qid, "Mine now.")).status_code == 404
    listing = await client.get(f"/api/interviews/{iid}/retries", headers=other.headers)
    assert listing.status_code == 404

    admin = await signed_in_admin(client, db_session)
    refused = await _retry(client, admin, iid, qid, "An admin's answer.")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "owner_only"
    assert len(await _retries(client, admin, iid)) == 1
    anonymous = await client.get(f"/api/interviews/{iid}/retries")
    assert anonymous.status_code == 401


async def test_a_recorded_retry_uploads_its_take_once_and_plays_through_a_signed_link(
    client, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    qid = (await results_of(client, me, iid))["questions"][0]["question_id"]
    created = await _retry(
        client, me, iid, qid, VAGUE, source="browser_stt", media_type="video/webm;codecs=vp8"
    )
    retry_id = created.json()["id"]
    assert created.json()["has_media"] is False

    other = await signed_in_candidate(client)
    octets = {"Content-Type": "application/octet-stream"}
    stolen = await client.put(
        f"/api/retries/{retry_id}/media", headers={**other.headers, **octets}, content=WEBM
    )
    assert stolen.status_code == 404
    not_video = await client.put(
        f"/api/retries/{retry_id}/media", headers={**me.headers, **octets}, content=b"%PDF-1.7"
    )
    assert not_video.status_code == 415
    uploaded = await client.put(
        f"/api/retries/{retry_id}/media", headers={**me.headers, **octets}, content=WEBM
    )
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json()["has_media"] is True
    again = await client.put(
        f"/api/retries/{retry_id}/media", headers={**me.headers, **octets}, content=WEBM
    )
    assert again.status_code == 409

    url = (await _retries(client, me, iid))[0]["media"]["url"]
    played = await client.get(url)
    assert played.status_code == 200 and played.content == WEBM
    assert played.headers["content-type"] == "video/webm"
    part = await client.get(url, headers={"Range": "bytes=0-3"})
    assert part.status_code == 206 and part.content == WEBM[:4]
    forged = await client.get(url.replace("signature=", "signature=0"))
    assert forged.status_code == 403


async def test_a_typed_retry_has_no_take_to_upload(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    qid = (await results_of(client, me, iid))["questions"][0]["question_id"]
    retry_id = (await _retry(client, me, iid, qid, VAGUE + " Typed.")).json()["id"]
    response = await client.put(
        f"/api/retries/{retry_id}/media",
        headers={**me.headers, "Content-Type": "application/octet-stream"},
        content=WEBM,
    )
    assert response.status_code == 415
    bad_type = await _retry(client, me, iid, qid, "Spoken.", media_type="image/png")
    assert bad_type.status_code == 415


async def test_a_retry_whose_evaluation_keeps_failing_says_why(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    qid = (await results_of(client, me, iid))["questions"][0]["question_id"]
    retry_id = (await _retry(client, me, iid, qid, VAGUE + " Again.")).json()["id"]

    # What the runner does after the last try (app.tasks.runner.after_failure).
    await record_retry_failure(
        tasks.context, "LLMError: timed out (tried 5 times)", retry_id=retry_id
    )
    [retry] = await _retries(client, me, iid)
    assert retry["evaluation_status"] == "failed"
    assert retry["evaluation_error"] == "LLMError: timed out (tried 5 times)"
    assert retry["comparison"] is None


async def test_unfinished_retry_evaluations_are_queued_again(client, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    qid = (await results_of(client, me, iid))["questions"][0]["question_id"]
    await _retry(client, me, iid, qid, VAGUE + " Once more.")
    # After a restart: a new runner with an empty queue; the database remembers what is pending.
    restarted = InProcessTaskRunner(tasks.context, autostart=False)
    assert await recover_unfinished_retries(tasks.context, restarted) == 1
    await restarted.drain()
    [retry] = await _retries(client, me, iid)
    assert retry["evaluation_status"] == "done"
