"""The admin interview list and a candidate's dashboard over 10,000 interviews of 50
candidates: p50 and p95 of each request, through the app (httpx's ASGI transport, in process).

    cd backend && ../.venv/bin/python -m bench.read_models [--sqlite | --postgres]
        [--interviews 10000] [--candidates 50] [--requests 200]

Data (`bench.read_model_data`): bulk inserts into a fresh database migrated to head, a
temporary SQLite file and Postgres at --postgres-url (a `bench_read_models` database by default,
created when missing, its public schema emptied first), then the stored scores computed by the
migration's backfill; both are timed. Postgres is then vacuumed and analyzed, as autovacuum
would soon. Each request is warmed up, then sent --requests times one after another; a response
other than 200 stops the bench. Beside each p50 and p95, the CPU time of this process per
request (client included): on a shared machine, latency grows with the load average (printed)
and the CPU time much less. `GET /api/auth/me` is timed first as a baseline: a request that
reads one row.

Measured: the admin list's first page; a filtered and sorted page (completed, score 50-90,
highest first, page 5); a candidate's name searched (lowest score first, page 2); the
dashboard's stats, history (first page) and progress of a candidate with 200 interviews.

Targets: admin list p95 <= 100 ms, dashboard p95 <= 100 ms (each request), on both databases.
Exits 1 when one is missed.
"""

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median, quantiles

from alembic.config import Config
from httpx import ASGITransport, AsyncClient
from sqlalchemy import create_engine, text

from alembic import command
from app.core.config import Settings
from app.main import create_app
from bench.postgres import postgres_problem, prepare_postgres
from bench.read_model_data import ADMIN_EMAIL, PASSWORD, candidate_email, seed

BACKEND = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_read_models"
TARGET_P95_MS = 100.0
WARM_UP = 10
ADMIN_REQUESTS = {
    "admin list, first page": "/api/admin/interviews",
    "admin list, filtered+sorted": "/api/admin/interviews?status=completed&min_score=50"
    "&max_score=90&sort=-overall&page=5",
    "admin list, candidate search": "/api/admin/interviews?candidate=candidate%20{number:02d}"
    "&sort=overall&page=2",
}
MEASURED_CANDIDATE = 7
BASELINE = "baseline: GET /api/auth/me"
DASHBOARD_REQUESTS = {
    "dashboard stats": "/api/dashboard/stats",
    "dashboard history": "/api/dashboard/history",
    "dashboard progress": "/api/dashboard/progress",
}


@dataclass(frozen=True)
class Timing:
    label: str
    p50_ms: float
    p95_ms: float
    cpu_ms: float

    @property
    def met(self) -> bool:
        return self.p95_ms <= TARGET_P95_MS


def _urls(database: str, folder: Path, postgres_url: str) -> tuple[str, str]:
    """(the app's async URL, a sync URL for seeding) of a fresh database migrated to head."""
    if database == "postgres":
        prepare_postgres(postgres_url)
        app_url, sync_url = postgres_url, postgres_url
    else:
        app_url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
        sync_url = f"sqlite:///{folder / 'bench.db'}"
    config = Config(str(BACKEND / "alembic.ini"))
    config.set_main_option("script_location", str(BACKEND / "alembic"))
    config.set_main_option("sqlalchemy.url", app_url)
    config.attributes["configure_logger"] = False
    command.upgrade(config, "head")
    return app_url, sync_url


def _seed(sync_url: str, database: str, args: argparse.Namespace) -> None:
    engine = create_engine(sync_url)
    try:
        seeded = seed(engine, interviews=args.interviews, candidates=args.candidates)
        if database == "postgres":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()
    print(
        f"{database}: {seeded.interviews} interviews, {seeded.questions} questions, "
        f"{seeded.answers} answers inserted in {seeded.insert_s:.1f} s; "
        f"stored scores backfilled in {seeded.backfill_s:.1f} s",
        flush=True,
    )


async def _headers(http: AsyncClient, email: str) -> dict[str, str]:
    response = await http.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _time(http: AsyncClient, label: str, url: str, headers: dict[str, str], n: int) -> Timing:
    for _ in range(WARM_UP):
        (await http.get(url, headers=headers)).raise_for_status()
    times = []
    cpu = time.process_time()
    for _ in range(n):
        started = time.perf_counter()
        response = await http.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    cpu_ms = (time.process_time() - cpu) * 1000 / n
    return Timing(label, median(times), quantiles(times, n=20)[-1], cpu_ms)


async def _measure(app_url: str, folder: Path, args: argparse.Namespace) -> list[Timing]:
    settings = Settings(
        _env_file=None,
        database_url=app_url,
        data_dir=folder,
        frontend_dist=folder / "no-frontend-build",
        secret_key=secrets.token_urlsafe(48),
        redis_url=None,
        log_level="WARNING",
    )
    app = create_app(settings)
    timings = []
    try:
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://bench") as http:
            number = MEASURED_CANDIDATE % args.candidates
            admin = await _headers(http, ADMIN_EMAIL)
            candidate = await _headers(http, candidate_email(number))
            timings.append(await _time(http, BASELINE, "/api/auth/me", candidate, args.requests))
            for label, url in ADMIN_REQUESTS.items():
                url = url.format(number=number)
                timings.append(await _time(http, label, url, admin, args.requests))
            for label, url in DASHBOARD_REQUESTS.items():
                timings.append(await _time(http, label, url, candidate, args.requests))
    finally:
        await app.state.task_runner.close()
        await app.state.engine.dispose()
    return timings


def bench_database(database: str, args: argparse.Namespace) -> bool:
    """Seed `database`, measure every request, print the figures; True if all on target."""
    if database == "postgres" and (problem := postgres_problem(args.postgres_url)):
        print(f"postgres: not measured, no server at {args.postgres_url} ({problem})")
        return False
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        app_url, sync_url = _urls(database, folder, args.postgres_url)
        _seed(sync_url, database, args)
        timings = asyncio.run(_measure(app_url, folder, args))
    load1, _, _ = os.getloadavg()
    print(f"{database}: {args.requests} requests each, one at a time (load average {load1:.1f})")
    for timing in timings:
        verdict = "" if timing.label == BASELINE else "met" if timing.met else "MISSED"
        print(
            f"  {timing.label:<30} p50 {timing.p50_ms:6.1f} ms   p95 {timing.p95_ms:6.1f} ms"
            f"   CPU {timing.cpu_ms:5.1f} ms/request   {verdict}",
            flush=True,
        )
    return all(timing.met for timing in timings if timing.label != BASELINE)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sqlite", action="store_true", help="SQLite only")
    which.add_argument("--postgres", action="store_true", help="Postgres only")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200, help="timed requests of each kind")
    args = parser.parse_args()
    databases = ["sqlite"] if args.sqlite else ["postgres"] if args.postgres else []
    databases = databases or ["sqlite", "postgres"]
    load1, load5, _ = os.getloadavg()
    print(f"load average before: {load1:.1f} (1 min), {load5:.1f} (5 min) on {os.cpu_count()} CPUs")
    results = [bench_database(database, args) for database in databases]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
