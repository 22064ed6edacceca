"""Routers that turn away paths outside their prefix with one comparison.

FastAPI finds a request's route by trying the pattern of every route of every included router
in turn, and does it again inside the router that matched: a request for a router included
tenth tried some seventy patterns before reaching its own, which cost more than reading an
interview from the database. Every router of ours has a prefix that all its routes start
with, so a path without that prefix cannot match any of them.
"""

from fastapi import APIRouter
from starlette.routing import Match
from starlette.types import Scope


def _route_path(scope: Scope) -> str:
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    return path[len(root_path) :] if root_path and path.startswith(root_path) else path


class _PrefixGate(APIRouter):
    def __init__(self, router: APIRouter) -> None:
        super().__init__()
        self.gate = router.prefix
        self.include_router(router)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if not _route_path(scope).startswith(self.gate):
            return Match.NONE, {}
        return super().matches(scope)


def gated(router: APIRouter) -> APIRouter:
    """`router` behind a check of its prefix (unchanged when it has none); include this."""
    return _PrefixGate(router) if router.prefix else router
