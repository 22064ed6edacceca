"""With STORAGE__PROVIDER=cloudinary, the account's files still come out in the export and go
with the account: the one configured file store serves both, and Cloudinary (played by respx
against its documented Admin and upload APIs) is told to destroy the uploaded recording."""

import httpx
import pytest
import respx

from tests.accounts.helpers import RECORDING_BYTES, RETRY_BYTES, account_with_everything
from tests.accounts.test_delete import delete_me
from tests.accounts.test_export import document, export
from tests.recordings.test_cloudinary import ADMIN, CLOUDINARY, cloudinary_holds


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"storage": CLOUDINARY})


async def uploaded_to_cloudinary(client, me, recording_id: str) -> str:
    """The browser's upload of the finished recording, verified by the server; its url."""
    public_id = f"rehearse/recording-{recording_id}"
    secure_url = f"https://res.cloudinary.com/demo/video/upload/v1/{public_id}.webm"
    cloudinary_holds(public_id, secure_url, size=len(RECORDING_BYTES))
    complete = await client.post(
        f"/api/recordings/{recording_id}/cloudinary/complete",
        headers=me.headers,
        json={"public_id": public_id},
    )
    assert complete.status_code == 200, complete.text
    return secure_url


@respx.mock
async def test_the_export_holds_the_resume_and_the_recording_played_from_cloudinary(
    client, db_session, data_dir, tasks
):
    account = await account_with_everything(client, db_session, data_dir, tasks)
    secure_url = await uploaded_to_cloudinary(client, account.me, account.recording_id)

    archive = await export(client, account.me)

    [resume] = document(archive, "resumes.json")
    assert archive.read(resume["file"]) == account.resume_file.read_bytes()
    [recording] = document(archive, "recordings.json")
    assert recording["external_url"] == secure_url
    assert archive.read(recording["file"]) == RECORDING_BYTES
    [retry] = document(archive, "retries.json")
    assert archive.read(retry["file"]) == RETRY_BYTES
    assert document(archive, "manifest.json")["files_left_out"] == []


@respx.mock
async def test_deleting_the_account_removes_its_files_and_its_cloudinary_upload(
    client, db_session, data_dir, tasks
):
    account = await account_with_everything(client, db_session, data_dir, tasks)
    await uploaded_to_cloudinary(client, account.me, account.recording_id)
    bystander = await account_with_everything(client, db_session, data_dir, tasks)
    destroyed = respx.post(f"{ADMIN}/video/destroy").mock(
        return_value=httpx.Response(200, json={"result": "ok"})
    )

    assert (await delete_me(client, account.me)).status_code == 204

    assert not account.resume_file.exists()
    assert not account.recording_file.parent.exists()
    assert not account.retry_file.exists()
    [call] = destroyed.calls
    public_id = f"rehearse%2Frecording-{account.recording_id}"
    assert f"public_id={public_id}".encode() in call.request.content
    assert bystander.resume_file.exists()
    assert bystander.recording_file.exists()
    assert bystander.retry_file.exists()
