"""Job description parsing figures: the parse time of hostile descriptions and of real ones, and
how fast a real server answers /healthz while hostile descriptions are being parsed.

    cd backend && ../.venv/bin/python -m bench.job_parsing [--repeats 5] [--parses 4]

Hostile: each input below took seconds to minutes before the parser was made linear ("5+ years
10-15 years 3 years " repeated: 14 s). Real: the shipped catalog (app/data/jobs.json, 74
postings), each parsed `--repeats` times (its median counts), and the catalog joined into one
posting at the size limit. The server is the real app (uvicorn, a temporary SQLite DATA_DIR,
started as bench.recording does); `--parses` hostile previews are sent at once while /healthz is
asked every 10 ms.
"""

import argparse
import asyncio
import itertools
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx

from app.jobs.catalog import CATALOG_FILE
from app.jobs.parsed import MAX_JOB_DESCRIPTION_CHARS
from app.jobs.parsing import parse_job_description
from app.skills.taxonomy import get_taxonomy
from bench.recording import _free_port, start_server

AIM_HOSTILE_MS = 200.0
AIM_HEALTHZ_MS = 100.0
PROBE_INTERVAL_S = 0.01


def _repeat(unit: str, length: int = 29_000) -> str:
    return (unit * (length // len(unit) + 1))[:length]


HOSTILE = {
    '"5+ years 10-15 years 3 years " x 29k': _repeat("5+ years 10-15 years 3 years "),
    '"5 years-" x 29k': _repeat("5 years-"),
    '"5+ years a plus. " x 29k': _repeat("5+ years a plus. "),
    '"Python (a plus) " x 29k': _repeat("Python (a plus) "),
    '"# Skills # # # ... x" 29k': "# Skills" + _repeat(" #", 28_990) + " x",
    '"R, R, ..., Python" 29k': _repeat("R, ") + "Python",
    # Linear, but the slowest we know: every one-letter skill needs its context checked.
    '"R R R ..." 29k': _repeat("R "),
}


def _time(function: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def bench_parsing(repeats: int) -> None:
    get_taxonomy()
    print(f"Parse time (best of {repeats}; aim < {AIM_HOSTILE_MS:.0f} ms for hostile input)")
    for name, text in HOSTILE.items():
        best = min(_time(partial(parse_job_description, text), repeats)) * 1000
        print(f"  hostile {name:40} {best:8.1f} ms")
    catalog = json.loads(CATALOG_FILE.read_text(encoding="utf-8"))
    medians = [
        statistics.median(
            _time(partial(parse_job_description, entry["description"], entry["title"]), repeats)
        )
        * 1000
        for entry in catalog
    ]
    lengths = [len(entry["description"]) for entry in catalog]
    print(
        f"  catalog: {len(catalog)} postings of {min(lengths)}-{max(lengths)} characters: "
        f"p50 {statistics.median(medians):.1f} ms, max {max(medians):.1f} ms"
    )
    joined = "\n\n".join(entry["description"] for entry in catalog)[:MAX_JOB_DESCRIPTION_CHARS]
    best = min(_time(lambda: parse_job_description(joined), repeats)) * 1000
    print(f"  catalog joined into one posting of {len(joined)} characters: {best:.1f} ms")


async def _sign_in(http: httpx.AsyncClient) -> None:
    account = {"email": "bench@example.com", "password": "bench-password-1", "full_name": "Bench"}
    (await http.post("/api/auth/register", json=account)).raise_for_status()
    login = await http.post("/api/auth/login", json={k: account[k] for k in ("email", "password")})
    login.raise_for_status()
    http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"


def _statuses(counts: Counter) -> str:
    return ", ".join(f"{n} x HTTP {status}" for status, n in sorted(counts.items()))


async def _healthz_while(http: httpx.AsyncClient, texts: list[str]) -> None:
    previews = [
        asyncio.ensure_future(http.post("/api/job-descriptions/preview", json={"text": text}))
        for text in texts
    ]
    started = time.perf_counter()
    latencies, answered = [], [started]
    while not all(preview.done() for preview in previews):
        sent = time.perf_counter()
        (await http.get("/healthz")).raise_for_status()
        answered.append(time.perf_counter())
        latencies.append((answered[-1] - sent) * 1000)
        await asyncio.sleep(PROBE_INTERVAL_S)
    finished = time.perf_counter() - started
    statuses = Counter([(await preview).status_code for preview in previews])
    silence = max(later - earlier for earlier, later in itertools.pairwise(answered)) * 1000
    cut = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else latencies * 19
    print(
        f"  {len(texts)} previews ({_statuses(statuses)}) answered in "
        f"{finished:.2f} s; /healthz x{len(latencies)}: p50 {statistics.median(latencies):.1f} "
        f"ms, p95 {cut[18]:.1f} ms, max {max(latencies):.1f} ms; longest without an answer "
        f"{silence:.0f} ms"
    )


async def bench_server(parses: int) -> None:
    print(f"/healthz on a real server while hostile input parses (aim < {AIM_HEALTHZ_MS:.0f} ms)")
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        server = start_server(Path(folder), port)
        try:
            base_url = f"http://127.0.0.1:{port}"
            async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
                await _sign_in(http)
                # Builds the skills taxonomy and sets the route up: once per process.
                short = "Backend engineer, 5+ years of Python and PostgreSQL."
                (
                    await http.post("/api/job-descriptions/preview", json={"text": short})
                ).raise_for_status()
                for name in ('"5+ years 10-15 years 3 years " x 29k', '"R R R ..." 29k'):
                    print(f"  input {name}:")
                    for count in (1, parses):
                        await _healthz_while(http, [HOSTILE[name]] * count)
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--parses", type=int, default=4, help="hostile previews sent at once")
    args = parser.parse_args()
    bench_parsing(args.repeats)
    asyncio.run(bench_server(args.parses))


if __name__ == "__main__":
    main()
