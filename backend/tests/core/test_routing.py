"""Gated routers (`app.core.routing.gated`) answer exactly as plain included routers do: each
path reaches its own route, a wrong method is a 405 and an unknown path a 404, and a router
without a prefix is included as it is. The gate is included in the router's place, with no
router around it, so a request matches a gated route's pattern no more often than FastAPI
matches a route included directly."""

from collections import Counter
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from httpx import ASGITransport, AsyncClient

from app.core.routing import gated


def _app(*routers: APIRouter) -> FastAPI:
    app = FastAPI()
    for router in routers:
        app.include_router(gated(router))
    return app


def _routers() -> tuple[APIRouter, APIRouter, APIRouter]:
    first = APIRouter(prefix="/api/first")
    second = APIRouter(prefix="/api/second")
    plain = APIRouter()

    @first.get("/{item_id}")
    async def first_item(item_id: int) -> dict[str, Any]:
        return {"router": "first", "item": item_id}

    @second.get("/{item_id}")
    async def second_item(item_id: int) -> dict[str, Any]:
        return {"router": "second", "item": item_id}

    @plain.get("/ping")
    async def ping() -> dict[str, str]:
        return {"router": "plain"}

    return first, second, plain


async def test_each_path_reaches_its_own_routers_route():
    app = _app(*_routers())
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        assert (await client.get("/api/first/1")).json() == {"router": "first", "item": 1}
        assert (await client.get("/api/second/2")).json() == {"router": "second", "item": 2}
        assert (await client.get("/ping")).json() == {"router": "plain"}
        assert (await client.post("/api/second/2")).status_code == 405
        assert (await client.get("/api/third/3")).status_code == 404
        assert (await client.get("/api/first/x")).status_code == 422
        assert set(app.openapi()["paths"]) == {
            "/api/first/{item_id}",
            "/api/second/{item_id}",
            "/ping",
        }


async def test_a_gated_route_is_matched_as_often_as_one_included_directly(monkeypatch):
    tried: Counter[str] = Counter()
    matches = APIRoute.matches

    def counting(route: APIRoute, scope: Any) -> Any:
        tried[route.path] += 1
        return matches(route, scope)

    monkeypatch.setattr(APIRoute, "matches", counting)
    for wrap in (gated, lambda router: router):
        first, second, _plain = _routers()
        app = FastAPI()
        app.include_router(wrap(first))
        app.include_router(wrap(second))
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
            tried.clear()
            assert (await client.get("/api/second/2")).status_code == 200
        if wrap is gated:
            gated_tries = dict(tried)
        else:
            direct_tries = dict(tried)
    # The gate turns the first router away without trying its route; the second router's
    # route is tried no more often than when it is included directly.
    assert "/api/first/{item_id}" not in gated_tries
    assert gated_tries["/api/second/{item_id}"] <= direct_tries["/api/second/{item_id}"]
