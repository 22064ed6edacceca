"""A GET route answered without FastAPI's per-request machinery, for a read asked for far more
often than anything else (the interview page, which the room polls).

FastAPI finds a route by matching it again at every level of included routers, then solves the
route's dependencies and parameters: on a read that costs a fraction of a millisecond in the
database, that machinery was a third of the request's CPU. A `LeanRoute` sits first in the
app's routes, matches its path with Starlette's path convertors and calls one function with
the request and the converted path parameters. It is still inside every middleware and the
exception handlers, so its errors (an `AppError` raised by the function) come back in the same
JSON format as from any route.

The `APIRoute` of the same path stays: the OpenAPI document describes it, and it answers what
the lean route does not match (an id the convertor refuses gets FastAPI's validation error),
calling the same function, so both give the same answer.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound, compile_path
from starlette.types import Receive, Scope, Send

from app.core.routing import route_path

LeanEndpoint = Callable[..., Awaitable[Response]]
"""Called with the request and the path's parameters by name, converted."""


class LeanRoute(BaseRoute):
    def __init__(self, path: str, endpoint: LeanEndpoint) -> None:
        self.path = path
        self.endpoint = endpoint
        self.pattern, _, self.convertors = compile_path(path)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or scope["method"] != "GET":
            return Match.NONE, {}
        found = self.pattern.match(route_path(scope))
        if found is None:
            return Match.NONE, {}
        params = {
            name: self.convertors[name].convert(value) for name, value in found.groupdict().items()
        }
        return Match.FULL, {"path_params": params}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.endpoint(request, **scope["path_params"])
        await response(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)  # nameless: `url_for` finds its APIRoute
