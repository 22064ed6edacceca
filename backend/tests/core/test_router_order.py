"""The interviews router is included first, so that its polled read is matched before any other
router is tried. That changes nothing only while no other router has a path one of its routes
would take instead."""

import re

from fastapi.routing import APIRoute

from app.interviews.router import router as interviews_router


async def test_no_other_route_has_a_path_the_interviews_routes_would_take(app):
    ours = [route for route in interviews_router.routes if isinstance(route, APIRoute)]
    assert ours
    others = set(app.openapi()["paths"]) - {route.path for route in ours}
    assert any(path.startswith("/api/interviews/") for path in others)
    for path in others:
        sample = re.sub(r"{[^}]+}", "x", path)
        taken = [route.path for route in ours if route.path_regex.match(sample)]
        assert not taken, (path, taken)
