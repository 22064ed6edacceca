"""The processes of `bench.load`, started as a self-hoster starts them: `make migrate` once, then
`make serve-app PORT=...` per app process and `make worker`, each in a process group of its own
(make, the server it execs and the server's children) so that one signal ends all of it."""

import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from redis import Redis

REPO = Path(__file__).resolve().parents[2]
WORKER_HEALTH_KEY = "arq:queue:health-check"  # written by an arq worker once it polls
START_TIMEOUT_S = 300.0


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    @property
    def group(self) -> int:
        return self.popen.pid  # start_new_session: the leader's pid is the group id

    def kill(self) -> None:
        """SIGKILL to the whole group: no shutdown, as when a machine or container dies."""
        os.killpg(self.group, signal.SIGKILL)
        self.popen.wait()

    def stop(self) -> None:
        if self.popen.poll() is not None:
            return
        os.killpg(self.group, signal.SIGTERM)
        try:
            self.popen.wait(30)
        except subprocess.TimeoutExpired:
            self.kill()

    def cpu_seconds(self) -> float:
        """User + system CPU time of every live process of the group."""
        total = 0.0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == self.group:
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total


def make(target: list[str], env: dict[str, str], log: Path, name: str) -> Process:
    with log.open("ab") as output:
        popen = subprocess.Popen(
            ["make", "--no-print-directory", "-s", *target],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Process(name, popen, log)


def migrate(env: dict[str, str], log: Path) -> None:
    with log.open("ab") as output:
        subprocess.run(
            ["make", "--no-print-directory", "-s", "migrate"],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=True,
        )


def wait_ready(process: Process, base: str) -> None:
    """Until the app answers /readyz (its database is reachable)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.popen.poll() is not None:
            raise SystemExit(f"{process.name} stopped; see {process.log}")
        try:
            if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{process.name} did not get ready; see {process.log}")


def wait_worker(process: Process, redis_url: str) -> None:
    """Until the worker has polled the queue once."""
    deadline = time.monotonic() + START_TIMEOUT_S
    with Redis.from_url(redis_url) as redis:
        while time.monotonic() < deadline:
            if process.popen.poll() is not None:
                raise SystemExit(f"{process.name} stopped; see {process.log}")
            if redis.exists(WORKER_HEALTH_KEY):
                return
            time.sleep(0.2)
    raise SystemExit(f"{process.name} did not start; see {process.log}")


def wait_quiet(processes: list[Process], *, timeout_s: float = 180) -> None:
    """Until they all spend under 10% of a core, twice in a row (start-up work is done: the
    models the app loads in the background, the resume parsers' warm-up)."""
    deadline, quiet = time.monotonic() + timeout_s, 0
    while time.monotonic() < deadline and quiet < 2:
        before = sum(p.cpu_seconds() for p in processes)
        time.sleep(0.5)
        used = sum(p.cpu_seconds() for p in processes) - before
        quiet = quiet + 1 if used < 0.05 * len(processes) else 0
