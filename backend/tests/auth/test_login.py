from datetime import UTC, datetime, timedelta

from app.auth.models import LoginFailure
from tests.factories import DEFAULT_PASSWORD, register, unique_email


async def test_login_with_json_returns_a_token_pair_that_opens_me(client):
    user = await register(client, full_name="Grace Hopper")
    response = await client.post(
        "/api/auth/login", json={"email": user["email"].upper(), "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    tokens = response.json()
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 15 * 60
    me = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["full_name"] == "Grace Hopper"


async def test_login_accepts_the_oauth2_password_form(client):
    user = await register(client)
    response = await client.post(
        "/api/auth/login", data={"username": user["email"], "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    assert response.json()["access_token"]


async def test_wrong_password_and_unknown_email_get_the_same_401(client):
    user = await register(client)
    wrong_password = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": "not-my-password"}
    )
    unknown_email = await client.post(
        "/api/auth/login", json={"email": unique_email(), "password": DEFAULT_PASSWORD}
    )
    assert wrong_password.status_code == unknown_email.status_code == 401
    assert wrong_password.json() == unknown_email.json()
    assert wrong_password.json()["error"]["message"] == "Incorrect email or password."


async def test_five_failures_lock_the_email_with_retry_after(client):
    user = await register(client)
    for _ in range(5):
        response = await client.post(
            "/api/auth/login", json={"email": user["email"], "password": "wrong-password"}
        )
        assert response.status_code == 401
    locked = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": DEFAULT_PASSWORD}
    )
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_attempts"
    assert locked.json()["error"]["message"] == (
        "Too many failed sign-in attempts. Try again in about 15 minutes."
    )
    retry_after = int(locked.headers["Retry-After"])
    assert 14 * 60 < retry_after <= 15 * 60 + 1


async def test_lock_applies_per_email_and_to_unknown_emails(client):
    stranger = unique_email()
    for _ in range(5):
        await client.post("/api/auth/login", json={"email": stranger, "password": "whatever1"})
    assert (
        await client.post("/api/auth/login", json={"email": stranger, "password": "whatever1"})
    ).status_code == 429
    other = await register(client)
    ok = await client.post(
        "/api/auth/login", json={"email": other["email"], "password": DEFAULT_PASSWORD}
    )
    assert ok.status_code == 200


async def test_failures_older_than_the_window_do_not_count(client, db_session):
    user = await register(client)
    long_ago = datetime.now(UTC) - timedelta(minutes=16)
    db_session.add_all([LoginFailure(email=user["email"], created_at=long_ago) for _ in range(5)])
    await db_session.commit()
    response = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200


async def test_a_successful_login_clears_earlier_failures(client):
    user = await register(client)
    for _ in range(4):
        await client.post("/api/auth/login", json={"email": user["email"], "password": "wrong-pw1"})
    await client.post(
        "/api/auth/login", json={"email": user["email"], "password": DEFAULT_PASSWORD}
    )
    for _ in range(4):
        await client.post("/api/auth/login", json={"email": user["email"], "password": "wrong-pw1"})
    response = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200


async def test_login_without_body_is_a_clear_validation_error(client):
    response = await client.post("/api/auth/login", json={"email": "a@example.com"})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "password"
