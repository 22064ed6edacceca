import csv
import io
import json
import uuid

from sqlalchemy import select

from app.auth.models import User
from app.interviews.models import Interview, InterviewQuestion
from tests.factories import signed_in_admin, signed_in_candidate
from tests.helpers import get_ok

CSV_HEADER = (
    "slug,text,category,skills,role_families,competency,difficulty,key_points,"
    "model_answer,follow_ups"
)


def _payload(**overrides) -> dict:
    return {
        "text": "How would you roll out a risky database migration?",
        "category": "technical",
        "skills": ["PostgreSQL"],
        "role_families": ["software"],
        "difficulty": 2,
        "key_points": ["Backwards-compatible steps", "Rollback plan"],
        "model_answer": "Expand, migrate, contract.",
        "follow_ups": ["What if it locks a big table?"],
        **overrides,
    }


async def _create(client, who, **overrides) -> dict:
    response = await client.post("/api/questions", headers=who.headers, json=_payload(**overrides))
    assert response.status_code == 201, response.text
    return response.json()


async def _list(client, who, **params) -> dict:
    return await get_ok(client, who, "/api/questions", **params)


async def _import(client, who, content: bytes, name: str = "bank", **params):
    return await client.post(
        "/api/questions/import",
        headers=who.headers,
        params=params,
        files={"file": (name, io.BytesIO(content))},
    )


