"""Scaled out, as a self-hoster runs it: 2 app processes and 1 arq worker on Postgres + Redis,
200 simulated candidates through whole interviews, and one app process killed mid-run.

    cd backend && ../.venv/bin/python -m bench.load [--candidates 200] [--think-s 10] \\
        [--ramp-s 60] [--kill-at 0.4] [--postgres-url URL] [--redis-url URL]

The processes are started with the Makefile's targets (`make migrate`, then `make serve-app
PORT=...` twice and `make worker`) on a fresh database (`bench_load` by default, created when
missing, its public schema emptied) and an emptied Redis database (9 by default). Each
candidate (asyncio + httpx, all concurrent, arriving over --ramp-s) registers, signs in,
uploads a resume (the test fixtures: PDF, DOCX, text), creates an interview of 5 questions,
watches its live events over the WebSocket, starts, answers every question asked (typed, a
pause of about --think-s before each), completes, waits until every answer is evaluated (live
events, or polls as the results page does), reads the results and the dashboard. Candidates
alternate between the two processes; a request that meets a connection error is sent to the
other one (bench.load_client). Once --kill-at of the answers are saved, one app process gets
SIGKILL; the run then checks in the database that every candidate completed, every answer was
saved exactly once and every evaluation is done.

Prints errors, p50/p99 per call type, the evaluation delay after completion, live events
received, CPU per process, and pass/fail against the targets: 0 errors, p99 <= 500 ms per call
type, every evaluation done within 10 s of completion, nothing lost after the kill. The load
runs on the same machine as the servers, so on a small shared machine the figures are
pessimistic. Logs stay in the folder printed at the start.
"""

import argparse
import asyncio
import os
import random
import secrets
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from redis import Redis

from bench.load_candidate import QUESTIONS, Candidate, Progress
from bench.load_client import Calls, Servers, Session
from bench.load_processes import Process, make, migrate, wait_quiet, wait_ready, wait_worker
from bench.load_report import (
    check,
    load_stored,
    print_calls,
    print_errors,
    print_evaluation,
    print_events,
    print_losses,
    run_id,
)
from bench.postgres import postgres_problem, prepare_postgres

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_load"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
APPS = 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(args: argparse.Namespace, folder: Path) -> dict[str, str]:
    drop = ("ENV", "LOG_LEVEL", "LOG_FORMAT", "PORT", "HOST", "MAKEFLAGS", "MAKELEVEL")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {
        "DATABASE_URL": args.postgres_url,
        "REDIS_URL": args.redis_url,
        "DATA_DIR": str(folder / "data"),
        "FRONTEND_DIST": str(folder / "no-frontend-build"),
        "SECRET_KEY": secrets.token_urlsafe(48),
    }


def start_processes(
    args: argparse.Namespace, folder: Path
) -> tuple[list[Process], list[str], Process]:
    """Migrate, then the app processes and the worker: (apps, their base URLs, worker), once
    all are ready and idle."""
    env = _env(args, folder)
    prepare_postgres(args.postgres_url)
    with Redis.from_url(args.redis_url) as redis:
        redis.flushdb()
    migrate(env, folder / "migrate.log")
    ports = [_free_port() for _ in range(APPS)]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    apps = [
        make(
            ["serve-app", f"PORT={port}", "HOST=127.0.0.1"], env, folder / f"app{n}.log", f"app{n}"
        )
        for n, port in enumerate(ports)
    ]
    worker = make(["worker"], env, folder / "worker.log", "worker")
    for process, base in zip(apps, bases, strict=True):
        wait_ready(process, base)
    wait_worker(worker, args.redis_url)
    wait_quiet([*apps, worker])
    return apps, bases, worker


@dataclass
class Run:
    """What one run produced, and the CPU each process spent on it (seconds)."""

    candidates: list[Candidate]
    calls: Calls
    notes: list[str] = field(default_factory=list)
    cpu_s: dict[str, float] = field(default_factory=dict)
    wall_s: float = 0.0


class CpuMeter:
    """CPU seconds each process spends from now on; a killed one's count stops at its kill."""

    def __init__(self, processes: list[Process]) -> None:
        self.processes = processes
        self.start = {p.name: p.cpu_seconds() for p in processes}
        self.final: dict[str, float] = {}

    def freeze(self, process: Process) -> None:
        self.final[process.name] = process.cpu_seconds() - self.start[process.name]

    def spent(self) -> dict[str, float]:
        for process in self.processes:
            if process.name not in self.final:
                self.freeze(process)
        return dict(self.final)


