"""CPU per `GET /api/interviews/{id}` with the app called directly as an ASGI callable: no
server, no sockets, no load generator sharing the cores, so a change to the app's own
per-request work shows even on a busy machine (`bench.api` measures what a client sees).

    cd backend && ../.venv/bin/python -m bench.api_direct [--postgres] [--requests 3000]

Prints the process's CPU ms per request for the interview and for a bare FastAPI hello app
called the same way, best of --rounds rounds.
"""

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from bench.api import DEFAULT_POSTGRES_URL, QUESTIONS, _migrated_env
from bench.api_profile import _wait_quiet

Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def _scope(path: str, headers: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }


async def _cpu_ms_per_request(app: Asgi, path: str, headers: dict[str, str], n: int) -> float:
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    started = time.process_time()
    for _ in range(n):
        await app(_scope(path, headers), receive, send)
    spent = time.process_time() - started
    assert set(status) == {200}, set(status)
    return spent * 1000 / n


async def _seed(app: Any) -> tuple[str, dict[str, str]]:
    account = {"email": "bench@example.com", "password": "bench-password-1", "full_name": "Bench"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        (await http.post("/api/auth/register", json=account)).raise_for_status()
        login = await http.post(
            "/api/auth/login", json={k: account[k] for k in ("email", "password")}
        )
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        created = await http.post(
            "/api/interviews",
            json={"role": "Backend engineer", "question_count": QUESTIONS, "seed": 7},
            headers=headers,
        )
        created.raise_for_status()
        path = f"/api/interviews/{created.json()['id']}"
        (await http.post(f"{path}/start", headers=headers)).raise_for_status()
    return path, headers


async def _run(args: argparse.Namespace) -> None:
    import logging

    from app.main import create_app
    from bench.hello_app import app as hello

    app = create_app()
    logging.getLogger().handlers = [logging.NullHandler()]  # the line is built, not printed
    async with app.router.lifespan_context(app):
        path, headers = await _seed(app)
        # The models warm up on a thread of this process, whose CPU time counts here too.
        await _wait_quiet()
        await _cpu_ms_per_request(app, path, headers, 200)
        await _cpu_ms_per_request(hello, "/hello", {}, 200)
        ours_runs = [
            await _cpu_ms_per_request(app, path, headers, args.requests) for _ in range(args.rounds)
        ]
        hello_runs = [
            await _cpu_ms_per_request(hello, "/hello", {}, args.requests)
            for _ in range(args.rounds)
        ]
    source = f" (the app from {args.app_dir})" if args.app_dir else ""
    ours, hello_ms = min(ours_runs), min(hello_runs)
    print(
        f"direct{source}: interview {ours:.3f} ms CPU/request, hello {hello_ms:.3f}"
        f" ({ours / hello_ms:.1f}x), best of {args.rounds} x {args.requests}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--app-dir", type=Path, help="serve the `app` package found here instead")
    args = parser.parse_args()
    if args.app_dir:
        sys.path.insert(0, str(args.app_dir))
    with tempfile.TemporaryDirectory() as name:
        env = _migrated_env(
            "postgres" if args.postgres else "sqlite", Path(name), args.postgres_url
        )
        os.environ.update(env)
        for key in ("REDIS_URL", "LOG_LEVEL", "ENV"):
            os.environ.pop(key, None)
        asyncio.run(_run(args))


if __name__ == "__main__":
    main()
