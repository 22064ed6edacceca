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
