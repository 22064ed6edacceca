"""Coding rounds in figures: how long the server takes to verify a submission, how the API
answers while ten are verified at once, and how many hostile programs escape the sandbox.

    cd backend && ../.venv/bin/python -m bench.coding [--problems 48] [--concurrent 10]

1. Server verification: every shipped problem's reference (Python, then JavaScript) run over
   all its hidden tests in the local sandbox and judged, as a submission is (cases made, run,
   judged, linted); p50/p95 per submission. Aim: p95 <= 3 s.
2. A real server (uvicorn, a temporary SQLite DATA_DIR, started as bench.recording does): ten
   candidates submit at once while another reads an interview every 20 ms; the reads' p50/p95.
3. Hostile programs (both languages): reading the machine's and the app's files, the network,
   writing outside /tmp, processes, escapes from Node's vm. An escape is any secret, password
   line or file of the machine reaching the program's output, or a file it wrote on the host.
   Aim: 0.
"""

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from app.coding.cases import hidden_cases, run_job
from app.coding.catalog import shipped_problems
from app.coding.judge import judge
from app.coding.lint import assess
from app.coding.problem_schemas import ProblemCreate
from app.coding.runners.base import Language, RunJob, TestInput
from app.coding.runners.local import LocalSandboxRunner
from app.core.config import CodeRunnerSettings
from bench.recording import _free_port, start_server

AIM_P95_S = 3.0
PASSWORD = "bench-password-1"


def _quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {statistics.median(ordered):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s"


async def _verify(runner: LocalSandboxRunner, problem: ProblemCreate, language: Language) -> float:
    started = time.perf_counter()
    tests = [test.model_dump(mode="json") for test in problem.tests]
    cases = await asyncio.to_thread(hidden_cases, tests, time_limit_ms=problem.time_limit_ms)
    code = getattr(problem.reference, language)
    report = await runner.run(run_job(problem.signature, language, code, cases))
    judgement = await asyncio.to_thread(judge, cases, report, problem.comparison)
    await asyncio.to_thread(assess, code, language)
    if judgement.verdict != "accepted":
        print(f"  ! {problem.slug} ({language}): {judgement.verdict}")
    return time.perf_counter() - started


async def bench_verification(count: int) -> None:
    runner = LocalSandboxRunner(CodeRunnerSettings())
    problems = shipped_problems()[:count]
    await _verify(runner, problems[0], "python")  # the sandbox's first start is checked once
    await _verify(runner, problems[0], "javascript")
    print(
        f"Server verification per submission ({len(problems)} problems; aim p95 <= {AIM_P95_S} s)"
    )
    everything = []
    for language in ("python", "javascript"):
        times = [await _verify(runner, problem, language) for problem in problems]
        everything += times
        print(f"  {language:10} {_quantiles(times)}")
    print(f"  {'both':10} {_quantiles(everything)}")


async def _candidate(http: httpx.AsyncClient, number: int) -> dict[str, str]:
    email = f"bench-coder-{number}-{uuid.uuid4().hex[:6]}@example.com"
    account = {"email": email, "password": PASSWORD, "full_name": f"Coder {number}"}
    (await http.post("/api/auth/register", json=account)).raise_for_status()
    login = await http.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    login.raise_for_status()
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


async def _coding_submission(http: httpx.AsyncClient, headers: dict[str, str]) -> tuple[str, str]:
    """A started coding round; (its question's URL, the reference solution to submit)."""
    body = {"role": "Backend engineer", "coding": {"problems": 1, "only": True}}
    created = await http.post("/api/interviews", headers=headers, json=body)
    created.raise_for_status()
    interview = created.json()
    await http.post(f"/api/interviews/{interview['id']}/start", headers=headers)
    question = interview["questions"][0]["id"]
    url = f"/api/coding/interviews/{interview['id']}/questions/{question}"
    slug = (await http.get(url, headers=headers)).json()["problem"]["slug"]
    problem = next(p for p in shipped_problems() if p.slug == slug)
    return url, problem.reference.python


async def bench_concurrent(concurrent: int) -> None:
    print(f"{concurrent} submissions at once on a real server, another user reading meanwhile")
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        server = start_server(Path(folder), port)
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=300) as http:
                await _concurrent(http, concurrent)
        finally:
            server.terminate()
            server.wait(timeout=30)


