"""Exporting one's data: a zip of JSON documents with the resume files and recordings."""

import asyncio
import io
import json
import zipfile

from tests.accounts.helpers import ANSWER, RECORDING_BYTES, RETRY_BYTES, account_with_everything
from tests.factories import login, register, signed_in_admin, signed_in_candidate


async def export(client, me) -> zipfile.ZipFile:
    response = await client.get("/api/users/me/export", headers=me.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert 'filename="rehearse-data-' in response.headers["content-disposition"]
    return zipfile.ZipFile(io.BytesIO(response.content))


def document(archive: zipfile.ZipFile, name: str):
    return json.loads(archive.read(name))


async def test_the_export_holds_every_record_and_file_of_the_account(
    client, db_session, data_dir, tasks
):
    account = await account_with_everything(client, db_session, data_dir, tasks)

    archive = await export(client, account.me)

    profile = document(archive, "profile.json")
    assert (profile["email"], profile["full_name"]) == (account.me.email, "Ada Lovelace")
    [resume] = document(archive, "resumes.json")
    assert resume["id"] == account.resume_id
    assert resume["parsed"]["skills"], "the parsed data, as corrected"
    assert archive.read(resume["file"]) == account.resume_file.read_bytes()
    [description] = document(archive, "job_descriptions.json")
    assert description["title"] == "Data engineer"

    saved = document(archive, f"interviews/{account.interview_id}.json")
    questions = saved["interview"]["questions"]
    assert len(questions) >= 2
    assert all(q["text"] for q in questions)
    answered = [q["answer"] for q in questions if q["answer"]]
    assert answered and all(a["transcript"] == ANSWER for a in answered)
    assert all(a["evaluation"]["score"] is not None for a in answered)
    assert saved["results"]["scores"]["overall"] is not None
    assert saved["results"]["interview"]["id"] == account.interview_id

    [recording] = document(archive, "recordings.json")
    assert recording["id"] == account.recording_id
    assert archive.read(recording["file"]) == RECORDING_BYTES
    [retry] = document(archive, "retries.json")
    assert retry["transcript"] == ANSWER
    assert retry["evaluation"] is not None
    assert archive.read(retry["file"]) == RETRY_BYTES
    manifest = document(archive, "manifest.json")
    assert manifest["account"] == account.me.email
    assert manifest["files_left_out"] == []
    assert not list((data_dir / "exports").glob("*.zip")), "the zip is removed once sent"


async def test_an_export_holds_nothing_of_anyone_else(client, db_session, data_dir, tasks):
    first = await account_with_everything(client, db_session, data_dir, tasks)
    second = await account_with_everything(client, db_session, data_dir, tasks)
    admin = await signed_in_admin(client, db_session)

    archive = await export(client, second.me)
    everything = b"".join(archive.read(name) for name in archive.namelist())
    for other in (first.resume_id, first.interview_id, first.recording_id, first.me.email):
        assert other.encode() not in everything
    admin_archive = await export(client, admin)
    assert document(admin_archive, "resumes.json") == []
    assert not [n for n in admin_archive.namelist() if n.startswith("interviews/")]
    assert (await client.get("/api/users/me/export")).status_code == 401


async def test_files_past_the_size_limit_are_listed_as_left_out(
    app, client, db_session, data_dir, tasks, settings
):
    account = await account_with_everything(client, db_session, data_dir, tasks)
    budget = len(RECORDING_BYTES) + len(RETRY_BYTES)
    app.state.settings = settings.model_copy(update={"export_max_bytes": budget})
    account.resume_file.unlink()

    archive = await export(client, account.me)

    [resume] = document(archive, "resumes.json")
    [recording] = document(archive, "recordings.json")
    assert archive.read(recording["file"]) == RECORDING_BYTES
    assert resume["file"] not in archive.namelist()
    assert document(archive, "manifest.json")["files_left_out"] == [
        {"path": resume["file"], "reason": "missing on the server"}
    ]

    app.state.settings = settings.model_copy(update={"export_max_bytes": 10})
    archive = await export(client, account.me)
    left_out = document(archive, "manifest.json")["files_left_out"]
    assert {"path": recording["file"], "reason": "over the size limit of one export"} in left_out
    assert len(left_out) == 3


async def test_an_export_deleted_by_another_request_while_listed_does_not_fail_this_one(
    client, data_dir
):
    # A zip listed in the folder but gone when its age is read (sent and deleted by another
    # request in between): a dangling link is that state, held still. Before, a 500.
    me = await signed_in_candidate(client)
    exports = data_dir / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    vanished = exports / "sent-meanwhile.zip"
    vanished.symlink_to(exports / "no-longer-there.zip")
    try:
        archive = await export(client, me)
    finally:
        vanished.unlink()

    assert document(archive, "manifest.json")["account"] == me.email


async def test_concurrent_exports_of_one_account_all_succeed(race_client, race_app):
    # Each request on its own connection that commits for real, as in production.
    me = await login(race_client, email=(await register(race_client))["email"])

    responses = await asyncio.gather(
        *(race_client.get("/api/users/me/export", headers=me.headers) for _ in range(6))
    )

    assert [response.status_code for response in responses] == [200] * 6
    exports = race_app.state.settings.data_dir / "exports"
    assert not list(exports.glob("*.zip")), "every zip is removed once sent"
