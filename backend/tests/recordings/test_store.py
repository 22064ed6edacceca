"""The configured recording store is the one routes and background tasks both use: a recording
the processing task finalizes is served by the media route from the same place."""

import pytest

from tests.media_samples import make_webm, split_bytes
from tests.recordings.helpers import finalize, interview_in_progress, open_recording, put_chunk


@pytest.fixture
def settings(settings, tmp_path):
    return settings.model_copy(update={"data_dir": tmp_path / "configured"})


async def test_a_recording_the_task_finalizes_is_served_from_the_configured_store(
    client, db_session, tasks, tmp_path, data_dir
):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    source = make_webm(tmp_path / "take.webm", seconds=2.0, tone_ranges=[(0, 2)])
    parts = split_bytes(source.read_bytes(), 3)
    for seq, data in enumerate(parts):
        assert (await put_chunk(client, me, recording["id"], seq, data)).status_code == 200
    assert (await finalize(client, me, recording["id"], len(parts))).status_code == 200
    await tasks.drain()

    folder = tmp_path / "configured" / "media" / "recordings" / recording["id"]
    stored = folder / "recording.webm"
    assert stored.is_file(), "the task wrote the finished file under the configured data dir"
    assert not (folder / "chunks").exists(), "the parts are gone once assembled"
    assert not (data_dir / "media" / "recordings" / recording["id"]).exists()
    link = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    served = await client.get(link.json()["url"])
    assert served.status_code == 200
    assert served.content == stored.read_bytes()
    partial = await client.get(link.json()["url"], headers={"Range": "bytes=0-99"})
    assert partial.status_code == 206
    assert partial.content == stored.read_bytes()[:100]

    deleted = await client.delete(f"/api/recordings/{recording['id']}", headers=me.headers)
    assert deleted.status_code == 204
    assert not folder.exists()
    assert (await client.get(link.json()["url"])).status_code == 404


async def test_routes_and_tasks_hold_one_store(app, tasks):
    assert tasks.context.files is app.state.files
