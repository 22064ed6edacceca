"""Sign-in and refresh under concurrent requests, each on its own connection that commits for real
(`race_client`), on SQLite and on Postgres."""

import asyncio

from jose import jwt
from sqlalchemy import func, select

from app.auth.models import LoginFailure, RefreshToken
from tests.factories import DEFAULT_PASSWORD, login, register, unique_email

BURST = 10
LOGIN_BURST = 25


def _family(token: str) -> str:
    return jwt.get_unverified_claims(token)["fam"]


async def _family_size(race_app, family_id: str) -> int:
    async with race_app.state.sessionmaker() as session:
        return await session.scalar(select(func.count()).where(RefreshToken.family_id == family_id))


def _with_settings(race_app, **changes) -> None:
    race_app.state.settings = race_app.state.settings.model_copy(update=changes)


async def _refresh_burst(race_client, token: str, n: int = BURST):
    return await asyncio.gather(
        *(race_client.post("/api/auth/refresh", json={"refresh_token": token}) for _ in range(n))
    )


async def test_simultaneous_refreshes_rotate_once_and_share_the_new_pair(race_client, race_app):
    """Two tabs refreshing at the same moment both stay signed in, with one new refresh token."""
    me = await login(race_client, email=(await register(race_client))["email"])
    responses = await _refresh_burst(race_client, me.refresh_token)

    assert [r.status_code for r in responses] == [200] * BURST, [r.text for r in responses]
    new_tokens = {r.json()["refresh_token"] for r in responses}
    assert len(new_tokens) == 1, "the token was rotated more than once"
    assert await _family_size(race_app, _family(me.refresh_token)) == 2
    for response in responses:
        me_again = await race_client.get(
            "/api/auth/me", headers={"Authorization": f"Bearer {response.json()['access_token']}"}
        )
        assert me_again.status_code == 200
    # The family was not revoked: the shared successor rotates as usual.
    (successor,) = new_tokens
    after = await race_client.post("/api/auth/refresh", json={"refresh_token": successor})
    assert after.status_code == 200


async def test_without_a_grace_window_exactly_one_simultaneous_refresh_wins(race_client, race_app):
    _with_settings(race_app, refresh_reuse_grace_s=0)
    me = await login(race_client, email=(await register(race_client))["email"])
    responses = await _refresh_burst(race_client, me.refresh_token)

    codes = sorted(r.status_code for r in responses)
    assert codes == [200] + [401] * (BURST - 1), codes
    assert await _family_size(race_app, _family(me.refresh_token)) == 2
    # The others count as reuse: the whole family, the winner's new token included, is revoked.
    (winner,) = [r.json() for r in responses if r.status_code == 200]
    after = await race_client.post(
        "/api/auth/refresh", json={"refresh_token": winner["refresh_token"]}
    )
    assert after.status_code == 401
    me_again = await race_client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {winner['access_token']}"}
    )
    assert me_again.status_code == 401


async def test_a_burst_of_wrong_passwords_checks_at_most_five(race_client, race_app):
    email = (await register(race_client))["email"]
    responses = await asyncio.gather(
        *(
            race_client.post("/api/auth/login", json={"email": email, "password": "wrong-guess-1"})
            for _ in range(LOGIN_BURST)
        )
    )
    codes = [r.status_code for r in responses]
    assert set(codes) <= {401, 429}, [r.text for r in responses if r.status_code not in (401, 429)]
    checked = codes.count(401)
    assert checked <= 5, f"{checked} passwords were checked in one window"
    for response in responses:
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) > 0
            assert response.json()["error"]["code"] == "too_many_attempts"
    # Only the checked attempts are kept as failures: the refused ones do not prolong the lock.
    async with race_app.state.sessionmaker() as session:
        kept = await session.scalar(select(func.count()).where(LoginFailure.email == email))
    assert kept == checked


async def test_a_burst_for_an_unknown_email_checks_at_most_five(race_client):
    email = unique_email("nobody")
    responses = await asyncio.gather(
        *(
            race_client.post("/api/auth/login", json={"email": email, "password": DEFAULT_PASSWORD})
            for _ in range(LOGIN_BURST)
        )
    )
    codes = [r.status_code for r in responses]
    assert set(codes) <= {401, 429}
    assert codes.count(401) <= 5
