import json
import logging

from app.core.logging import configure_logging, request_id_var
from app.main import create_app


async def test_admin_from_env_is_created_at_start_up(settings, sessionmaker, client):
    app = create_app(
        settings.model_copy(
            update={"admin_email": "Root@Example.com", "admin_password": "root-password-1"}
        )
    )
    app.state.sessionmaker = sessionmaker
    async with app.router.lifespan_context(app):
        pass
    login = await client.post(
        "/api/auth/login", json={"email": "root@example.com", "password": "root-password-1"}
    )
    assert login.status_code == 200
    me = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {login.json()['access_token']}"}
    )
    assert me.json()["role"] == "admin"


def test_json_logs_carry_the_request_id(capsys):
    configure_logging(log_format="json", level="INFO")
    token = request_id_var.set("req-42")
    try:
        logging.getLogger("app.test").info("hello %s", "world")
    finally:
        request_id_var.reset(token)
        configure_logging(log_format="text", level="WARNING")
    line = capsys.readouterr().err.strip().splitlines()[-1]
    record = json.loads(line)
    assert record["message"] == "hello world"
    assert record["request_id"] == "req-42"