async def test_admin_creates_reads_and_updates_a_question(client, db_session):
    admin = await signed_in_admin(client, db_session)
    created = await _create(client, admin, skills=["k8s", "python", "Prompt Whispering", "K8S"])
    assert created["skills"] == ["Kubernetes", "Python", "Prompt Whispering"]
    assert created["slug"] == "how-would-you-roll-out-a-risky-database-migration"
    assert created["archived"] is False

    url = f"/api/questions/{created['id']}"
    assert (await client.get(url, headers=admin.headers)).json() == created

    changed = await client.patch(
        url, headers=admin.headers, json={"skills": ["postgres"], "difficulty": 3}
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert (body["skills"], body["difficulty"], body["text"]) == (
        ["PostgreSQL"],
        3,
        created["text"],
    )

    nulled = await client.patch(url, headers=admin.headers, json={"text": None})
    assert nulled.status_code == 422
    assert nulled.json()["error"]["details"][0]["field"] == "text"
    cleared = await client.patch(url, headers=admin.headers, json={"competency": None})
    assert cleared.status_code == 200

    bad = await client.post("/api/questions", headers=admin.headers, json=_payload(key_points=[]))
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "validation_error"


async def test_unknown_question_is_404_on_every_route(client, db_session):
    admin = await signed_in_admin(client, db_session)
    url = f"/api/questions/{uuid.uuid4()}"
    for response in (
        await client.get(url, headers=admin.headers),
        await client.patch(url, headers=admin.headers, json={"difficulty": 1}),
        await client.delete(url, headers=admin.headers),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "question_not_found"


async def test_slugs_are_unique(client, db_session):
    admin = await signed_in_admin(client, db_session)
    first = await _create(client, admin, text="Tell me about a time you disagreed.")
    second = await _create(client, admin, text="Tell me about a time you disagreed!")
    assert first["slug"] == "tell-me-about-a-time-you-disagreed"
    assert second["slug"] == "tell-me-about-a-time-you-disagreed-2"

    chosen = await _create(client, admin, slug="my-own-slug")
    assert chosen["slug"] == "my-own-slug"
    taken = await client.post(
        "/api/questions", headers=admin.headers, json=_payload(slug="my-own-slug")
    )
    assert taken.status_code == 409
    assert taken.json()["error"]["code"] == "question_slug_taken"
    invalid = await client.post(
        "/api/questions", headers=admin.headers, json=_payload(slug="Not A Slug")
    )
    assert invalid.status_code == 422


async def test_question_routes_are_for_admins_only(client, db_session):
    admin = await signed_in_admin(client, db_session)
    url = f"/api/questions/{(await _create(client, admin))['id']}"
    candidate = await signed_in_candidate(client)
    calls = [
        ("GET", "/api/questions", {}),
        ("POST", "/api/questions", {"json": _payload()}),
        ("GET", "/api/questions/export", {}),
        ("POST", "/api/questions/import", {"files": {"file": ("q.json", b"[]")}}),
        ("GET", url, {}),
        ("PATCH", url, {"json": {"difficulty": 1}}),
        ("DELETE", url, {}),
    ]
    for method, path, kwargs in calls:
        as_candidate = await client.request(method, path, headers=candidate.headers, **kwargs)
        assert as_candidate.status_code == 403, (method, path)
        assert as_candidate.json()["error"]["code"] == "permission_denied"
        anonymous = await client.request(method, path, **kwargs)
        assert anonymous.status_code == 401, (method, path)
    assert (await client.get(url, headers=admin.headers)).status_code == 200


async def test_search_filters_and_pagination(client, db_session):
    admin = await signed_in_admin(client, db_session)
    await _create(client, admin, text="Zebra: design a Kubernetes rollout", skills=["Kubernetes"])
    await _create(client, admin, text="Alpha: debug a slow PostgreSQL query", difficulty=3)
    await _create(
        client,
        admin,
        text="Describe a conflict with a teammate",
        category="behavioral",
        skills=[],
        competency="conflict",
    )
    await _create(client, admin, text="Migrate a service to k8s safely", skills=["k8s"])

    everything = await _list(client, admin)
    assert everything["total"] == 4
    assert [item["text"][:5] for item in everything["items"]] == [
        "Descr",  # behavioral before technical, then by text
        "Alpha",
        "Migra",
        "Zebra",
    ]
    assert (await _list(client, admin, q="POSTGRESQL"))["total"] == 1
    assert (await _list(client, admin, q="100%"))["total"] == 0
    assert (await _list(client, admin, category="behavioral"))["total"] == 1
    assert (await _list(client, admin, difficulty=3))["total"] == 1
    kube = await _list(client, admin, skill="K8s")
    assert [item["text"][:5] for item in kube["items"]] == ["Migra", "Zebra"]
    assert (await _list(client, admin, skill="kubernetes", q="zebra"))["total"] == 1

    page = await _list(client, admin, page=2, page_size=3)
    assert (page["total"], page["page"], page["page_size"], len(page["items"])) == (4, 2, 3, 1)
    skill_page = await _list(client, admin, skill="kubernetes", page=2, page_size=1)
    assert (skill_page["total"], [i["text"][:5] for i in skill_page["items"]]) == (2, ["Zebra"])

    for params in ({"page_size": 101}, {"category": "trivia"}, {"difficulty": 4}, {"page": 0}):
        response = await client.get("/api/questions", headers=admin.headers, params=params)
        assert response.status_code == 422, params


async def _use_in_an_interview(db_session, *, email: str, question_id: str) -> None:
    user = await db_session.scalar(select(User).where(User.email == email))
    interview = Interview(user_id=user.id, role="x", settings={})
    db_session.add(interview)
    await db_session.flush()
    db_session.add(
        InterviewQuestion(
            interview_id=interview.id,
            position=0,
            text="Asked once",
            category="technical",
            bank_question_id=uuid.UUID(question_id),
        )
    )
    await db_session.commit()


async def test_search_finds_a_question_in_either_spelling(client, db_session):
    admin = await signed_in_admin(client, db_session)
    await _create(client, admin, text="How do you prioritise work when everything is urgent?")
    await _create(client, admin, text="How would you analyze a slow behavior in production?")

    for typed, found in [
        ("prioritize work", "How do you prioritise"),
        ("Prioritise", "How do you prioritise"),
        ("analyse a slow behaviour", "How would you analyze"),
    ]:
        listed = await _list(client, admin, q=typed)
        assert [item["text"][:21] for item in listed["items"]] == [found], typed


async def test_delete_archives_a_used_question_and_deletes_an_unused_one(client, db_session):
    admin = await signed_in_admin(client, db_session)
    used = await _create(client, admin, text="A question an interview already asked")
    unused = await _create(client, admin, text="A question nobody ever asked")
    await _use_in_an_interview(db_session, email=admin.email, question_id=used["id"])

    archived = await client.delete(f"/api/questions/{used['id']}", headers=admin.headers)
    assert (archived.status_code, archived.json()) == (200, {"result": "archived"})
    deleted = await client.delete(f"/api/questions/{unused['id']}", headers=admin.headers)
    assert (deleted.status_code, deleted.json()) == (200, {"result": "deleted"})

    gone = await client.get(f"/api/questions/{unused['id']}", headers=admin.headers)
    assert gone.status_code == 404
    kept = (await client.get(f"/api/questions/{used['id']}", headers=admin.headers)).json()
    assert kept["archived"] is True
    assert (await _list(client, admin))["total"] == 0
    shown = await _list(client, admin, include_archived=True)
    assert [item["id"] for item in shown["items"]] == [used["id"]]

    restored = await client.patch(
        f"/api/questions/{used['id']}", headers=admin.headers, json={"archived": False}
    )
    assert restored.json()["archived"] is False
    assert (await _list(client, admin))["total"] == 1


def _without_timestamps(items: list[dict]) -> list[dict]:
    return [{k: v for k, v in item.items() if k != "updated_at"} for item in items]


async def test_export_json_and_csv_round_trip_through_import(client, db_session):
    admin = await signed_in_admin(client, db_session)
    await _create(client, admin, skills=["k8s", "Docker"], key_points=["One", "Two", "Three"])
    await _create(client, admin, text="Tell me about a hard conflict", category="behavioral")
    archived = await _create(client, admin, text="An archived question stays out")
    await client.delete(f"/api/questions/{archived['id']}", headers=admin.headers)

    exported = await client.get("/api/questions/export", headers=admin.headers)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("application/json")
    assert exported.headers["content-disposition"].startswith("attachment")
    assert 'filename="questions.json"' in exported.headers["content-disposition"]
    records = exported.json()
    assert len(records) == 2
    assert set(records[0]) == set(CSV_HEADER.split(","))
    records[0]["model_answer"] = "Edited in the file."

    result = await _import(client, admin, json.dumps(records).encode(), "questions.json")
    assert result.status_code == 200, result.text
    assert result.json() == {"created": 0, "updated": 2}
    listing = await _list(client, admin)
    assert listing["total"] == 2
    assert "Edited in the file." in {item["model_answer"] for item in listing["items"]}

    as_csv = await client.get(
        "/api/questions/export", headers=admin.headers, params={"format": "csv"}
    )
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert 'filename="questions.csv"' in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert as_csv.text.splitlines()[0] == CSV_HEADER
    assert {row["skills"] for row in rows} >= {"Kubernetes | Docker"}

    again = await _import(client, admin, as_csv.content, "questions.csv", format="csv")
    assert again.json() == {"created": 0, "updated": 2}
    after = await _list(client, admin)
    assert _without_timestamps(after["items"]) == _without_timestamps(listing["items"])


async def test_import_creates_new_rows_and_updates_known_slugs(client, db_session):
    admin = await signed_in_admin(client, db_session)
    existing = await _create(client, admin, slug="known-question")
    rows = [
        _payload(slug="known-question", text="The known question, reworded"),
        _payload(slug="brand-new", skills=["js"]),
        _payload(text="A question without any slug at all"),
        _payload(text="A question without any slug at all"),
    ]
    result = await _import(client, admin, json.dumps(rows).encode())
    assert result.json() == {"created": 3, "updated": 1}
    items = {item["slug"]: item for item in (await _list(client, admin))["items"]}
    assert set(items) == {
        "known-question",
        "brand-new",
        "a-question-without-any-slug-at-all",
        "a-question-without-any-slug-at-all-2",
    }
    assert items["known-question"]["id"] == existing["id"]
    assert items["known-question"]["text"] == "The known question, reworded"
    assert items["brand-new"]["skills"] == ["JavaScript"]


async def test_import_with_a_bad_row_saves_nothing_and_names_it(client, db_session):
    admin = await signed_in_admin(client, db_session)
    rows = [_payload(slug="good-one"), _payload(slug="bad-one", difficulty=7), _payload()]
    response = await _import(client, admin, json.dumps(rows).encode())
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "import_invalid"
    assert [(d["row"], d["field"]) for d in error["details"]] == [(2, "difficulty")]

    duplicate = [_payload(slug="twice"), _payload(slug="twice"), "not an object"]
    response = await _import(client, admin, json.dumps(duplicate).encode())
    details = response.json()["error"]["details"]
    assert [(d["row"], d["field"]) for d in details] == [(2, "slug"), (3, None)]

    bad_csv = "\n".join(
        [
            CSV_HEADER,
            "csv-ok,A perfectly fine CSV question,technical,Python,,,2,Point one | Point two,,",
            "csv-bad,Too short,technical,,,,2,,,",
        ]
    )
    response = await _import(client, admin, bad_csv.encode())
    details = response.json()["error"]["details"]
    assert response.status_code == 422
    assert sorted((d["row"], d["field"]) for d in details) == [(2, "key_points"), (2, "text")]
    assert (await _list(client, admin, include_archived=True))["total"] == 0


async def test_csv_with_a_byte_order_mark_is_sniffed_and_imported(client, db_session):
    admin = await signed_in_admin(client, db_session)
    content = "\n".join(
        [
            "text,category,key_points,skills,difficulty",
            '"Explain, with an example, how you test async code",technical,Fixtures | Loops,'
            "python | k8s,3",
        ]
    )
    response = await _import(client, admin, b"\xef\xbb\xbf" + content.encode())
    assert response.status_code == 200, response.text
    assert response.json() == {"created": 1, "updated": 0}
    item = (await _list(client, admin))["items"][0]
    assert (item["skills"], item["key_points"], item["difficulty"]) == (
        ["Python", "Kubernetes"],
        ["Fixtures", "Loops"],
        3,
    )


async def test_oversized_and_unreadable_imports_are_refused(client, db_session):
    admin = await signed_in_admin(client, db_session)
    big = await _import(client, admin, b"[" + b" " * (2 * 1024 * 1024) + b"]")
    assert big.status_code == 413
    assert big.json()["error"]["code"] == "payload_too_large"
    many = await _import(client, admin, json.dumps([{}] * 2001).encode())
    assert many.status_code == 413

    cases = {
        b"\x89PNG\r\n\x1a\n\x00\x00": 415,
        b"just some words": 415,
        b"\xff\xfeo\x00k\x00": 415,
        b'{"text": "one object"}': 422,
        b"[{ broken": 422,
        b"": 422,
        b"[]": 422,
        b"a question,technical,a point\n": 422,  # no header
    }
    for content, status in cases.items():
        response = await _import(client, admin, content)
        assert response.status_code == status, (content, response.text)
    wrong = await _import(client, admin, json.dumps([_payload()]).encode(), format="csv")
    assert wrong.status_code == 422
    assert (await _list(client, admin))["total"] == 0
