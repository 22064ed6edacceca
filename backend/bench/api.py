"""`GET /api/interviews/{id}` (5 questions) beside a bare FastAPI hello endpoint, each on one
uvicorn worker under 64 connections: requests/s, p50 and p99 of both, and how they compare.

    cd backend && ../.venv/bin/python -m bench.api [--sqlite | --postgres] [--seconds 10]
    cd backend && ../.venv/bin/python -m bench.api --profile [--postgres] [--seconds 10]

The app is served as `make run` serves it (uvicorn's defaults but the asyncio event loop, access
log and INFO logging on) on a fresh database: a temporary SQLite file, and Postgres at
--postgres-url (a `bench_api` database by default, created when missing, its public schema
emptied first). A candidate and
one started interview of 5 questions are made through the API. The hello app runs on the same
uvicorn settings, measured before and after the app (averaged, as the machine may be shared).
Each server is measured once it has gone quiet (the models the app warms up in the background
are loaded) and after a short warm-up load. Load: wrk, else the asyncio client of
`bench.http_load`; it shares the machine's cores with the server. CPU is the server process's
CPU time per request served.

To compare with the code before a change under the same conditions, copy that code's `app`
package somewhere and run both, one after the other: `--app-dir /tmp/before` serves it instead.

Targets: the interview's throughput >= 0.3 of hello's, and its p99 <= 3x hello's p99.

--profile serves the app inside this process instead and prints where its event loop's thread
spends the time under the same load (pyinstrument; cProfile when pyinstrument is missing).
"""

import argparse
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.http_load import Load, drive
from bench.postgres import postgres_problem, prepare_postgres

BACKEND = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_api"
AIM_THROUGHPUT_RATIO = 0.3
AIM_P99_RATIO = 3.0
WARM_UP_S = 2.0
QUESTIONS = 5


@dataclass(frozen=True)
class Measured:
    load: Load
    cpu_ms_per_request: float


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_quiet(pid: int, *, timeout_s: float = 180) -> None:
    """Until the process spends under 10% of a core, twice in a row (start-up work is done)."""
    deadline, quiet = time.monotonic() + timeout_s, 0
    while time.monotonic() < deadline and quiet < 2:
        before = _cpu_seconds(pid)
        time.sleep(0.5)
        quiet = quiet + 1 if _cpu_seconds(pid) - before < 0.05 else 0


def _app_env(database_url: str, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "LOG_LEVEL", "ENV")}
    env |= {
        "DATABASE_URL": database_url,
        "DATA_DIR": str(folder),
        "FRONTEND_DIST": str(folder / "no-frontend-build"),
        "SECRET_KEY": secrets.token_urlsafe(48),
    }
    return env


def _migrated_env(database: str, folder: Path, postgres_url: str) -> dict[str, str]:
    if database == "postgres":
        prepare_postgres(postgres_url)
        url = postgres_url
    else:
        url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    env = _app_env(url, folder)
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )
    return env


