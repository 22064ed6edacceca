"""Recordings their browser never finalized are settled once the interview is over and quiet."""

import uuid
from datetime import timedelta

from sqlalchemy import update

from app.core.models import utcnow
from app.recordings.models import Recording
from app.recordings.sweep import contiguous_parts, sweep_abandoned_recordings
from tests.media_samples import make_webm, split_bytes
from tests.recordings.helpers import interview_in_progress, open_recording, put_chunk


async def leave_open(client, db_session, me, interview, *, days_quiet: float) -> None:
    await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    await db_session.execute(
        update(Recording)
        .where(Recording.interview_id == uuid.UUID(interview["id"]))
        .values(updated_at=utcnow() - timedelta(days=days_quiet))
    )
    await db_session.commit()


def test_only_parts_in_order_from_the_start_are_usable():
    assert contiguous_parts({0, 1, 2, 5}) == 3
    assert contiguous_parts({1, 2}) == 0
    assert contiguous_parts(set()) == 0


async def test_what_arrived_in_order_is_kept_and_played(client, db_session, tasks, tmp_path):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    parts = split_bytes(make_webm(tmp_path / "a.webm", seconds=4.0).read_bytes(), 4)
    for seq in (0, 1, 3):  # part 2 never arrived: part 3 cannot play without it
        await put_chunk(client, me, recording["id"], seq, parts[seq])
    await leave_open(client, db_session, me, interview, days_quiet=2)
    assert await sweep_abandoned_recordings(tasks.context, tasks) == 1
    await tasks.drain()
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["total_chunks"] == 2
    assert state["status"] == "ready"
    assert 0 < state["duration_s"] < 4.0


async def test_a_recording_with_nothing_usable_is_marked_failed(
    client, db_session, tasks, data_dir
):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    await put_chunk(client, me, recording["id"], 1, b"orphan part")
    await leave_open(client, db_session, me, interview, days_quiet=2)
    await sweep_abandoned_recordings(tasks.context, tasks)
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "failed"
    assert "No part" in state["error"]
    assert not (data_dir / "media" / "recordings" / recording["id"] / "chunks").exists()


async def test_recent_or_running_recordings_are_left_alone(client, db_session, tasks):
    me, interview = await interview_in_progress(client, db_session)
    running = await open_recording(client, me, interview["id"])
    other_me, finished = await interview_in_progress(client, db_session)
    recent = await open_recording(client, other_me, finished["id"])
    await leave_open(client, db_session, other_me, finished, days_quiet=0.1)
    assert await sweep_abandoned_recordings(tasks.context, tasks) == 0
    for owner, item in ((me, running), (other_me, recent)):
        state = (await client.get(f"/api/recordings/{item['id']}", headers=owner.headers)).json()
        assert state["status"] == "recording"
