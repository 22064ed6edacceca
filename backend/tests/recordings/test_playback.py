"""Playback: signed short-lived links, HTTP Range requests, owner and admins only."""

import time
import uuid

from sqlalchemy import update

from app.recordings.models import Recording
from tests.factories import signed_in_admin, signed_in_candidate
from tests.helpers import get_ok
from tests.recordings.helpers import interview_in_progress, open_recording

CONTENT = bytes(range(256)) * 40  # 10,240 bytes with a recognisable pattern


async def ready_recording(client, db_session, data_dir, me=None):
    """A recording whose processing finished: its file on disk, status ready."""
    me, interview = await interview_in_progress(client, db_session, me)
    recording = await open_recording(client, me, interview["id"])
    key = f"recordings/{recording['id']}/recording.webm"
    path = data_dir / "media" / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(CONTENT)
    await db_session.execute(
        update(Recording)
        .where(Recording.id == uuid.UUID(recording["id"]))
        .values(status="ready", file_key=key, file_bytes=len(CONTENT), duration_s=3.0)
    )
    await db_session.commit()
    return me, recording


async def playback_url(client, me, recording_id: str) -> str:
    return (await get_ok(client, me, f"/api/recordings/{recording_id}/playback"))["url"]


async def test_the_signed_link_plays_the_whole_file_without_a_token(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    response = await client.get(url)
    assert response.status_code == 200
    assert response.content == CONTENT
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-type"].startswith("video/webm")


async def test_range_requests_serve_the_asked_bytes(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    size = len(CONTENT)
    cases = [
        ("bytes=0-99", CONTENT[:100], f"bytes 0-99/{size}"),
        ("bytes=5000-5009", CONTENT[5000:5010], f"bytes 5000-5009/{size}"),
        ("bytes=-10", CONTENT[-10:], f"bytes {size - 10}-{size - 1}/{size}"),
        ("bytes=10000-", CONTENT[10000:], f"bytes 10000-{size - 1}/{size}"),
    ]
    for header, body, content_range in cases:
        response = await client.get(url, headers={"Range": header})
        assert response.status_code == 206, header
        assert response.content == body, header
        assert response.headers["content-range"] == content_range


async def test_an_unsatisfiable_range_is_a_416_in_the_json_error_format(
    client, db_session, data_dir
):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    for header in ["bytes=99999-", "bytes=50-10", "items=0-1", "bytes=abc"]:
        response = await client.get(url, headers={"Range": header})
        assert response.status_code == 416, header
        assert response.headers["content-range"] == f"bytes */{len(CONTENT)}"
        assert response.json()["error"]["code"] == "range_not_satisfiable"


async def test_a_tampered_or_expired_link_is_refused(client, db_session, data_dir, settings):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    assert (await client.get(tampered)).status_code == 403
    other = await ready_recording(client, db_session, data_dir)
    swapped = url.replace(recording["id"], other[1]["id"])
    assert (await client.get(swapped)).status_code == 403, "a link only opens its own recording"
    from app.recordings.signing import sign_media

    expires, signature = sign_media(settings.secret_key, uuid.UUID(recording["id"]), ttl_s=-5)
    stale = f"/api/recordings/{recording['id']}/media?expires={expires}&signature={signature}"
    response = await client.get(stale)
    assert response.status_code == 403
    assert "expired" in response.json()["error"]["message"]
    assert expires < time.time()


async def test_the_link_expires_after_the_configured_minutes(
    client, db_session, data_dir, settings
):
    me, recording = await ready_recording(client, db_session, data_dir)
    response = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    expires = int(response.json()["url"].split("expires=")[1].split("&")[0])
    assert abs(expires - (time.time() + settings.media_url_minutes * 60)) < 5


async def test_only_the_owner_and_admins_get_a_link(client, db_session, data_dir):
    _owner, recording = await ready_recording(client, db_session, data_dir)
    stranger = await signed_in_candidate(client)
    response = await client.get(
        f"/api/recordings/{recording['id']}/playback", headers=stranger.headers
    )
    assert response.status_code == 404
    admin = await signed_in_admin(client, db_session)
    assert (await client.get(await playback_url(client, admin, recording["id"]))).status_code == 200


async def test_no_link_before_the_recording_is_ready(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    response = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "recording_not_ready"


async def test_the_owner_deletes_a_recording_and_its_file(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    folder = data_dir / "media" / "recordings" / recording["id"]
    assert folder.exists()
    stranger = await signed_in_candidate(client)
    refused = await client.delete(f"/api/recordings/{recording['id']}", headers=stranger.headers)
    assert refused.status_code == 404
    response = await client.delete(f"/api/recordings/{recording['id']}", headers=me.headers)
    assert response.status_code == 204
    assert not folder.exists()
    assert (
        await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)
    ).status_code == 404
    assert (await client.get(url)).status_code == 404, "an earlier playback link stops working"
    listed = await client.get(
        f"/api/interviews/{recording['interview_id']}/recordings", headers=me.headers
    )
    assert listed.json() == []


async def test_a_recording_still_being_made_cannot_be_deleted(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    response = await client.delete(f"/api/recordings/{recording['id']}", headers=me.headers)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "recording_in_progress"


async def test_a_signature_with_non_ascii_characters_is_refused(client, db_session, data_dir):
    _me, recording = await ready_recording(client, db_session, data_dir)
    expires = int(time.time()) + 60
    for signature in ["é", "\u2603" * 64, "a" * 63 + "é"]:
        response = await client.get(
            f"/api/recordings/{recording['id']}/media",
            params={"expires": expires, "signature": signature},
        )
        assert response.status_code == 403, signature
        assert response.json()["error"]["code"] == "invalid_media_link"


async def test_a_range_with_thousands_of_digits_is_a_416(client, db_session, data_dir):
    me, recording = await ready_recording(client, db_session, data_dir)
    url = await playback_url(client, me, recording["id"])
    digits, zeros = "9" * 4301, "0" * 4300
    for header in [
        f"bytes={digits}-",
        f"bytes=0-{digits}",
        f"bytes=-{digits}",
        f"bytes={zeros}1-5",
    ]:
        response = await client.get(url, headers={"Range": header})
        assert response.status_code == 416, header[:20]
        assert response.headers["content-range"] == f"bytes */{len(CONTENT)}"
        error = response.json()["error"]
        assert error["code"] == "range_not_satisfiable"
        assert len(error["message"]) < 200, "the message does not echo thousands of digits"