async def _concurrent(http: httpx.AsyncClient, concurrent: int) -> None:
    coders = [await _candidate(http, n) for n in range(concurrent)]
    rounds = [await _coding_submission(http, headers) for headers in coders]
    reader = await _candidate(http, concurrent)
    body = {"role": "Backend engineer", "coding": {"problems": 1, "only": True}}
    created = await http.post("/api/interviews", headers=reader, json=body)
    probe_url = f"/api/interviews/{created.json()['id']}"

    async def submit(headers: dict[str, str], url: str, code: str) -> tuple[int, float, str]:
        started = time.perf_counter()
        response = await http.post(
            f"{url}/submissions", headers=headers, json={"code": code, "language": "python"}
        )
        verdict = response.json().get("verdict", response.text[:80])
        return response.status_code, time.perf_counter() - started, verdict

    work = asyncio.gather(*(submit(h, *r) for h, r in zip(coders, rounds, strict=True)))
    latencies = []
    while not work.done():
        started = time.perf_counter()
        (await http.get(probe_url, headers=reader)).raise_for_status()
        latencies.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(0.02)
    results = await work
    verdicts = {verdict for _, _, verdict in results}
    judged = [status for status, _, _ in results].count(201)
    print(f"  submissions: {judged}/{concurrent} judged, verdicts {sorted(verdicts)}")
    print(f"  submission time: {_quantiles([t for _, t, _ in results])}")
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(
        f"  GET /api/interviews/{{id}} meanwhile x{len(ordered)}: p50 "
        f"{statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms, max {ordered[-1]:.0f} ms"
    )


SECRET = "bench-secret-" + uuid.uuid4().hex
_PY: Language = "python"
_JS: Language = "javascript"
HOSTILE: dict[str, tuple[Language, str]] = {
    "read /etc/passwd": (_PY, "def f(p):\n    return open('/etc/passwd').read()\n"),
    "read the app's data": (_PY, "def f(p):\n    return open(p).read()\n"),
    "list the machine": (_PY, "import os\ndef f(p):\n    return os.listdir('/home')\n"),
    "write outside /tmp": (_PY, "def f(p):\n    open(p + '.escaped', 'w').write('x')\n"),
    "connect out": (
        _PY,
        "import socket\ndef f(p):\n    return socket.create_connection(('1.1.1.1', 80), 2)\n",
    ),
    "raw socket": (
        _PY,
        "import _socket\ndef f(p):\n    s = _socket.socket()\n    s.connect(('1.1.1.1', 80))\n",
    ),
    "subprocess": (
        _PY,
        "import subprocess\ndef f(p):\n    return subprocess.check_output(['cat', p]).decode()\n",
    ),
    "os.system": (_PY, "import os\ndef f(p):\n    return os.system('cat /etc/passwd')\n"),
    "ctypes": (_PY, "import ctypes\ndef f(p):\n    return ctypes.CDLL(None).system(b'id')\n"),
    "fork bomb": (_PY, "import os\ndef f(p):\n    while True:\n        os.fork()\n"),
    "memory hog": (
        _PY,
        "def f(p):\n    a = []\n    while True:\n        a.append(bytearray(10**7))\n",
    ),
    "infinite loop": (_PY, "def f(p):\n    while True:\n        pass\n"),
    "huge output": (_PY, "def f(p):\n    while True:\n        print('x' * 10**5)\n"),
    "js read file": (_JS, "function f(p) { return require('fs').readFileSync(p, 'utf8'); }"),
    "js process": (
        _JS,
        "function f(p) { return process.mainModule.require('fs').readFileSync(p, 'utf8'); }",
    ),
    "js constructor escape": (
        _JS,
        "function f(p) { const q = this.constructor.constructor('return process')();"
        " return q.mainModule.require('fs').readFileSync(p, 'utf8'); }",
    ),
    "js host function escape": (
        _JS,
        "function f(p) { const q = console.log.constructor('return process')();"
        " return q.mainModule.require('child_process').execSync('cat ' + p).toString(); }",
    ),
    "js import": (_JS, "async function f(p) { return (await import('fs')).readFileSync(p); }"),
    "js memory hog": (
        _JS,
        "function f(p) { const a = []; while (true) a.push(new Array(1e7).fill(1.5)); }",
    ),
    "js infinite loop": (_JS, "function f(p) { while (true) {} }"),
}


async def bench_hostile() -> None:
    runner = LocalSandboxRunner(CodeRunnerSettings(cpu_time_s=4, wall_time_s=6))
    with tempfile.TemporaryDirectory() as folder:
        secret = Path(folder) / "secret.txt"
        secret.write_text(SECRET)
        escapes = 0
        print(f"Hostile programs in the sandbox ({len(HOSTILE)}; aim 0 escapes)")
        for name, (language, code) in HOSTILE.items():
            args = f'["{secret}"]'
            job = RunJob(language, code, "function", "f", [TestInput(args, 2000)])
            report = await runner.run(job)
            outcome = report.outcomes[0]
            parts = (outcome.value_json, outcome.stdout, outcome.error, report.load_error)
            seen = " ".join(str(part) for part in parts)
            written = await asyncio.to_thread(os.path.exists, f"{secret}.escaped")
            escaped = SECRET in seen or "root:" in seen or written
            escapes += escaped
            verdict = report.load_failure or outcome.status
            print(f"  {name:26} {verdict!s:12} {'ESCAPED' if escaped else 'contained'}")
        print(f"  escapes: {escapes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--problems", type=int, default=len(shipped_problems()))
    parser.add_argument("--concurrent", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(bench_verification(args.problems))
    asyncio.run(bench_concurrent(args.concurrent))
    asyncio.run(bench_hostile())


if __name__ == "__main__":
    main()
