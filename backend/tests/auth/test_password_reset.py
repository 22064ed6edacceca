"""Forgotten passwords: a link mailed through the outbox, single-use, expiring, stored hashed,
silent about unknown addresses and throttled; admins make links for a candidate."""

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy import select, update

from app.auth.models import PasswordResetToken
from app.core.config import MailSettings
from app.main import create_app
from tests.adapters.mail.smtp_server import smtp_server
from tests.factories import (
    login,
    register,
    signed_in_admin,
    signed_in_candidate,
    unique_email,
)
from tests.outbox import mails_to, reset_link_in, token_of

NEW_PASSWORD = "battery-staple-7"


async def ask(client, email: str, **headers):
    return await client.post("/api/auth/password-reset", json={"email": email}, headers=headers)


async def confirm(client, token: str, new_password: str = NEW_PASSWORD):
    return await client.post(
        "/api/auth/password-reset/confirm", json={"token": token, "new_password": new_password}
    )


async def mailed_token(client, data_dir, email: str) -> str:
    response = await ask(client, email)
    assert response.status_code == 202, response.text
    return token_of(reset_link_in(mails_to(data_dir, email)[-1]))


async def test_a_mailed_link_sets_a_new_password_and_signs_out_everywhere(client, data_dir):
    me = await signed_in_candidate(client, full_name="Ada Lovelace")

    response = await ask(client, me.email)
    assert response.status_code == 202
    assert "If an account uses this email" in response.json()["message"]
    [mail] = mails_to(data_dir, me.email)
    assert mail["subject"] == "Reset your Rehearse password"
    assert mail["text"].startswith("Hello Ada Lovelace,")
    assert "works once, for 60 minutes" in mail["text"]
    link = reset_link_in(mail)
    assert link.startswith("http://test/reset-password#token=")

    assert (await confirm(client, token_of(link))).status_code == 204

    old = await client.post("/api/auth/login", json={"email": me.email, "password": me.password})
    assert old.status_code == 401
    await login(client, email=me.email, password=NEW_PASSWORD)
    refreshed = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert refreshed.status_code == 401, "the sessions from before the reset are over"
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 401


async def test_a_link_works_once(client, data_dir):
    me = await signed_in_candidate(client)
    first = await mailed_token(client, data_dir, me.email)
    second = await mailed_token(client, data_dir, me.email)
    assert (await confirm(client, first)).status_code == 204

    again = await confirm(client, first, "another-password-1")
    assert again.status_code == 422
    assert again.json()["error"]["code"] == "invalid_reset_token"
    assert "Ask for a new one" in again.json()["error"]["message"]
    later = await confirm(client, second, "another-password-1")
    assert later.status_code == 422, "a reset spends the other links of the account too"
    await login(client, email=me.email, password=NEW_PASSWORD)


