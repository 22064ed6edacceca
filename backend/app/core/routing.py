"""Routers that turn away paths outside their prefix with one comparison.

FastAPI finds a request's route by trying the pattern of every route of every included router
in turn, and does it again inside the router that matched: a request for a router included
tenth tried some seventy patterns before reaching its own, which cost more than reading an
interview from the database. Every router of ours has a prefix that all its routes start
with, so a path without that prefix cannot match any of them.

The gate is the router itself, not a router around it: FastAPI matches a request once more at
every level of included routers (to pick the route, then again inside each router it enters),
so a wrapping router made every request of a gated route match its patterns a third time.
"""

import copy

from fastapi import APIRouter
from starlette.routing import Match
from starlette.types import Scope


def route_path(scope: Scope) -> str:
    """The request's path below the app's root path (where the routes' paths start)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    return path[len(root_path) :] if root_path and path.startswith(root_path) else path


class _PrefixGate(APIRouter):
    """An `APIRouter` whose `matches` first checks its prefix (made by `gated` only)."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if not route_path(scope).startswith(self.prefix):
            return Match.NONE, {}
        return super().matches(scope)


def gated(router: APIRouter) -> APIRouter:
    """`router` behind a check of its prefix (unchanged when it has none); include this, after
    every route has been added to `router`.

    The gate is a copy of `router` sharing its routes (their paths already start with the
    prefix), so it is included in its place with nothing wrapped around it."""
    if not router.prefix:
        return router
    gate = copy.copy(router)
    gate.__class__ = _PrefixGate
    return gate
