"""Steps most API tests take the same way."""

from typing import Any

from httpx import AsyncClient

from tests.factories import SignedIn


async def get_ok(client: AsyncClient, me: SignedIn, url: str, **params: Any) -> Any:
    """GET `url` as `me`, insist on a 200 and return its JSON."""
    response = await client.get(url, headers=me.headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()
