from tests.factories import signed_in_candidate


async def test_change_name(client):
    me = await signed_in_candidate(client)
    response = await client.patch(
        "/api/auth/me", headers=me.headers, json={"full_name": "Ada Lovelace"}
    )
    assert response.status_code == 200
    assert (await client.get("/api/auth/me", headers=me.headers)).json()[
        "full_name"
    ] == "Ada Lovelace"


async def test_change_password_needs_the_current_one(client):
    me = await signed_in_candidate(client)
    response = await client.patch(
        "/api/auth/me",
        headers=me.headers,
        json={"current_password": "not-it-at-all", "new_password": "battery-staple-7"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "wrong_current_password"
    still = await client.post("/api/auth/login", json={"email": me.email, "password": me.password})
    assert still.status_code == 200


async def test_change_password_then_sign_in_with_the_new_one(client):
    me = await signed_in_candidate(client)
    other_device = await client.post(
        "/api/auth/login", json={"email": me.email, "password": me.password}
    )
    response = await client.patch(
        "/api/auth/me",
        headers=me.headers,
        json={"current_password": me.password, "new_password": "battery-staple-7"},
    )
    assert response.status_code == 200
    old = await client.post("/api/auth/login", json={"email": me.email, "password": me.password})
    assert old.status_code == 401
    new = await client.post(
        "/api/auth/login", json={"email": me.email, "password": "battery-staple-7"}
    )
    assert new.status_code == 200
    # Other sessions end; the one that changed the password keeps working.
    kicked = await client.post(
        "/api/auth/refresh", json={"refresh_token": other_device.json()["refresh_token"]}
    )
    assert kicked.status_code == 401
    kept = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert kept.status_code == 200


async def test_new_password_must_be_strong(client):
    me = await signed_in_candidate(client)
    response = await client.patch(
        "/api/auth/me",
        headers=me.headers,
        json={"current_password": me.password, "new_password": "short"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "weak_password"