async def test_an_expired_or_made_up_link_is_refused(client, data_dir, db_session):
    me = await signed_in_candidate(client)
    token = await mailed_token(client, data_dir, me.email)
    await db_session.execute(
        update(PasswordResetToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await db_session.commit()

    for made_up in (token, "not-a-token", "x" * 200):
        response = await confirm(client, made_up)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "invalid_reset_token"
    await login(client, email=me.email)


async def test_the_new_password_follows_the_registration_rules(client, data_dir):
    me = await signed_in_candidate(client)
    token = await mailed_token(client, data_dir, me.email)

    short = await confirm(client, token, "short")
    assert short.status_code == 422
    assert short.json()["error"]["code"] == "weak_password"
    same_as_email = await confirm(client, token, me.email.upper())
    assert same_as_email.json()["error"]["code"] == "weak_password"
    assert (await confirm(client, token)).status_code == 204, "a refused password spends nothing"


async def test_only_a_hash_of_the_link_is_stored(client, data_dir, db_session):
    me = await signed_in_candidate(client)
    token = await mailed_token(client, data_dir, me.email)
    stored = list(await db_session.scalars(select(PasswordResetToken.token_hash)))
    assert token not in stored
    assert hashlib.sha256(token.encode()).hexdigest() in stored


async def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, data_dir):
    me = await signed_in_candidate(client)
    nobody = unique_email("nobody")
    known, unknown = await ask(client, me.email), await ask(client, nobody)
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    assert mails_to(data_dir, nobody) == []


async def test_requests_are_throttled_per_address_whether_or_not_it_exists(client, data_dir):
    me = await signed_in_candidate(client)
    nobody = unique_email("nobody")
    for email in (me.email, nobody):
        for _ in range(5):
            assert (await ask(client, email)).status_code == 202
        refused = await ask(client, email.upper())
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "too_many_attempts"
        assert 14 * 60 < int(refused.headers["Retry-After"]) <= 15 * 60 + 1
    assert len(mails_to(data_dir, me.email)) == 5, "an inbox cannot be flooded"


async def test_a_reset_lifts_a_sign_in_lock(client, data_dir):
    me = await signed_in_candidate(client)
    for _ in range(5):
        await client.post("/api/auth/login", json={"email": me.email, "password": "guess-what"})
    locked = await client.post("/api/auth/login", json={"email": me.email, "password": "x" * 9})
    assert locked.status_code == 429
    token = await mailed_token(client, data_dir, me.email)
    assert (await confirm(client, token)).status_code == 204
    await login(client, email=me.email, password=NEW_PASSWORD)


async def test_the_link_points_at_the_configured_public_address(app, client, data_dir, settings):
    me = await signed_in_candidate(client)
    await ask(client, me.email, Origin="http://localhost:5173")
    assert reset_link_in(mails_to(data_dir, me.email)[-1]).startswith(
        "http://localhost:5173/reset-password#token="
    ), "the Vite dev server, a configured origin"
    await ask(client, me.email, Origin="https://evil.example")
    assert reset_link_in(mails_to(data_dir, me.email)[-1]).startswith("http://test/")
    app.state.settings = settings.model_copy(
        update={"public_base_url": "https://rehearse.example/"}
    )
    await ask(client, me.email, Origin="http://localhost:5173")
    assert reset_link_in(mails_to(data_dir, me.email)[-1]).startswith(
        "https://rehearse.example/reset-password#token="
    )


async def test_an_admin_makes_a_link_for_a_candidate_and_it_is_mailed(client, db_session, data_dir):
    candidate = await register(client)
    admin = await signed_in_admin(client, db_session)

    response = await client.post(
        f"/api/users/{candidate['id']}/password-reset", headers=admin.headers
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["emailed_to"] == candidate["email"]
    [mail] = mails_to(data_dir, candidate["email"])
    assert reset_link_in(mail) == body["link"]
    assert "An administrator of Rehearse made this link" in mail["text"]
    expires = datetime.fromisoformat(body["expires_at"])
    assert timedelta(minutes=59) < expires - datetime.now(UTC) <= timedelta(minutes=60)

    assert (await confirm(client, token_of(body["link"]))).status_code == 204
    await login(client, email=candidate["email"], password=NEW_PASSWORD)


async def test_only_admins_make_links_for_others(client, db_session):
    candidate = await register(client)
    other = await signed_in_candidate(client)
    refused = await client.post(
        f"/api/users/{candidate['id']}/password-reset", headers=other.headers
    )
    assert refused.status_code == 403
    assert (await client.post(f"/api/users/{candidate['id']}/password-reset")).status_code == 401
    admin = await signed_in_admin(client, db_session)
    missing = await client.post(
        "/api/users/00000000-0000-4000-8000-000000000000/password-reset", headers=admin.headers
    )
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "user_not_found"


async def test_simultaneous_uses_of_one_link_set_one_password(race_client, data_dir):
    me = await signed_in_candidate(race_client, email=unique_email("race"))
    token = await mailed_token(race_client, data_dir, me.email)
    passwords = [f"simultaneous-{n}-password" for n in range(4)]

    responses = await asyncio.gather(*(confirm(race_client, token, p) for p in passwords))

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [204, 422, 422, 422]
    winner = passwords[[r.status_code for r in responses].index(204)]
    await login(race_client, email=me.email, password=winner)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
async def test_with_smtp_configured_the_link_arrives_at_the_mail_server(
    settings, sessionmaker, data_dir
):
    with smtp_server(username="mailer", password="s3cret") as (port, inbox):
        mail = MailSettings(
            provider="smtp",
            host="127.0.0.1",
            port=port,
            username="mailer",
            password="s3cret",
            sender="Rehearse <no-reply@example.com>",
            starttls=False,
        )
        app = create_app(settings.model_copy(update={"mail": mail}))
        app.state.sessionmaker = sessionmaker
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
            me = await signed_in_candidate(client)
            assert (await ask(client, me.email)).status_code == 202
            [message] = inbox.messages
            assert message["To"] == me.email
            link = reset_link_in({"text": message.get_content()})
            assert (await confirm(client, token_of(link))).status_code == 204
        await app.state.engine.dispose()
    assert mails_to(data_dir, me.email) == [], "delivered, so nothing waits in the outbox"