async def _kill_when(progress: Progress, victim: Process, meter: CpuMeter, run: Run) -> None:
    await progress.reached.wait()
    meter.freeze(victim)
    victim.kill()
    run.notes.append(f"killed {victim.name} (SIGKILL) after {progress.answers} answers")


def _candidates(args: argparse.Namespace, servers: Servers, progress: Progress) -> list[Candidate]:
    tag, rng = run_id(), random.Random(args.seed)
    return [
        Candidate(
            index=n,
            email=f"load-{tag}-{n}@example.com",
            session=Session(servers, prefer=n % len(servers.bases)),
            progress=progress,
            think_s=args.think_s,
            rng=random.Random(rng.random()),
        )
        for n in range(args.candidates)
    ]


async def drive(
    args: argparse.Namespace, bases: list[str], victim: Process, meter: CpuMeter
) -> Run:
    """Every candidate through its interview, arriving over --ramp-s; the victim killed once
    --kill-at of the answers are saved."""
    servers = Servers(bases, Calls())
    progress = Progress(target=max(1, int(args.kill_at * args.candidates * QUESTIONS)))
    run = Run(_candidates(args, servers, progress), servers.calls)
    killer = asyncio.create_task(_kill_when(progress, victim, meter, run))
    started, runs = time.perf_counter(), []
    for candidate in run.candidates:
        runs.append(asyncio.create_task(candidate.run()))
        await asyncio.sleep(args.ramp_s / args.candidates)
    await asyncio.gather(*runs)
    run.wall_s = time.perf_counter() - started
    if not killer.done():
        killer.cancel()
        run.notes.append(f"NOT KILLED: only {progress.answers} answers were saved")
    await servers.aclose()
    run.cpu_s = meter.spent() | {"bench": time.process_time()}
    return run


def _print_cpu(run: Run) -> None:
    load1, load5, _ = os.getloadavg()
    used = ", ".join(
        f"{name} {seconds:.0f} s ({seconds / max(run.wall_s, 1e-9):.0%} of a core)"
        for name, seconds in run.cpu_s.items()
    )
    print(f"CPU over the {run.wall_s:.0f} s run: {used}")
    print(f"load average after: {load1:.1f} (1 min), {load5:.1f} (5 min)")


def report(args: argparse.Namespace, run: Run) -> bool:
    losses = check(run.candidates, load_stored(args.postgres_url, "load-%@example.com"))
    errors_met = print_errors(run.calls)
    calls_met = print_calls(run.calls)
    print_events(run.candidates)
    evaluation_met = print_evaluation(run.candidates, losses)
    kept = print_losses(losses, len(run.candidates))
    _print_cpu(run)
    verdicts = {
        "0 errors": errors_met,
        "p99 <= 500 ms per call type": calls_met,
        "every evaluation within 10 s": evaluation_met,
        "nothing lost after the kill": kept,
    }
    for aim, met in verdicts.items():
        print(f"  {'PASS' if met else 'FAIL'}  {aim}")
    return all(verdicts.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--think-s", type=float, default=10.0, help="pause before each answer")
    parser.add_argument("--ramp-s", type=float, default=60.0, help="candidates arrive over this")
    parser.add_argument("--kill-at", type=float, default=0.4, help="share of answers saved")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    args = parser.parse_args()
    if problem := postgres_problem(args.postgres_url):
        raise SystemExit(f"no Postgres at {args.postgres_url}: {problem}")
    folder = Path(tempfile.mkdtemp(prefix="rehearse-load-"))
    load1, load5, _ = os.getloadavg()
    print(f"logs in {folder}")
    print(f"load average before: {load1:.1f} (1 min), {load5:.1f} (5 min) on {os.cpu_count()} CPUs")
    apps, bases, worker = start_processes(args, folder)
    try:
        meter = CpuMeter([*apps, worker])
        run = asyncio.run(drive(args, bases, apps[0], meter))
    finally:
        for process in [*apps, worker]:
            process.stop()
    print(
        f"{args.candidates} candidates, think {args.think_s:g} s, ramp {args.ramp_s:g} s, "
        f"{APPS} app processes + 1 worker"
    )
    for note in run.notes:
        print(f"  {note}")
    sys.exit(0 if report(args, run) else 1)


if __name__ == "__main__":
    main()