@contextmanager
def _serving(target: list[str], env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """A uvicorn server for `target` in a child process: (its base URL, its pid)."""
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", *target, "--host", "127.0.0.1", "--loop", "asyncio"]
    with log.open("ab") as output:
        server = subprocess.Popen(
            [*command, "--port", str(port)], cwd=BACKEND, env=env, stdout=output, stderr=output
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1200):
            try:
                httpx.get(f"{base}/docs", timeout=5)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    raise SystemExit(f"the server stopped; see {log}") from None
                time.sleep(0.1)
        yield base, server.pid
    finally:
        server.terminate()
        server.wait(30)


def _seed(base: str) -> tuple[str, dict[str, str]]:
    """A signed-in candidate's started interview of 5 questions: (its path, auth headers)."""
    account = {"email": "bench@example.com", "password": "bench-password-1", "full_name": "Bench"}
    with httpx.Client(base_url=base, timeout=120) as http:
        http.post("/api/auth/register", json=account).raise_for_status()
        login = http.post("/api/auth/login", json={k: account[k] for k in ("email", "password")})
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        created = http.post(
            "/api/interviews",
            json={"role": "Backend engineer", "question_count": QUESTIONS, "seed": 7},
            headers=headers,
        )
        created.raise_for_status()
        interview = created.json()
        assert len(interview["questions"]) == QUESTIONS, interview["questions"]
        path = f"/api/interviews/{interview['id']}"
        http.post(f"{path}/start", headers=headers).raise_for_status()
        http.get(path, headers=headers).raise_for_status()
    return path, headers


def _measure(url: str, pid: int, headers: dict[str, str], args: argparse.Namespace) -> Measured:
    _wait_quiet(pid)
    drive(url, seconds=WARM_UP_S, connections=args.connections, headers=headers)
    before = _cpu_seconds(pid)
    load = drive(url, seconds=args.seconds, connections=args.connections, headers=headers)
    cpu_ms = (_cpu_seconds(pid) - before) * 1000 / max(1, load.requests)
    return Measured(load, cpu_ms)


def _average(first: Measured, second: Measured) -> Measured:
    a, b = first.load, second.load
    load = Load(
        requests=a.requests + b.requests,
        errors=a.errors + b.errors,
        seconds=a.seconds + b.seconds,
        p50_ms=(a.p50_ms + b.p50_ms) / 2,
        p99_ms=(a.p99_ms + b.p99_ms) / 2,
    )
    return Measured(load, (first.cpu_ms_per_request + second.cpu_ms_per_request) / 2)


def _line(label: str, measured: Measured) -> str:
    load = measured.load
    return (
        f"  {label:<10} {load.per_second:8.0f} req/s   p50 {load.p50_ms:7.1f} ms   "
        f"p99 {load.p99_ms:7.1f} ms   CPU {measured.cpu_ms_per_request:5.2f} ms/request   "
        f"errors {load.errors}"
    )


def bench_database(database: str, args: argparse.Namespace) -> bool:
    """Measure hello, then the interview on `database`; print both; True if on target."""
    if database == "postgres" and (problem := postgres_problem(args.postgres_url)):
        print(f"postgres: not measured, no server at {args.postgres_url} ({problem})")
        return False
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = _migrated_env(database, folder, args.postgres_url)
        app_target = ["app.main:create_app", "--factory"]
        if args.app_dir:
            app_target += ["--app-dir", str(args.app_dir)]
        with _serving(["bench.hello_app:app"], env, folder / "hello.log") as (base, pid):
            before = _measure(f"{base}/hello", pid, {}, args)
        with _serving(app_target, env, folder / "app.log") as (base, pid):
            path, headers = _seed(base)
            interview = _measure(f"{base}{path}", pid, headers, args)
        # Hello again: the machine is shared, so hello is measured on both sides and averaged.
        with _serving(["bench.hello_app:app"], env, folder / "hello.log") as (base, pid):
            after = _measure(f"{base}/hello", pid, {}, args)
    hello = _average(before, after)
    throughput = interview.load.per_second / max(hello.load.per_second, 1e-9)
    p99 = interview.load.p99_ms / max(hello.load.p99_ms, 1e-9)
    met = throughput >= AIM_THROUGHPUT_RATIO and p99 <= AIM_P99_RATIO
    met = met and interview.load.errors == 0 and hello.load.errors == 0
    source = f", the app from {args.app_dir}" if args.app_dir else ""
    print(f"{database}: {args.connections} connections, {args.seconds:g} s each{source}")
    print(_line("hello", hello))
    print(_line("interview", interview))
    print(
        f"  throughput {throughput:.2f} of hello's (aim >= {AIM_THROUGHPUT_RATIO}), "
        f"p99 {p99:.1f}x hello's (aim <= {AIM_P99_RATIO:g}x): {'met' if met else 'MISSED'}",
        flush=True,
    )
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sqlite", action="store_true", help="SQLite only")
    which.add_argument("--postgres", action="store_true", help="Postgres only")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--profile", action="store_true", help="where one process spends it")
    parser.add_argument(
        "--app-dir",
        type=Path,
        help="serve the `app` package found here instead (another checkout, e.g. the code "
        "before a change, to compare both under the same conditions)",
    )
    args = parser.parse_args()
    if args.profile:
        from bench.api_profile import profile

        profile("postgres" if args.postgres else "sqlite", args)
        return
    databases = ["sqlite"] if args.sqlite else ["postgres"] if args.postgres else []
    databases = databases or ["sqlite", "postgres"]
    load1, load5, _ = os.getloadavg()
    print(f"load average before: {load1:.1f} (1 min), {load5:.1f} (5 min) on {os.cpu_count()} CPUs")
    results = [bench_database(database, args) for database in databases]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
