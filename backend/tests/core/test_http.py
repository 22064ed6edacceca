from app.core.config import Settings
from app.main import create_app


async def test_healthz_and_readyz(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok"


async def test_every_response_has_security_headers_and_a_request_id(client):
    for response in (await client.get("/healthz"), await client.get("/api/auth/me")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert len(response.headers["X-Request-ID"]) >= 16


async def test_a_sane_incoming_request_id_is_kept(client):
    response = await client.get("/healthz", headers={"X-Request-ID": "trace-abc.123"})
    assert response.headers["X-Request-ID"] == "trace-abc.123"
    evil = await client.get("/healthz", headers={"X-Request-ID": "bad id\r\nx: y"})
    assert evil.headers["X-Request-ID"] != "bad id\r\nx: y"


async def test_openapi_names_operations_by_tag_and_declares_errors(client):
    spec = (await client.get("/openapi.json")).json()
    login = spec["paths"]["/api/auth/login"]["post"]
    assert login["operationId"] == "auth-login"
    assert {"401", "429"} <= set(login["responses"])
    assert set(login["requestBody"]["content"]) == {
        "application/json",
        "application/x-www-form-urlencoded",
    }
    assert spec["paths"]["/api/users"]["get"]["operationId"] == "users-list_users"


async def test_docs_pages_are_served(client):
    assert "swagger" in (await client.get("/docs")).text.lower()
    assert "redoc" in (await client.get("/redoc")).text.lower()


async def test_spa_files_and_client_side_routes(settings, sessionmaker, tmp_path):
    from httpx import ASGITransport, AsyncClient

    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<div id=root>spa</div>")
    (dist / "assets" / "app.js").write_text("console.log(1)")
    app = create_app(settings.model_copy(update={"frontend_dist": dist}))
    app.state.sessionmaker = sessionmaker
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        assert "spa" in (await http.get("/")).text
        assert "spa" in (await http.get("/app/interviews/123")).text
        asset = await http.get("/assets/app.js")
        assert asset.text == "console.log(1)"
        assert "immutable" in asset.headers["Cache-Control"]
        assert (await http.get("/api/unknown")).status_code == 404
        escape = await http.get("/..%2F..%2Fetc/passwd")
        assert "root:" not in escape.text


def test_settings_from_env_split_cors_origins(monkeypatch):
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    assert Settings(_env_file=None).cors_origins == ["https://a.example", "https://b.example"]


async def test_every_schema_reference_resolves(client):
    spec = (await client.get("/openapi.json")).json()
    text = str(spec)
    import re

    refs = set(re.findall(r"#/components/schemas/([A-Za-z0-9_.-]+)", text))
    assert refs <= set(spec["components"]["schemas"])
    assert "LoginRequest" in refs


async def _cors_client(settings, sessionmaker, origins):
    from httpx import ASGITransport, AsyncClient

    app = create_app(settings.model_copy(update={"cors_origins": origins}))
    app.state.sessionmaker = sessionmaker
    return AsyncClient(transport=ASGITransport(app=app), base_url="http://test")


async def test_a_configured_origin_may_call_the_api_and_read_the_request_id(settings, sessionmaker):
    origin = "https://app.example"
    async with await _cors_client(settings, sessionmaker, [origin]) as http:
        preflight = await http.options(
            "/api/auth/login",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code == 200
        assert preflight.headers["Access-Control-Allow-Origin"] == origin
        assert len(preflight.headers["X-Request-ID"]) >= 16
        called = await http.get("/healthz", headers={"Origin": origin})
        assert called.headers["Access-Control-Allow-Origin"] == origin
        assert "X-Request-ID" in called.headers["Access-Control-Expose-Headers"]
        assert called.headers["Vary"] == "Origin"
        stranger = await http.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in stranger.headers
        # Same-origin requests name no Origin; a cache must still keep the answers apart.
        same_origin = await http.get("/healthz")
        assert same_origin.headers["Vary"] == "Origin"
        assert "Access-Control-Allow-Origin" not in same_origin.headers


async def test_without_configured_origins_no_other_origin_is_allowed(settings, sessionmaker):
    async with await _cors_client(settings, sessionmaker, []) as http:
        origin = {"Origin": "http://localhost:5173"}
        called = await http.get("/healthz", headers=origin)
        assert called.status_code == 200
        assert "Access-Control-Allow-Origin" not in called.headers
        assert "Vary" not in called.headers
        preflight = await http.options(
            "/api/auth/login", headers={**origin, "Access-Control-Request-Method": "POST"}
        )
        assert "Access-Control-Allow-Origin" not in preflight.headers
