import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from app.recordings.models import Recording
from app.recordings.states import RecordingSource, RecordingStatus
from app.results.models import ShareLink
from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import create_interview
from tests.results.helpers import (
    VAGUE,
    VIDEO,
    finished_interview,
    recorded_interview,
    results_of,
)


async def _share(client, me, iid: str, **body) -> dict:
    response = await client.post(
        f"/api/interviews/{iid}/shares", headers=me.headers, json={"label": "Coach Sam", **body}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_coach_opens_the_link_signed_out_and_comments_reach_the_candidate(
    client, shipped, tasks
):
    me = await signed_in_candidate(client, full_name="Robin Candidate")
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    results = await results_of(client, me, iid)
    link = await _share(client, me, iid, expires_in_days=7)
    assert link["status"] == "active" and link["include_video"] is False

    shared = await client.get(f"/api/shared/{link['token']}")
    assert shared.status_code == 200, shared.text
    body = shared.json()
    assert body["results"]["scores"] == results["scores"]
    assert body["results"]["candidate_name"] == "Robin Candidate"
    assert body["share"]["label"] == "Coach Sam"
    assert body["video"] is None and body["comments"] == []

    qid = results["questions"][0]["question_id"]
    comment = await client.post(
        f"/api/shared/{link['token']}/comments",
        json={
            "author_name": " Sam ",
            "text": "Lead with the result.",
            "question_id": qid,
            "at_s": 12.5,
        },
    )
    assert comment.status_code == 201, comment.text
    seen = await client.get(f"/api/interviews/{iid}/comments", headers=me.headers)
    [item] = seen.json()["items"]
    assert (item["author_name"], item["text"], item["question_id"], item["at_s"]) == (
        "Sam",
        "Lead with the result.",
        qid,
        12.5,
    )
    assert item["share_label"] == "Coach Sam"
    assert (await client.get(f"/api/shared/{link['token']}")).json()["comments"][0]["id"] == item[
        "id"
    ]


async def test_revoked_expired_and_forged_links_are_refused_plainly(
    client, db_session, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    revoked, expired = await _share(client, me, iid), await _share(client, me, iid)

    response = await client.delete(
        f"/api/interviews/{iid}/shares/{revoked['id']}", headers=me.headers
    )
    assert response.status_code == 204
    again = await client.delete(f"/api/interviews/{iid}/shares/{revoked['id']}", headers=me.headers)
    assert again.status_code == 204
    gone = await client.get(f"/api/shared/{revoked['token']}")
    assert gone.status_code == 410 and gone.json()["error"]["code"] == "share_link_revoked"
    comment = await client.post(
        f"/api/shared/{revoked['token']}/comments", json={"author_name": "Sam", "text": "Hi"}
    )
    assert comment.status_code == 410

    await db_session.execute(
        update(ShareLink)
        .where(ShareLink.id == uuid.UUID(expired["id"]))
        .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    )
    await db_session.commit()
    response = await client.get(f"/api/shared/{expired['token']}")
    assert response.status_code == 410 and response.json()["error"]["code"] == "share_link_expired"

    forged = expired["token"][:-4] + ("AAAA" if not expired["token"].endswith("AAAA") else "BBBB")
    for token in (forged, "not-a-token", me.access_token):
        response = await client.get(f"/api/shared/{token}")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "share_link_not_found"

    listed = (await client.get(f"/api/interviews/{iid}/shares", headers=me.headers)).json()
    statuses = {item["id"]: (item["status"], item["token"]) for item in listed["items"]}
    assert statuses == {revoked["id"]: ("revoked", None), expired["id"]: ("expired", None)}


async def test_only_the_candidate_makes_lists_and_revokes_links(client, db_session, shipped, tasks):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    link = await _share(client, me, iid)
    other = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    body = {"label": "Me"}
    assert (
        await client.post(f"/api/interviews/{iid}/shares", headers=other.headers, json=body)
    ).status_code == 404
    assert (
        await client.post(f"/api/interviews/{iid}/shares", headers=admin.headers, json=body)
    ).status_code == 403
    assert (
        await client.get(f"/api/interviews/{iid}/shares", headers=other.headers)
    ).status_code == 404
    revoke = f"/api/interviews/{iid}/shares/{link['id']}"
    assert (await client.delete(revoke, headers=other.headers)).status_code == 404
    assert (await client.delete(revoke, headers=admin.headers)).status_code == 403
    assert (
        await client.get(f"/api/interviews/{iid}/comments", headers=other.headers)
    ).status_code == 404
    assert (await client.get(f"/api/shared/{link['token']}")).status_code == 200

    # A link of one interview cannot revoke through another.
    mine_too = await finished_interview(client, me, tasks, answers=[VAGUE])
    wrong = await client.delete(
        f"/api/interviews/{mine_too}/shares/{link['id']}", headers=me.headers
    )
    assert wrong.status_code == 404

    unfinished = await create_interview(client, me)
    response = await client.post(
        f"/api/interviews/{unfinished['id']}/shares", headers=me.headers, json=body
    )
    assert response.status_code == 409


async def test_comments_must_name_a_question_of_the_interview_and_say_something(
    client, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    other = await finished_interview(client, me, tasks, answers=[VAGUE])
    foreign_qid = (await results_of(client, me, other))["questions"][0]["question_id"]
    token = (await _share(client, me, iid))["token"]
    url = f"/api/shared/{token}/comments"
    response = await client.post(
        url, json={"author_name": "Sam", "text": "Hi", "question_id": foreign_qid}
    )
    assert response.status_code == 422 and response.json()["error"]["code"] == "question_not_found"
    response = await client.post(url, json={"author_name": "Sam", "text": "   "})
    assert response.status_code == 422
    response = await client.post(url, json={"author_name": "Sam", "text": "Fine", "at_s": -1})
    assert response.status_code == 422


async def test_the_video_is_shared_only_when_the_candidate_chose_so(
    client, db_session, shipped, tasks, data_dir
):
    me = await signed_in_candidate(client)
    iid, _recording_id = await recorded_interview(client, db_session, tasks, data_dir, me)
    without = await _share(client, me, iid)
    assert (await client.get(f"/api/shared/{without['token']}")).json()["video"] is None

    with_video = await _share(client, me, iid, include_video=True)
    video = (await client.get(f"/api/shared/{with_video['token']}")).json()["video"]
    assert video["audio_only"] is False
    [chapter] = video["transcript"]["chapters"]
    assert chapter["start_s"] == 1.0
    played = await client.get(video["playback"]["url"])
    assert played.status_code == 200 and played.content == VIDEO


async def test_the_coach_sees_the_camera_not_a_screen_shared_later(
    client, db_session, shipped, tasks, data_dir
):
    me = await signed_in_candidate(client)
    iid, camera_id = await recorded_interview(client, db_session, tasks, data_dir, me)
    # Shared during the interview, it is the newest ready recording.
    camera = await db_session.get(Recording, uuid.UUID(camera_id))
    screen = Recording(
        interview_id=uuid.UUID(iid),
        user_id=camera.user_id,
        mime_type="video/webm",
        source=RecordingSource.SCREEN,
        status=RecordingStatus.READY,
        file_key=f"recordings/{uuid.uuid4()}/recording.webm",
        file_bytes=6,
        duration_s=30.0,
        has_video=True,
    )
    db_session.add(screen)
    await db_session.commit()

    shared = await _share(client, me, iid, include_video=True)
    video = (await client.get(f"/api/shared/{shared['token']}")).json()["video"]
    assert f"/api/recordings/{camera_id}/media" in video["playback"]["url"]
    assert (await client.get(video["playback"]["url"])).content == VIDEO
