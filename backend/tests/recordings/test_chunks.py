"""Chunked upload: idempotent, any order, gaps refused at finalize, resumable, bounded."""

import uuid

from tests.factories import signed_in_candidate
from tests.recordings.helpers import (
    WEBM_HEADER,
    finalize,
    interview_in_progress,
    open_recording,
    put_chunk,
)


async def test_a_recording_opens_for_an_interview_in_progress(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    assert recording["status"] == "recording"
    assert recording["received_seqs"] == []
    assert recording["max_chunk_bytes"] > 0


async def test_reopening_resumes_the_open_recording(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    first = await open_recording(client, me, interview["id"])
    await put_chunk(client, me, first["id"], 0, WEBM_HEADER)
    again = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": interview["id"], "mime_type": "video/webm;codecs=vp8,opus"},
    )
    assert again.status_code == 200
    assert again.json()["id"] == first["id"]
    assert again.json()["received_seqs"] == [0]


async def test_the_same_part_twice_is_stored_once(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    first = await put_chunk(client, me, recording["id"], 0, WEBM_HEADER + b"a" * 100)
    second = await put_chunk(client, me, recording["id"], 0, WEBM_HEADER + b"a" * 100)
    assert first.json() == {"seq": 0, "bytes": 132, "duplicate": False}
    assert second.status_code == 200 and second.json()["duplicate"] is True
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == [0]
    assert state["bytes_received"] == 132


async def test_parts_arriving_out_of_order_are_placed_by_number(client, db_session, data_dir, app):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    for seq, data in [(2, b"CC"), (0, WEBM_HEADER), (1, b"BB")]:
        assert (await put_chunk(client, me, recording["id"], seq, data)).status_code == 200
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == [0, 1, 2]
    target = data_dir / "assembled-test.bin"
    app.state.files.parts.assemble(uuid.UUID(recording["id"]), 3, target)
    assert target.read_bytes() == WEBM_HEADER + b"BBCC"


async def test_finalize_lists_the_missing_parts(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    await put_chunk(client, me, recording["id"], 0, WEBM_HEADER)
    await put_chunk(client, me, recording["id"], 3, b"DD")
    response = await finalize(client, me, recording["id"], 5)
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "recording_incomplete"
    assert error["details"]["missing"] == [1, 2, 4]
    assert "1, 2, 4" in error["message"]
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "recording", "a refused finalize loses nothing and stays open"


async def test_after_finalize_no_more_parts_are_accepted(client, db_session, tasks):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    await put_chunk(client, me, recording["id"], 0, WEBM_HEADER)
    response = await finalize(client, me, recording["id"], 1)
    assert response.status_code == 200
    assert response.json()["status"] == "processing"
    late = await put_chunk(client, me, recording["id"], 1, b"late")
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "recording_not_open"
    again = await finalize(client, me, recording["id"], 1)
    assert again.status_code == 200, "finalizing twice with the same count is harmless"


async def test_a_first_part_that_is_not_a_recording_is_refused(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    response = await put_chunk(client, me, recording["id"], 0, b"%PDF-1.7 not a video")
    assert response.status_code == 415
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == []


async def test_unsupported_mime_types_are_refused(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    response = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": interview["id"], "mime_type": "image/gif"},
    )
    assert response.status_code == 415
    assert "WebM or MP4" in response.json()["error"]["message"]


async def test_an_oversized_part_is_refused_with_413(client, db_session, settings):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    too_big = WEBM_HEADER + b"x" * settings.recording_chunk_max_bytes
    response = await put_chunk(client, me, recording["id"], 0, too_big)
    assert response.status_code == 413
    assert response.json()["error"]["message"]


async def test_a_recording_over_the_total_limit_is_refused(client, db_session, app):
    app.state.settings = app.state.settings.model_copy(update={"recording_max_bytes": 100})
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    assert (
        await put_chunk(client, me, recording["id"], 0, WEBM_HEADER + b"x" * 50)
    ).status_code == 200
    response = await put_chunk(client, me, recording["id"], 1, b"y" * 60)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "recording_too_large"
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == [0], "the part that was already saved is kept"


async def test_another_users_recording_is_not_found(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    stranger = await signed_in_candidate(client)
    for response in [
        await client.get(f"/api/recordings/{recording['id']}", headers=stranger.headers),
        await put_chunk(client, stranger, recording["id"], 0, WEBM_HEADER),
        await finalize(client, stranger, recording["id"], 1),
        await client.get(f"/api/recordings/{recording['id']}/playback", headers=stranger.headers),
        await client.get(f"/api/interviews/{interview['id']}/recordings", headers=stranger.headers),
    ]:
        assert response.status_code == 404, response.text
    opened = await client.post(
        "/api/recordings",
        headers=stranger.headers,
        json={"interview_id": interview["id"], "mime_type": "video/webm"},
    )
    assert opened.status_code == 404


async def test_recording_needs_an_interview_in_progress(client, shipped):
    from tests.interviews.helpers import create_interview

    me = await signed_in_candidate(client)
    interview = await create_interview(client, me)
    response = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": interview["id"], "mime_type": "video/webm"},
    )
    assert response.status_code == 409


async def test_markers_are_saved_per_question_and_moved_by_a_retake(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    question_id = interview["questions"][0]["id"]
    url = f"/api/recordings/{recording['id']}/markers"
    await client.post(
        url, headers=me.headers, json={"question_id": question_id, "started_at_s": 1.5}
    )
    response = await client.post(
        url,
        headers=me.headers,
        json={"question_id": question_id, "started_at_s": 20.0, "ended_at_s": 41.0},
    )
    assert response.status_code == 200
    assert response.json()["markers"] == [
        {"question_id": question_id, "started_at_s": 20.0, "ended_at_s": 41.0}
    ]
    backwards = await client.post(
        url,
        headers=me.headers,
        json={"question_id": question_id, "started_at_s": 9, "ended_at_s": 3},
    )
    assert backwards.status_code == 422
    foreign = await client.post(
        url,
        headers=me.headers,
        json={"question_id": "00000000-0000-0000-0000-000000000000", "started_at_s": 1},
    )
    assert foreign.status_code == 404
