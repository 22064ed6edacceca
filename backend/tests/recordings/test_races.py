"""Concurrent requests on a database that commits for real (`race_client`): a part, once
acknowledged, never changes; a double-submitted start opens one recording."""

import asyncio
import contextlib
import uuid

from tests.factories import signed_in_candidate, unique_email
from tests.interviews.helpers import create_interview, load_shipped_data, start
from tests.recordings.helpers import WEBM_HEADER, open_recording, put_chunk

SLOW_PART = WEBM_HEADER + b"s" * 53_502  # 53,534 bytes, as in the report
FAST_PART = WEBM_HEADER + b"f" * 1_968  # 2,000 bytes


async def interview_in_progress(race_app, race_client):
    async with race_app.state.sessionmaker() as session:
        await load_shipped_data(session)
    me = await signed_in_candidate(race_client, email=unique_email("racer"))
    interview = await create_interview(race_client, me)
    return me, await start(race_client, me, interview["id"])


async def slow_and_fast_uploads(race_client, me, recording_id: str, slow: bytes, fast: bytes):
    """PUT part 0 twice: the slow upload starts first and sends its last bytes only after the
    fast one was answered, as a retry overtaking a stalled request does."""
    slow_started, fast_answered = asyncio.Event(), asyncio.Event()

    async def slow_body():
        yield slow[:1000]
        slow_started.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(fast_answered.wait(), timeout=5)
        yield slow[1000:]

    async def send_slow():
        return await race_client.put(
            f"/api/recordings/{recording_id}/chunks/0",
            headers={**me.headers, "Content-Type": "application/octet-stream"},
            content=slow_body(),
        )

    async def send_fast():
        await slow_started.wait()
        try:
            return await put_chunk(race_client, me, recording_id, 0, fast)
        finally:
            fast_answered.set()

    return await asyncio.gather(send_slow(), send_fast())


async def test_a_slower_upload_cannot_replace_an_acknowledged_part(race_app, race_client):
    me, interview = await interview_in_progress(race_app, race_client)
    recording = await open_recording(race_client, me, interview["id"])
    slow, fast = await slow_and_fast_uploads(race_client, me, recording["id"], SLOW_PART, FAST_PART)
    assert fast.status_code == 200, fast.text
    assert fast.json() == {"seq": 0, "bytes": len(FAST_PART), "duplicate": False}
    assert slow.status_code == 409, slow.text
    assert slow.json()["error"]["code"] == "chunk_conflict"
    state = (await race_client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == [0]
    assert state["bytes_received"] == len(FAST_PART)
    parts = race_app.state.files.parts
    stored = parts.chunk_path(uuid.UUID(recording["id"]), 0).read_bytes()
    assert stored == FAST_PART, "the part on disk is the one that was acknowledged"


async def test_the_same_part_sent_twice_at_once_is_stored_once(race_app, race_client):
    me, interview = await interview_in_progress(race_app, race_client)
    recording = await open_recording(race_client, me, interview["id"])
    slow, fast = await slow_and_fast_uploads(race_client, me, recording["id"], SLOW_PART, SLOW_PART)
    assert (slow.status_code, fast.status_code) == (200, 200)
    assert sorted([slow.json()["duplicate"], fast.json()["duplicate"]]) == [False, True]
    state = (await race_client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["received_seqs"] == [0]
    assert state["bytes_received"] == len(SLOW_PART)
    parts = race_app.state.files.parts
    assert parts.chunk_path(uuid.UUID(recording["id"]), 0).read_bytes() == SLOW_PART


async def test_a_double_submitted_start_opens_one_recording(race_app, race_client):
    me, interview = await interview_in_progress(race_app, race_client)
    body = {"interview_id": interview["id"], "mime_type": "video/webm;codecs=vp8,opus"}
    responses = await asyncio.gather(
        *[race_client.post("/api/recordings", headers=me.headers, json=body) for _ in range(4)]
    )
    assert sorted(r.status_code for r in responses) == [200, 200, 200, 201], [
        r.text for r in responses
    ]
    assert len({r.json()["id"] for r in responses}) == 1
    listed = await race_client.get(
        f"/api/interviews/{interview['id']}/recordings", headers=me.headers
    )
    assert len(listed.json()) == 1
