from datetime import timedelta

from app.core.security import create_token
from tests.conftest import TEST_SECRET
from tests.factories import signed_in_candidate


async def test_refresh_rotates_and_the_new_access_token_works(client):
    me = await signed_in_candidate(client)
    response = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert response.status_code == 200
    pair = response.json()
    assert pair["refresh_token"] != me.refresh_token
    profile = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {pair['access_token']}"}
    )
    assert profile.status_code == 200


async def test_reusing_a_refresh_token_revokes_the_whole_family(client):
    me = await signed_in_candidate(client)
    first = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    newer = first.json()["refresh_token"]

    reuse = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert reuse.status_code == 401
    assert reuse.json()["error"]["code"] == "invalid_token"

    # The thief's reuse also killed the legitimate newer token.
    after = await client.post("/api/auth/refresh", json={"refresh_token": newer})
    assert after.status_code == 401


async def test_other_logins_survive_a_family_revocation(client):
    me = await signed_in_candidate(client)
    other = await client.post("/api/auth/login", json={"email": me.email, "password": me.password})
    await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    response = await client.post(
        "/api/auth/refresh", json={"refresh_token": other.json()["refresh_token"]}
    )
    assert response.status_code == 200


async def test_logout_ends_the_refresh_token(client):
    me = await signed_in_candidate(client)
    response = await client.post("/api/auth/logout", json={"refresh_token": me.refresh_token})
    assert response.status_code == 204
    again = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert again.status_code == 401


async def test_access_token_cannot_be_used_as_refresh_token(client):
    me = await signed_in_candidate(client)
    response = await client.post("/api/auth/refresh", json={"refresh_token": me.access_token})
    assert response.status_code == 401


async def test_missing_token_is_401(client):
    response = await client.get("/api/auth/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_tampered_token_is_401(client):
    me = await signed_in_candidate(client)
    header, payload, signature = me.access_token.split(".")
    tampered = f"{header}.{payload}.{signature[:-4]}AAAA"
    response = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {tampered}"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


async def test_token_signed_with_another_key_is_401(client):
    me = await signed_in_candidate(client)
    profile = (await client.get("/api/auth/me", headers=me.headers)).json()
    forged, _, _ = create_token(
        subject=profile["id"],
        token_type="access",
        secret_key="someone-elses-secret-key-0123456789abcdef",
        expires_in=timedelta(minutes=5),
    )
    response = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401


async def test_expired_token_is_401(client):
    me = await signed_in_candidate(client)
    profile = (await client.get("/api/auth/me", headers=me.headers)).json()
    expired, _, _ = create_token(
        subject=profile["id"],
        token_type="access",
        secret_key=TEST_SECRET,
        expires_in=timedelta(seconds=-5),
    )
    response = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {expired}"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
