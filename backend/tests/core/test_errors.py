import uuid

import pytest
from httpx import ASGITransport, AsyncClient

from app.main import create_app


def _assert_error_shape(body: dict) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["message"]


async def test_unknown_api_route_is_404_json_not_the_spa(client):
    response = await client.get("/api/does-not-exist")
    assert response.status_code == 404
    _assert_error_shape(response.json())
    post = await client.post("/api/nope/deeper", json={})
    assert post.status_code == 404
    _assert_error_shape(post.json())


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"{not json", "Expecting property name"), (b'{"full_name": "\xff"}', "")],
    ids=["broken-syntax", "not-utf8"],
)
async def test_a_body_that_is_not_json_is_a_400_invalid_json(client, body, reason):
    response = await client.post(
        "/api/auth/register", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    _assert_error_shape(response.json())
    assert response.json()["error"]["code"] == "invalid_json"
    assert reason in response.json()["error"]["message"]


async def test_a_login_body_that_is_not_json_is_a_400_invalid_json(client):
    response = await client.post(
        "/api/auth/login", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


async def test_an_undeclared_method_on_an_api_path_is_a_405_naming_the_allowed_ones(client):
    response = await client.put("/api/auth/register", json={})
    assert response.status_code == 405
    _assert_error_shape(response.json())
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert response.headers["Allow"] == "POST"
    job = await client.put(f"/api/jobs/{uuid.uuid4()}", json={})
    assert job.status_code == 405
    assert job.headers["Allow"] == "DELETE, GET, HEAD, PATCH"
    assert (await client.put("/api/no-such-thing", json={})).status_code == 404


async def test_with_the_spa_built_api_paths_still_answer_405_and_404_never_the_spa(
    settings, sessionmaker, tmp_path
):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<div id=root>spa</div>")
    app = create_app(settings.model_copy(update={"frontend_dist": dist}))
    app.state.sessionmaker = sessionmaker
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        for method in ("GET", "POST", "PATCH", "DELETE"):
            unknown = await http.request(method, "/api/nothing/here")
            assert unknown.status_code == 404, method
            _assert_error_shape(unknown.json())
        wrong = await http.request("PATCH", "/api/auth/login")
        assert wrong.status_code == 405
        assert wrong.headers["Allow"] == "POST"
        assert "spa" in (await http.get("/interviews/new")).text


async def test_openapi_declares_request_errors_in_our_error_shape(client):
    spec = (await client.get("/openapi.json")).json()
    error_ref = {"$ref": "#/components/schemas/ErrorResponse"}
    register = spec["paths"]["/api/auth/register"]["post"]["responses"]
    for status in ("400", "413", "422"):
        assert register[status]["content"]["application/json"]["schema"] == error_ref
    search = spec["paths"]["/api/jobs/search"]["get"]["responses"]
    for status in ("422", "503"):
        assert search[status]["content"]["application/json"]["schema"] == error_ref
    assert "400" not in search
    assert "HTTPValidationError" not in str(spec)


async def test_openapi_states_password_rules_upload_types_and_bounds(client):
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    password = schemas["UserCreate"]["properties"]["password"]
    assert (password["minLength"], password["maxLength"]) == (8, 128)
    upload = spec["paths"]["/api/resumes"]["post"]["requestBody"]["content"]
    accepted = upload["multipart/form-data"]["encoding"]["file"]["contentType"]
    assert "application/pdf" in accepted
    assert "text/plain" in accepted
    page = next(
        p for p in spec["paths"]["/api/jobs/search"]["get"]["parameters"] if p["name"] == "page"
    )
    assert page["schema"]["maximum"] == 10_000
    remote = schemas["JobUpdate"]["properties"]["remote"]
    assert remote == {"title": "Remote", "type": "boolean"}


async def test_unexpected_errors_are_500_without_internals(failing_app):
    transport = ASGITransport(app=failing_app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.get("/api/test-explodes")
    assert response.status_code == 500
    _assert_error_shape(response.json())
    assert "boom" not in response.text
