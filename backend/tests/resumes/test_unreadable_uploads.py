"""Uploads with no readable resume in them are refused with a message saying what to upload
instead, and nothing is saved; a short but real resume is still accepted."""

import io

import pytest

from tests.documents import make_pdf
from tests.factories import signed_in_candidate
from tests.resumes import bad_inputs


async def _upload(client, me, data: bytes, filename: str):
    return await client.post(
        "/api/resumes", headers=me.headers, files={"file": (filename, io.BytesIO(data))}
    )


def _stored_files(data_dir) -> set:
    return set((data_dir / "media").rglob("*"))


async def _assert_refused_and_nothing_saved(client, me, data_dir, data, filename, code):
    files_before = _stored_files(data_dir)

    response = await _upload(client, me, data, filename)

    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert (await client.get("/api/resumes", headers=me.headers)).json()["items"] == []
    assert _stored_files(data_dir) == files_before
    return error


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("notes.txt", b"abc"),
        ("resume.txt", b"Jane\n\n2021 - 2023\n+1 415 555 0134\n"),
        ("scan.pdf", bad_inputs.scan_with_page_number()),
        ("cv.docx", bad_inputs.docx_bytes("•", "—", "CV", "1/1")),
        ("page.pdf", make_pdf("Résumé")),
    ],
    ids=["3-byte-text", "name-and-digits", "scan-with-page-number", "docx-of-bullets", "one-word"],
)
async def test_a_file_with_almost_no_text_is_refused_with_advice_and_nothing_saved(
    client, data_dir, filename, data
):
    me = await signed_in_candidate(client)

    error = await _assert_refused_and_nothing_saved(
        client, me, data_dir, data, filename, "too_little_text"
    )

    assert error["message"].startswith("We couldn't read enough text in this file")
    assert "scan" in error["message"] and ".docx" in error["message"]


async def test_an_image_only_pdf_is_refused_as_a_scan(client, data_dir):
    me = await signed_in_candidate(client)

    error = await _assert_refused_and_nothing_saved(
        client, me, data_dir, bad_inputs.image_only_pdf(), "scan.pdf", "scanned_document"
    )

    assert "scan" in error["message"] and ".docx" in error["message"]


async def test_a_pdf_of_blank_pages_is_refused_as_empty(client, data_dir):
    me = await signed_in_candidate(client)

    error = await _assert_refused_and_nothing_saved(
        client, me, data_dir, bad_inputs.blank_pdf(), "blank.pdf", "empty_document"
    )

    assert "blank" in error["message"]


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("short.txt", b"Maria Lopez\nRegistered Nurse\nmaria.lopez@example.com\n"),
        ("short.pdf", make_pdf("Maria Lopez\nRegistered Nurse\nmaria.lopez@example.com")),
        ("short.docx", bad_inputs.docx_bytes("Maria Lopez", "Registered Nurse")),
    ],
    ids=["txt", "pdf", "docx"],
)
async def test_a_short_real_resume_is_still_accepted(client, filename, data):
    me = await signed_in_candidate(client)

    response = await _upload(client, me, data, filename)

    assert response.status_code == 201, response.text
    assert response.json()["parsed"]["name"] == "Maria Lopez"
