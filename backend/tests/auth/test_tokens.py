import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from jose import jwt
from sqlalchemy import update

from app.auth.models import RefreshToken
from app.core.security import create_token
from app.events.service import (
    CLOSE_NOT_FOUND,
    CLOSE_UNAUTHENTICATED,
    WatchRefused,
    authorize_watcher,
)
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


async def test_reusing_a_refresh_token_revokes_the_whole_family(client, db_session):
    me = await signed_in_candidate(client)
    first = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    newer = first.json()["refresh_token"]
    await _aged(db_session, me.refresh_token, seconds=31)

    reuse = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert reuse.status_code == 401
    assert reuse.json()["error"]["code"] == "invalid_token"

    # The thief's reuse also killed the legitimate newer token.
    after = await client.post("/api/auth/refresh", json={"refresh_token": newer})
    assert after.status_code == 401


async def test_other_logins_survive_a_family_revocation(client, db_session):
    me = await signed_in_candidate(client)
    other = await client.post("/api/auth/login", json={"email": me.email, "password": me.password})
    await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    await _aged(db_session, me.refresh_token, seconds=31)
    revoked = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert revoked.status_code == 401
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


async def test_an_access_token_that_worked_stops_working_when_it_expires(client):
    me = await signed_in_candidate(client)
    claims = jwt.get_unverified_claims(me.access_token)
    brief, _, expires_at = create_token(
        subject=claims["sub"],
        token_type="access",
        secret_key=TEST_SECRET,
        expires_in=timedelta(seconds=1),
        extra={"fam": claims["fam"]},
    )
    headers = {"Authorization": f"Bearer {brief}"}
    assert (await client.get("/api/auth/me", headers=headers)).status_code == 200
    # Valid through its last second, as the signature check counts it; then refused.
    await asyncio.sleep(max(0.0, expires_at.timestamp() + 1.05 - time.time()))
    response = await client.get("/api/auth/me", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def _aged(db_session, token: str, *, seconds: float):
    """Pretend the refresh token was used `seconds` ago (past the reuse grace window)."""
    jti = jwt.get_unverified_claims(token)["jti"]
    return db_session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == jti)
        .values(used_at=datetime.now(UTC) - timedelta(seconds=seconds))
    )


async def test_a_second_use_within_the_grace_window_returns_the_same_new_pair(client):
    """A second tab refreshing with the token the first tab just rotated stays signed in."""
    me = await signed_in_candidate(client)
    first = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    second = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert first.status_code == second.status_code == 200
    assert second.json()["refresh_token"] == first.json()["refresh_token"]
    profile = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {second.json()['access_token']}"}
    )
    assert profile.status_code == 200
    after = await client.post(
        "/api/auth/refresh", json={"refresh_token": first.json()["refresh_token"]}
    )
    assert after.status_code == 200


async def test_reuse_after_the_grace_window_ends_the_session(client, db_session):
    me = await signed_in_candidate(client)
    first = (
        await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    ).json()
    await _aged(db_session, me.refresh_token, seconds=31)
    reuse = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert reuse.status_code == 401
    # Within the window again for the successor, but the family is gone: no replay either.
    assert (
        await client.post("/api/auth/refresh", json={"refresh_token": first["refresh_token"]})
    ).status_code == 401


async def test_logout_ends_the_access_token_too(client):
    me = await signed_in_candidate(client)
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 200
    await client.post("/api/auth/logout", json={"refresh_token": me.refresh_token})
    response = await client.get("/api/auth/me", headers=me.headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


async def test_reuse_detection_ends_the_access_tokens_of_the_family(client, db_session):
    me = await signed_in_candidate(client)
    newer = (
        await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    ).json()
    await _aged(db_session, me.refresh_token, seconds=31)
    await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    for access in (me.access_token, newer["access_token"]):
        response = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {access}"})
        assert response.status_code == 401


async def test_a_logout_in_another_process_is_seen_once_the_cache_expires(client, app, db_session):
    me = await signed_in_candidate(client)
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 200
    # Another app process revokes the family: this one learns it when its cached answer expires.
    await db_session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == jwt.get_unverified_claims(me.access_token)["fam"])
        .values(revoked_at=datetime.now(UTC))
    )
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 200
    app.state.settings = app.state.settings.model_copy(update={"session_check_cache_s": 0})
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 401


async def test_access_token_without_a_family_is_401(client):
    me = await signed_in_candidate(client)
    claims = jwt.get_unverified_claims(me.access_token)
    del claims["fam"]
    token = jwt.encode(claims, TEST_SECRET, algorithm="HS256")
    response = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_tokens_without_an_expiry_are_401(client):
    me = await signed_in_candidate(client)
    access = jwt.get_unverified_claims(me.access_token)
    refresh = jwt.get_unverified_claims(me.refresh_token)
    del access["exp"], refresh["exp"]
    forever_access = jwt.encode(access, TEST_SECRET, algorithm="HS256")
    forever_refresh = jwt.encode(refresh, TEST_SECRET, algorithm="HS256")
    response = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {forever_access}"}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
    response = await client.post("/api/auth/refresh", json={"refresh_token": forever_refresh})
    assert response.status_code == 401


async def test_a_logged_out_access_token_cannot_watch_live_events(client, db_session, settings):
    me = await signed_in_candidate(client)
    watch = {"settings": settings, "token": me.access_token, "interview_id": str(uuid.uuid4())}
    with pytest.raises(WatchRefused) as signed_in:
        await authorize_watcher(db_session, **watch)
    assert signed_in.value.close_code == CLOSE_NOT_FOUND
    await client.post("/api/auth/logout", json={"refresh_token": me.refresh_token})
    with pytest.raises(WatchRefused) as signed_out:
        await authorize_watcher(db_session, **watch)
    assert signed_out.value.close_code == CLOSE_UNAUTHENTICATED
