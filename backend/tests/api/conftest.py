"""A live server for the whole-API schemathesis run, with a signed-in candidate and admin."""

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from app.core.config import Settings
from app.main import create_app
from tests.factories import DEFAULT_PASSWORD, unique_email
from tests.live_server import serving_in_thread


@dataclass
class LiveApi:
    base_url: str
    candidate: dict[str, str]
    admin: dict[str, str]


def _bearer(http: httpx.Client, email: str) -> dict[str, str]:
    response = http.post("/api/auth/login", json={"email": email, "password": DEFAULT_PASSWORD})
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="module")
def live_api(settings: Settings, race_database_url: str) -> Iterator[LiveApi]:
    """The app on a real server over the committing race database; the lifespan seeds the job
    catalog, the question bank and the admin, as in production."""
    admin_email = unique_email("schemathesis-admin")
    app = create_app(
        settings.model_copy(
            update={
                "database_url": race_database_url,
                "admin_email": admin_email,
                "admin_password": DEFAULT_PASSWORD,
            }
        )
    )
    with serving_in_thread(app) as base_url, httpx.Client(base_url=base_url) as http:
        candidate_email = unique_email("schemathesis")
        http.post(
            "/api/auth/register",
            json={"email": candidate_email, "password": DEFAULT_PASSWORD, "full_name": "Sam"},
        ).raise_for_status()
        yield LiveApi(base_url, _bearer(http, candidate_email), _bearer(http, admin_email))
