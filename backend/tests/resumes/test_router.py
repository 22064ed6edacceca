import io

from tests.documents import BACKEND_RESUME, make_docx, make_pdf
from tests.factories import signed_in_candidate


async def _upload(client, me, data: bytes, filename: str = "resume.pdf"):
    return await client.post(
        "/api/resumes", headers=me.headers, files={"file": (filename, io.BytesIO(data))}
    )


async def test_upload_pdf_parses_it_and_keeps_the_original(client):
    me = await signed_in_candidate(client)
    pdf = make_pdf()
    response = await _upload(client, me, pdf)
    assert response.status_code == 201, response.text
    resume = response.json()
    assert resume["file_format"] == "pdf"
    assert resume["is_default"] is True
    parsed = resume["parsed"]
    assert parsed["email"] == "jordan.rivera@example.com"
    skills = {skill["name"] for skill in parsed["skills"]}
    assert {"Python", "PostgreSQL", "Kubernetes", "Kafka"} <= skills
    assert parsed["experience"][0]["company"] == "Acme Payments"
    assert parsed["highest_degree"] == "Bachelor"

    original = await client.get(f"/api/resumes/{resume['id']}/file", headers=me.headers)
    assert original.status_code == 200
    assert original.content == pdf
    assert original.headers["content-type"] == "application/pdf"


async def test_docx_is_recognised_by_content_whatever_its_name(client):
    me = await signed_in_candidate(client)
    response = await _upload(client, me, make_docx(), filename="my-cv.pdf")
    assert response.status_code == 201, response.text
    assert response.json()["file_format"] == "docx"


async def test_plain_text_resume(client):
    me = await signed_in_candidate(client)
    response = await _upload(client, me, BACKEND_RESUME.encode(), filename="cv.txt")
    assert response.status_code == 201
    assert response.json()["parsed"]["name"] == "Jordan Rivera"


async def test_list_is_newest_first_and_only_mine(client):
    me = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    first = (await _upload(client, me, make_pdf())).json()
    second = (await _upload(client, me, make_docx(), "second.docx")).json()
    await _upload(client, other, make_pdf())
    listing = (await client.get("/api/resumes", headers=me.headers)).json()["items"]
    assert [item["id"] for item in listing] == [second["id"], first["id"]]
    assert [item["is_default"] for item in listing] == [False, True]


async def test_another_users_resume_is_404_everywhere(client):
    owner = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    resume_id = (await _upload(client, owner, make_pdf())).json()["id"]
    for method, suffix in [("GET", ""), ("GET", "/file"), ("DELETE", ""), ("POST", "/default")]:
        response = await client.request(
            method, f"/api/resumes/{resume_id}{suffix}", headers=stranger.headers
        )
        assert response.status_code == 404, (method, suffix)
        assert response.json()["error"]["code"] == "resume_not_found"
    patch = await client.patch(
        f"/api/resumes/{resume_id}", headers=stranger.headers, json={"summary": "mine now"}
    )
    assert patch.status_code == 404
    assert (await client.get(f"/api/resumes/{resume_id}", headers=owner.headers)).status_code == 200


async def test_corrections_normalize_skills_and_keep_other_fields(client):
    me = await signed_in_candidate(client)
    resume = (await _upload(client, me, make_pdf())).json()
    response = await client.patch(
        f"/api/resumes/{resume['id']}",
        headers=me.headers,
        json={
            "skills": ["k8s", "Postgres", "sklearn", "Basket weaving"],
            "phone": "+44 20 7946 0000",
        },
    )
    assert response.status_code == 200, response.text
    parsed = response.json()["parsed"]
    assert [s["name"] for s in parsed["skills"]] == [
        "Kubernetes",
        "PostgreSQL",
        "scikit-learn",
        "Basket weaving",
    ]
    assert parsed["phone"] == "+44 20 7946 0000"
    assert parsed["email"] == "jordan.rivera@example.com"
    again = (await client.get(f"/api/resumes/{resume['id']}", headers=me.headers)).json()
    assert again["parsed"] == parsed


async def test_correcting_experience_recomputes_years(client):
    me = await signed_in_candidate(client)
    resume = (await _upload(client, me, make_pdf())).json()
    response = await client.patch(
        f"/api/resumes/{resume['id']}",
        headers=me.headers,
        json={
            "experience": [
                {"title": "Engineer", "company": "A", "start": "2015-01", "end": "2018-12"},
                {"title": "Consultant", "company": "B", "start": "2018-01", "end": "2019-12"},
            ]
        },
    )
    assert response.json()["parsed"]["years_experience"] == 5.0


async def test_default_moves_and_delete_removes_the_file(client, data_dir):
    me = await signed_in_candidate(client)
    first = (await _upload(client, me, make_pdf())).json()
    second = (await _upload(client, me, make_docx(), "b.docx")).json()
    made_default = await client.post(f"/api/resumes/{second['id']}/default", headers=me.headers)
    assert made_default.json()["is_default"] is True
    listing = (await client.get("/api/resumes", headers=me.headers)).json()["items"]
    assert {item["id"]: item["is_default"] for item in listing} == {
        first["id"]: False,
        second["id"]: True,
    }
    stored = list((data_dir / "media" / "resumes").rglob(f"{second['id']}.docx"))
    assert len(stored) == 1
    deleted = await client.delete(f"/api/resumes/{second['id']}", headers=me.headers)
    assert deleted.status_code == 204
    assert not stored[0].exists()
    listing = (await client.get("/api/resumes", headers=me.headers)).json()["items"]
    assert [(item["id"], item["is_default"]) for item in listing] == [(first["id"], True)]


async def test_file_over_the_limit_is_413_and_nothing_is_saved(client):
    me = await signed_in_candidate(client)
    big = b"%PDF-1.7\n" + b"0" * (11 * 1024 * 1024)
    response = await _upload(client, me, big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert (await client.get("/api/resumes", headers=me.headers)).json()["items"] == []


async def test_bad_documents_are_clear_4xx_errors(client):
    me = await signed_in_candidate(client)
    cases = {
        "empty.pdf": (b"", 422),
        "program.pdf": (b"MZ\x90\x00\x03" + bytes(range(256)) * 20, 415),
        "truncated.pdf": (make_pdf()[:400], 422),
    }
    for name, (data, expected) in cases.items():
        response = await _upload(client, me, data, filename=name)
        assert response.status_code == expected, (name, response.text)
        assert response.json()["error"]["message"]
    assert (await client.get("/api/resumes", headers=me.headers)).json()["items"] == []


async def test_upload_needs_a_file_and_a_login(client):
    me = await signed_in_candidate(client)
    missing = await client.post("/api/resumes", headers=me.headers)
    assert missing.status_code == 422
    assert missing.json()["error"]["details"][0]["field"] == "file"
    anonymous = await client.post("/api/resumes", files={"file": ("a.pdf", b"%PDF")})
    assert anonymous.status_code == 401
