"""STORAGE__PROVIDER=cloudinary: signed browser uploads, verified before playback uses them.

Cloudinary is reached over HTTP only, so its Admin API is played by respx."""

import hashlib
import uuid

import httpx
import respx
from sqlalchemy import update

from app.adapters.storage.factory import create_file_store
from app.core.config import StorageSettings
from app.recordings.models import Recording
from tests.recordings.helpers import interview_in_progress, open_recording

ADMIN = "https://api.cloudinary.com/v1_1/demo"


CLOUDINARY = StorageSettings(
    provider="cloudinary",
    cloudinary_cloud_name="demo",
    cloudinary_api_key="key123",
    cloudinary_api_secret="secret456",
    cloudinary_folder="rehearse",
)


def cloudinary_holds(public_id: str, secure_url: str, size: int = 1234) -> respx.Route:
    """Cloudinary's Admin API answering that it holds the upload."""
    return respx.get(f"{ADMIN}/resources/video/upload/{public_id}").mock(
        return_value=httpx.Response(
            200,
            json={
                "public_id": public_id,
                "secure_url": secure_url,
                "bytes": size,
                "format": "webm",
            },
        )
    )


def use_cloudinary(app) -> None:
    settings = app.state.settings.model_copy(update={"storage": CLOUDINARY})
    app.state.files = create_file_store(settings)


async def ready_cloudinary_recording(client, db_session, app):
    use_cloudinary(app)
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    assert recording["storage"] == "cloudinary"
    await db_session.execute(
        update(Recording)
        .where(Recording.id == uuid.UUID(recording["id"]))
        .values(status="ready", file_key=f"recordings/{recording['id']}/recording.webm")
    )
    await db_session.commit()
    return me, recording


async def test_the_signature_covers_the_recordings_public_id(client, db_session, app):
    me, recording = await ready_cloudinary_recording(client, db_session, app)
    response = await client.post(
        f"/api/recordings/{recording['id']}/cloudinary/signature", headers=me.headers
    )
    assert response.status_code == 200
    signed = response.json()
    assert signed["upload_url"] == f"{ADMIN}/video/upload"
    assert signed["public_id"] == f"recording-{recording['id']}"
    to_sign = f"folder=rehearse&public_id={signed['public_id']}&timestamp={signed['timestamp']}"
    assert signed["signature"] == hashlib.sha1(f"{to_sign}secret456".encode()).hexdigest()


@respx.mock
async def test_a_verified_upload_becomes_the_playback_url(client, db_session, app):
    me, recording = await ready_cloudinary_recording(client, db_session, app)
    public_id = f"rehearse/recording-{recording['id']}"
    secure_url = f"https://res.cloudinary.com/demo/video/upload/v1/{public_id}.webm"
    lookup = cloudinary_holds(public_id, secure_url)
    response = await client.post(
        f"/api/recordings/{recording['id']}/cloudinary/complete",
        headers=me.headers,
        json={"public_id": public_id},
    )
    assert response.status_code == 200, response.text
    assert lookup.called
    playback = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    assert playback.json()["url"] == secure_url


@respx.mock
async def test_an_upload_cloudinary_does_not_hold_is_refused(client, db_session, app):
    me, recording = await ready_cloudinary_recording(client, db_session, app)
    public_id = f"rehearse/recording-{recording['id']}"
    respx.get(f"{ADMIN}/resources/video/upload/{public_id}").mock(
        return_value=httpx.Response(404, json={"error": {"message": "Resource not found"}})
    )
    url = f"/api/recordings/{recording['id']}/cloudinary/complete"
    missing = await client.post(url, headers=me.headers, json={"public_id": public_id})
    assert missing.status_code == 422
    assert missing.json()["error"]["code"] == "upload_not_verified"
    other = await client.post(url, headers=me.headers, json={"public_id": "rehearse/someone-else"})
    assert other.status_code == 422
    playback = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    assert "/media?" in playback.json()["url"], "until verified it plays from this server"


async def test_local_recordings_have_no_cloudinary_upload(client, db_session):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    assert recording["storage"] == "local"
    response = await client.post(
        f"/api/recordings/{recording['id']}/cloudinary/signature", headers=me.headers
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_cloudinary"


@respx.mock
async def test_deleting_a_cloudinary_recording_removes_the_upload(client, db_session, app):
    me, recording = await ready_cloudinary_recording(client, db_session, app)
    public_id = f"rehearse/recording-{recording['id']}"
    cloudinary_holds(public_id, "https://res.cloudinary.com/x.webm", size=1)
    destroyed = respx.post(f"{ADMIN}/video/destroy").mock(
        return_value=httpx.Response(200, json={"result": "ok"})
    )
    await client.post(
        f"/api/recordings/{recording['id']}/cloudinary/complete",
        headers=me.headers,
        json={"public_id": public_id},
    )
    response = await client.delete(f"/api/recordings/{recording['id']}", headers=me.headers)
    assert response.status_code == 204
    assert destroyed.called
    assert (
        f"public_id={public_id.replace('/', '%2F')}".encode() in destroyed.calls[0].request.content
    )
