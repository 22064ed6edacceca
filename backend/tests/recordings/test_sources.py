"""A shared screen is recorded as its own stream beside the camera: open at the same time,
uploaded and finalized alike, played back signed, never transcribed or analysed for delivery."""

import asyncio

from app.recordings.sweep import sweep_abandoned_recordings
from tests.factories import signed_in_admin, signed_in_candidate, unique_email
from tests.media_samples import make_webm, split_bytes
from tests.recordings.helpers import finalize, interview_in_progress, put_chunk
from tests.recordings.test_races import interview_in_progress as race_interview_in_progress
from tests.recordings.test_sweep import leave_open

WEBM = "video/webm;codecs=vp8,opus"


async def start_recording(client, me, interview_id: str, source: str | None, mime_type=WEBM):
    body = {"interview_id": interview_id, "mime_type": mime_type}
    if source is not None:
        body["source"] = source
    return await client.post("/api/recordings", headers=me.headers, json=body)


async def upload_screen(client, me, interview_id: str, tmp_path, parts=3):
    screen = (await start_recording(client, me, interview_id, "screen")).json()
    sample = make_webm(tmp_path / "screen.webm", seconds=3.0, tone_ranges=[(0, 3.0)])
    for seq, data in enumerate(split_bytes(sample.read_bytes(), parts)):
        assert (await put_chunk(client, me, screen["id"], seq, data)).status_code == 200
    return screen, parts


async def test_the_camera_and_the_screen_are_recorded_at_once(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    camera = await start_recording(client, me, interview["id"], None)
    screen = await start_recording(client, me, interview["id"], "screen")
    assert (camera.status_code, screen.status_code) == (201, 201)
    assert camera.json()["source"] == "camera" and screen.json()["source"] == "screen"
    assert camera.json()["id"] != screen.json()["id"]
    assert {camera.json()["status"], screen.json()["status"]} == {"recording"}

    # A reload resumes each stream's own open recording.
    again = await start_recording(client, me, interview["id"], "screen")
    assert again.status_code == 200 and again.json()["id"] == screen.json()["id"]
    camera_again = await start_recording(client, me, interview["id"], "camera")
    assert camera_again.json()["id"] == camera.json()["id"]
    listed = await client.get(f"/api/interviews/{interview['id']}/recordings", headers=me.headers)
    assert sorted(r["source"] for r in listed.json()) == ["camera", "screen"]


async def test_an_unknown_source_is_refused_clearly(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    response = await start_recording(client, me, interview["id"], "microwave")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


async def test_a_screen_recording_plays_back_signed_and_is_not_analysed(
    client, db_session, tasks, tmp_path
):
    me, interview = await interview_in_progress(client, db_session)
    screen, parts = await upload_screen(client, me, interview["id"], tmp_path)
    finalized = await finalize(client, me, screen["id"], parts, duration_s=3.0)
    assert finalized.status_code == 200, finalized.text
    assert finalized.json()["analysis"]["status"] == "none"
    await tasks.drain()

    url = f"/api/recordings/{screen['id']}"
    state = (await client.get(url, headers=me.headers)).json()
    assert state["status"] == "ready" and state["source"] == "screen", state
    assert state["has_video"] is True
    assert state["analysis"] == {"status": "none", "progress": 0.0, "error": None}
    analytics = (await client.get(f"{url}/analytics", headers=me.headers)).json()
    assert analytics["report"] is None
    link = (await client.get(f"{url}/playback", headers=me.headers)).json()
    media = await client.get(link["url"])
    assert media.status_code == 200 and media.content[:4] == b"\x1a\x45\xdf\xa3"
    assert (await client.get(link["url"].replace("signature=", "signature=0"))).status_code == 403

    assert (await client.delete(url, headers=me.headers)).status_code == 204
    assert (await client.get(url, headers=me.headers)).status_code == 404


async def test_only_the_owner_records_a_screen_and_admins_only_watch(client, db_session, tmp_path):
    me, interview = await interview_in_progress(client, db_session)
    screen, _parts = await upload_screen(client, me, interview["id"], tmp_path)
    url = f"/api/recordings/{screen['id']}"
    stranger = await signed_in_candidate(client, email=unique_email("stranger"))
    admin = await signed_in_admin(client, db_session)

    assert (await start_recording(client, stranger, interview["id"], "screen")).status_code == 404
    assert (await client.get(url, headers=stranger.headers)).status_code == 404
    assert (await put_chunk(client, stranger, screen["id"], 9, b"x")).status_code == 404
    assert (await finalize(client, stranger, screen["id"], 3)).status_code == 404

    assert (await client.get(url, headers=admin.headers)).json()["source"] == "screen"
    assert (await start_recording(client, admin, interview["id"], "screen")).status_code == 403
    assert (await finalize(client, admin, screen["id"], 3)).status_code == 403


async def test_double_submitted_starts_open_one_recording_per_source(race_app, race_client):
    me, interview = await race_interview_in_progress(race_app, race_client)
    sources = ["camera", "screen"] * 3
    responses = await asyncio.gather(
        *[start_recording(race_client, me, interview["id"], source) for source in sources]
    )
    assert sorted(r.status_code for r in responses) == [200, 200, 200, 200, 201, 201], [
        r.text for r in responses
    ]
    by_source: dict[str, set[str]] = {}
    for response in responses:
        by_source.setdefault(response.json()["source"], set()).add(response.json()["id"])
    assert {source: len(ids) for source, ids in by_source.items()} == {"camera": 1, "screen": 1}
    listed = await race_client.get(
        f"/api/interviews/{interview['id']}/recordings", headers=me.headers
    )
    assert sorted(r["source"] for r in listed.json()) == ["camera", "screen"]


async def test_a_screen_left_open_is_settled_for_playback_without_analysis(
    client, db_session, tasks, tmp_path
):
    me, interview = await interview_in_progress(client, db_session)
    screen, _parts = await upload_screen(client, me, interview["id"], tmp_path)
    await leave_open(client, db_session, me, interview, days_quiet=2)
    assert await sweep_abandoned_recordings(tasks.context, tasks) == 1
    await tasks.drain()
    state = (await client.get(f"/api/recordings/{screen['id']}", headers=me.headers)).json()
    assert state["status"] == "ready" and state["total_chunks"] == 3, state
    assert state["analysis"]["status"] == "none"
