import pytest
from httpx import ASGITransport, AsyncClient


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


async def test_malformed_json_is_a_422_in_the_error_shape(client):
    response = await client.post(
        "/api/auth/register", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    _assert_error_shape(response.json())
    assert response.json()["error"]["code"] == "validation_error"


@pytest.fixture
def failing_app(app):
    @app.get("/api/test-explodes")
    async def explode():
        raise RuntimeError("boom")

    # Move the new route before the catch-all /api route.
    app.router.routes.insert(0, app.router.routes.pop())
    return app


async def test_unexpected_errors_are_500_without_internals(failing_app):
    transport = ASGITransport(app=failing_app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.get("/api/test-explodes")
    assert response.status_code == 500
    _assert_error_shape(response.json())
    assert "boom" not in response.text
