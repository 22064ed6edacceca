"""One rule for a candidate's recordings and interviews: the owner reads and writes; an admin
reads but is refused every write (403); anyone else is told it does not exist (404)."""

from tests.factories import signed_in_admin, signed_in_candidate
from tests.recordings.helpers import (
    WEBM_HEADER,
    finalize,
    interview_in_progress,
    open_recording,
    put_chunk,
)
from tests.recordings.test_playback import CONTENT, playback_url, ready_recording


async def test_an_admin_reviews_an_open_recording_but_cannot_change_it(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    url = f"/api/recordings/{recording['id']}"
    assert (await put_chunk(client, me, recording["id"], 0, WEBM_HEADER)).status_code == 200
    before = (await client.get(url, headers=me.headers)).json()
    admin = await signed_in_admin(client, db_session)

    assert (await client.get(url, headers=admin.headers)).json() == before
    listed = await client.get(
        f"/api/interviews/{interview['id']}/recordings", headers=admin.headers
    )
    assert [r["id"] for r in listed.json()] == [recording["id"]]

    question_id = interview["questions"][0]["id"]
    for response in [
        await put_chunk(client, admin, recording["id"], 0, WEBM_HEADER + b"admin"),
        await put_chunk(client, admin, recording["id"], 1, b"admin"),
        await client.post(
            f"{url}/markers",
            headers=admin.headers,
            json={"question_id": question_id, "started_at_s": 1.0},
        ),
        await finalize(client, admin, recording["id"], 1),
        await client.delete(url, headers=admin.headers),
    ]:
        assert response.status_code == 403, response.text
        error = response.json()["error"]
        assert error["code"] == "owner_only"
        assert "admin can review it but not change it" in error["message"]
    assert (await client.get(url, headers=me.headers)).json() == before


async def test_an_admin_plays_a_recording_but_cannot_delete_it(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    admin = await signed_in_admin(client, db_session)
    link = await playback_url(client, admin, recording["id"])
    assert (await client.get(link)).content == CONTENT
    refused = await client.delete(f"/api/recordings/{recording['id']}", headers=admin.headers)
    assert refused.status_code == 403
    state = await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)
    assert state.json()["status"] == "ready"
    assert (await client.get(await playback_url(client, me, recording["id"]))).content == CONTENT


async def test_an_admin_cannot_record_or_answer_in_a_candidates_interview(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    admin = await signed_in_admin(client, db_session)
    opened = await client.post(
        "/api/recordings",
        headers=admin.headers,
        json={"interview_id": interview["id"], "mime_type": "video/webm"},
    )
    assert opened.status_code == 403
    abandoned = await client.post(
        f"/api/interviews/{interview['id']}/abandon", headers=admin.headers
    )
    assert abandoned.status_code == 403
    assert abandoned.json()["error"]["code"] == "owner_only"
    mine = await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)
    assert mine.json()["status"] == "in_progress"
    listed = await client.get(f"/api/interviews/{interview['id']}/recordings", headers=me.headers)
    assert listed.json() == []


async def test_another_candidate_is_told_the_recording_does_not_exist(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    stranger = await signed_in_candidate(client)
    url = f"/api/recordings/{recording['id']}"
    for response in [
        await client.get(url, headers=stranger.headers),
        await client.get(f"{url}/playback", headers=stranger.headers),
        await client.get(f"{url}/transcript", headers=stranger.headers),
        await client.get(f"{url}/analytics", headers=stranger.headers),
        await put_chunk(client, stranger, recording["id"], 0, WEBM_HEADER),
        await client.post(
            f"{url}/markers",
            headers=stranger.headers,
            json={"question_id": "00000000-0000-0000-0000-000000000000", "started_at_s": 1},
        ),
        await finalize(client, stranger, recording["id"], 1),
        await client.delete(url, headers=stranger.headers),
    ]:
        assert response.status_code == 404, response.text
        assert response.json()["error"]["code"] == "recording_not_found"
    assert (await client.get(url, headers=me.headers)).json()["status"] == "ready"
