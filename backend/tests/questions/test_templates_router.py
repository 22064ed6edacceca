import uuid

from tests.factories import signed_in_admin, signed_in_candidate


def _template(**overrides) -> dict:
    return {
        "name": "Backend engineer, 30 min",
        "description": "Two behavioral, three technical.",
        "role": "Backend engineer",
        "seniority": "senior",
        "mix": {"behavioral": 2, "technical": 3, "situational": 0},
        "time_per_question_s": 300,
        "follow_ups": True,
        **overrides,
    }


async def _create(client, admin, **overrides) -> dict:
    response = await client.post(
        "/api/templates", headers=admin.headers, json=_template(**overrides)
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_admin_creates_reads_changes_and_deletes_a_template(client, db_session):
    admin = await signed_in_admin(client, db_session)
    created = await _create(client, admin)
    assert created["mix"] == {"behavioral": 2, "technical": 3, "situational": 0}
    assert created["seniority"] == "senior"
    await _create(client, admin, name="A quick screen", mix={"behavioral": 1})
    url = f"/api/templates/{created['id']}"

    assert (await client.get(url, headers=admin.headers)).json() == created
    listing = (await client.get("/api/templates", headers=admin.headers)).json()
    assert [item["name"] for item in listing["items"]] == [
        "A quick screen",
        "Backend engineer, 30 min",
    ]

    changed = await client.patch(
        url, headers=admin.headers, json={"time_per_question_s": 120, "follow_ups": False}
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert (body["time_per_question_s"], body["follow_ups"], body["name"]) == (
        120,
        False,
        created["name"],
    )

    deleted = await client.delete(url, headers=admin.headers)
    assert deleted.status_code == 204
    assert deleted.content == b""
    missing = await client.get(url, headers=admin.headers)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "template_not_found"


async def test_template_names_are_unique(client, db_session):
    admin = await signed_in_admin(client, db_session)
    await _create(client, admin, name="Frontend loop")
    other = await _create(client, admin, name="Data loop")

    again = await client.post(
        "/api/templates", headers=admin.headers, json=_template(name="Frontend loop")
    )
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "template_name_taken"
    renamed = await client.patch(
        f"/api/templates/{other['id']}", headers=admin.headers, json={"name": "Frontend loop"}
    )
    assert renamed.status_code == 409
    names = [
        t["name"]
        for t in (await client.get("/api/templates", headers=admin.headers)).json()["items"]
    ]
    assert names == ["Data loop", "Frontend loop"]


async def test_a_template_asks_between_1_and_20_questions(client, db_session):
    admin = await signed_in_admin(client, db_session)
    for mix in (
        {"behavioral": 0, "technical": 0, "situational": 0},
        {"behavioral": 10, "technical": 10, "situational": 1},
        {"behavioral": 21},
        {"behavioral": -1, "technical": 3},
    ):
        response = await client.post(
            "/api/templates", headers=admin.headers, json=_template(mix=mix)
        )
        assert response.status_code == 422, mix
        assert response.json()["error"]["code"] == "validation_error"
    edge = await _create(client, admin, mix={"behavioral": 10, "technical": 10})
    assert sum(edge["mix"].values()) == 20
    short = await client.post("/api/templates", headers=admin.headers, json=_template(name="x"))
    assert short.status_code == 422


async def test_candidates_pick_templates_but_only_admins_change_them(client, db_session):
    admin = await signed_in_admin(client, db_session)
    template = await _create(client, admin)
    url = f"/api/templates/{template['id']}"
    candidate = await signed_in_candidate(client)

    listing = await client.get("/api/templates", headers=candidate.headers)
    assert [item["id"] for item in listing.json()["items"]] == [template["id"]]
    assert (await client.get(url, headers=candidate.headers)).json() == template

    for method, path, kwargs in (
        ("POST", "/api/templates", {"json": _template(name="Sneaky")}),
        ("PATCH", url, {"json": {"name": "Renamed"}}),
        ("DELETE", url, {}),
    ):
        response = await client.request(method, path, headers=candidate.headers, **kwargs)
        assert response.status_code == 403, (method, path)
        assert (await client.request(method, path, **kwargs)).status_code == 401
    for path in ("/api/templates", url):
        assert (await client.get(path)).status_code == 401
    assert (await client.get(url, headers=candidate.headers)).json()["name"] == template["name"]


async def test_unknown_template_is_404(client, db_session):
    admin = await signed_in_admin(client, db_session)
    url = f"/api/templates/{uuid.uuid4()}"
    for response in (
        await client.get(url, headers=admin.headers),
        await client.patch(url, headers=admin.headers, json={"follow_ups": False}),
        await client.delete(url, headers=admin.headers),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "template_not_found"
    malformed = await client.get("/api/templates/not-a-uuid", headers=admin.headers)
    assert malformed.status_code == 422


async def test_a_patch_keeps_the_question_total_between_1_and_20(client, db_session):
    admin = await signed_in_admin(client, db_session)
    url = f"/api/templates/{(await _create(client, admin))['id']}"
    response = await client.patch(url, headers=admin.headers, json={"mix": {"behavioral": 0}})
    assert response.status_code == 422
