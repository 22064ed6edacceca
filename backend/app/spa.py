"""Serve the built SPA: real files as they are, any other non-API path falls back to index.html."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse

from app.core.errors import NotFound

_RESERVED_PREFIXES = ("api", "docs", "redoc", "openapi.json", "healthz", "readyz")
_MISSING_BUILD = """<!doctype html><title>Rehearse</title>
<p>The web app has not been built yet. Run <code>make run</code> (or
<code>npm run build</code> in <code>frontend/</code>).
The API docs are at <a href="/docs">/docs</a>.</p>"""


_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def mount_spa(app: FastAPI, dist: Path) -> None:
    """Register last: unknown /api paths answer 404 in our error shape, never the SPA."""
    dist = dist.resolve()

    @app.api_route("/api/{path:path}", methods=_ALL_METHODS, include_in_schema=False)
    async def unknown_api_route(path: str):
        raise NotFound(f"No API route at /api/{path}")

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str):
        if path.split("/", 1)[0] in _RESERVED_PREFIXES:
            raise NotFound(f"No API route at /{path}")
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(dist):
            cache = "public, max-age=31536000, immutable" if path.startswith("assets/") else None
            return FileResponse(candidate, headers={"Cache-Control": cache} if cache else None)
        index = dist / "index.html"
        if not index.is_file():
            return HTMLResponse(_MISSING_BUILD, status_code=503)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})
