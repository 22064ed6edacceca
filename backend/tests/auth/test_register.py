import pytest

from tests.factories import DEFAULT_PASSWORD, register, unique_email


async def test_register_returns_the_new_candidate(client):
    response = await client.post(
        "/api/auth/register",
        json={"email": "Ada@Example.COM ", "password": DEFAULT_PASSWORD, "full_name": " Ada "},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "ada@example.com"
    assert body["full_name"] == "Ada"
    assert body["role"] == "candidate"
    assert "password" not in response.text and "hash" not in response.text


async def test_duplicate_email_is_409_whatever_the_case(client):
    email = unique_email()
    await register(client, email=email)
    response = await client.post(
        "/api/auth/register",
        json={"email": email.upper(), "password": DEFAULT_PASSWORD, "full_name": "Again"},
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "email_taken"


async def test_short_password_is_rejected_with_the_reason(client):
    response = await client.post(
        "/api/auth/register",
        json={"email": unique_email(), "password": "short", "full_name": "Bo"},
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "weak_password"
    assert "at least 8 characters" in error["message"]


async def test_password_equal_to_email_is_rejected(client):
    email = unique_email()
    response = await client.post(
        "/api/auth/register",
        json={"email": email, "password": email.upper(), "full_name": "Bo"},
    )
    assert response.status_code == 422
    assert "same as your email" in response.json()["error"]["message"]


async def test_invalid_email_and_blank_name_are_validation_errors(client):
    response = await client.post(
        "/api/auth/register",
        json={"email": "not-an-email", "password": DEFAULT_PASSWORD, "full_name": "   "},
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    fields = {detail["field"] for detail in error["details"]}
    assert fields == {"email", "full_name"}


async def _register(client, email: str):
    return await client.post(
        "/api/auth/register",
        json={"email": email, "password": DEFAULT_PASSWORD, "full_name": "Look Alike"},
    )


FULLWIDTH_NAME = "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in "ada.lovelace")
FULLWIDTH_DOMAIN = "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in "example.com")


@pytest.mark.parametrize(
    ("lookalike", "original"),
    [
        (f"{FULLWIDTH_NAME}@example.com", "ada.lovelace@example.com"),
        (f"ada.lovelace@{FULLWIDTH_DOMAIN}", "ada.lovelace@example.com"),
        ("AL\u0130.VEL\u0130@example.com", "ali.veli@example.com"),  # Turkish dotted capital I
        ("Stra\u00dfe@example.de", "strasse@example.de"),  # casefolded, not only lowercased
    ],
)
async def test_a_lookalike_of_a_registered_email_is_the_same_account(client, lookalike, original):
    await register(client, email=original)
    again = await _register(client, lookalike)
    assert again.status_code == 409, again.text
    signed_in = await client.post(
        "/api/auth/login", json={"email": lookalike, "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text


@pytest.mark.parametrize(
    "mixed",
    [
        "\u0430da@example.com",  # Cyrillic a in a Latin local part
        "ada@ex\u0430mple.com",  # ... in a Latin domain
        "\u03bfscar@example.com",  # Greek omicron
        "al\u0131@example.com",  # Turkish dotless i beside Latin letters: looks like "ali"
    ],
)
async def test_a_mixed_script_lookalike_address_is_refused_on_the_email_field(client, mixed):
    response = await _register(client, mixed)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert [detail["field"] for detail in error["details"]] == ["email"]
    assert "look" in error["message"].lower()
    signed_in = await client.post(
        "/api/auth/login", json={"email": mixed, "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 422
    assert [d["field"] for d in signed_in.json()["error"]["details"]] == ["email"]


@pytest.mark.parametrize(
    "email",
    [
        "josé.müller@exämple.de",  # Latin with accents, IDN domain
        "почта@пример.рф",  # all Cyrillic
        "γιάννης@παράδειγμα.ελ",  # all Greek
        "kjær@example.no",
        "o'brien+tag@example.co.uk",
    ],
)
async def test_genuine_single_script_addresses_still_register_and_sign_in(client, email):
    created = await _register(client, email)
    assert created.status_code == 201, created.text
    signed_in = await client.post(
        "/api/auth/login", json={"email": email.upper(), "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text
