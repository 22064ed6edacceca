"""Serve the built SPA: real files as they are, any other non-API path falls back to index.html."""

import re
from pathlib import Path
from typing import NamedTuple, NoReturn

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from app.core.errors import MethodNotAllowed, NotFound

_RESERVED_PREFIXES = ("api", "docs", "redoc", "openapi.json", "healthz", "readyz")
_MISSING_BUILD = """<!doctype html><title>Rehearse</title>
<p>The web app has not been built yet. Run <code>make run</code> (or
<code>npm run build</code> in <code>frontend/</code>).
The API docs are at <a href="/docs">/docs</a>.</p>"""


_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
# The coding room's runners (frontend/src/features/coding/lib/*-worker.ts) run the candidate's
# code with `new Function` and Pyodide's WebAssembly. A worker has its own CSP, from its script's
# response, and no access to the page: only these scripts may evaluate code.
_RUNNER_WORKER = re.compile(r"^assets/(js|python)-worker-[A-Za-z0-9_-]+\.js$")
_RUNNER_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'"
)


def _path_pattern(template: str) -> re.Pattern[str]:
    """`/api/jobs/{job_id}` → a regex matching `/api/jobs/<anything but a slash>`."""
    parts = re.split(r"\{[^}]+\}", template)
    return re.compile("[^/]+".join(re.escape(part) for part in parts))


class _DeclaredPath(NamedTuple):
    pattern: re.Pattern[str]
    parameters: int
    methods: set[str]


def _declared_paths(app: FastAPI) -> list[_DeclaredPath]:
    """Each API path of the OpenAPI with its methods (HEAD wherever GET is)."""
    declared = []
    for template, operations in app.openapi()["paths"].items():
        methods = {method.upper() for method in operations} & set(_ALL_METHODS)
        if "GET" in methods:
            methods.add("HEAD")
        declared.append(_DeclaredPath(_path_pattern(template), template.count("{"), methods))
    return declared


def _allowed_methods(declared: list[_DeclaredPath], path: str) -> set[str]:
    """The methods of the path the OpenAPI matches: as it says, a concrete path (`/api/jobs/
    search`) is matched before a templated one (`/api/jobs/{job_id}`)."""
    matches = [each for each in declared if each.pattern.fullmatch(path)]
    fewest = min((each.parameters for each in matches), default=0)
    return set().union(*(each.methods for each in matches if each.parameters == fewest))


def mount_spa(app: FastAPI, dist: Path) -> None:
    """Register last: unknown /api paths answer 404 in our error shape, never the SPA, and a
    known path with an undeclared method answers 405."""
    dist = dist.resolve()
    declared: list[_DeclaredPath] = []

    @app.api_route(
        "/api/{path:path}", methods=_ALL_METHODS, include_in_schema=False, response_model=None
    )
    async def unknown_api_route(request: Request, path: str) -> NoReturn:
        if not declared:  # on first use: the OpenAPI is complete only once the app is
            declared.extend(_declared_paths(app))
        allowed = _allowed_methods(declared, f"/api/{path}")
        # An allowed method lands here when the id is not one (`/api/jobs/{job_id:uuid}`).
        if allowed and request.method not in allowed:
            raise MethodNotAllowed(allowed)
        raise NotFound(f"No API route at /api/{path}")

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str) -> Response:
        if path.split("/", 1)[0] in _RESERVED_PREFIXES:
            raise NotFound(f"No API route at /{path}")
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(dist):
            cache = "public, max-age=31536000, immutable" if path.startswith("assets/") else None
            headers = {"Cache-Control": cache} if cache else {}
            if _RUNNER_WORKER.match(path):
                headers["Content-Security-Policy"] = _RUNNER_CSP
            return FileResponse(candidate, headers=headers or None)
        index = dist / "index.html"
        if not index.is_file():
            return HTMLResponse(_MISSING_BUILD, status_code=503)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
