"""Passwords are hashed with argon2id at OWASP's minimum cost, and accounts whose hash was made
with the former, costlier parameters keep signing in."""

from pwdlib import PasswordHash
from sqlalchemy import select

from app.auth.models import User
from tests.factories import DEFAULT_PASSWORD, login, register, unique_email


async def test_a_new_password_is_hashed_with_argon2id_at_owasps_minimum(client, db_session):
    user = await register(client)

    stored = await db_session.scalar(select(User.password_hash).where(User.email == user["email"]))

    assert stored is not None
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert DEFAULT_PASSWORD not in stored


async def test_an_account_hashed_with_the_former_parameters_still_signs_in(client, db_session):
    email = unique_email("former")
    former = PasswordHash.recommended().hash(DEFAULT_PASSWORD)  # m=65536, t=3, p=4
    assert former.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    db_session.add(User(email=email, full_name="Former Hash", password_hash=former))
    await db_session.commit()

    signed_in = await login(client, email=email)

    me = await client.get("/api/auth/me", headers=signed_in.headers)
    assert me.status_code == 200
    assert me.json()["email"] == email
    wrong = await client.post("/api/auth/login", json={"email": email, "password": "not-it-1234"})
    assert wrong.status_code == 401
