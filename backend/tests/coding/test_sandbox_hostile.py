"""Hostile code in the sandbox: every attempt ends with a clear verdict, nothing escapes (the
machine's files, the app's data, the network, processes outside), and the server keeps serving.

Runs only where bubblewrap is installed (CI installs it): the server refuses to run code
without it, so there is nothing to test elsewhere."""

import asyncio
import time

import pytest

from app.coding.cases import Case
from app.coding.judge import Verdict, judge
from app.coding.problem_schemas import Comparison, TestKind
from app.coding.runners.base import Language, RunJob, TestInput
from app.coding.runners.local import LocalSandboxRunner
from app.core.config import CodeRunnerSettings
from tests.coding.helpers import requires_sandbox

pytestmark = [requires_sandbox, pytest.mark.usefixtures("without_database")]
SECRET = "rehearse-secret-7f3a"


def _case() -> Case:
    return Case("hostile", TestKind.NORMAL, "[]", None, 1000, None, "")


async def _verdict(
    runner: LocalSandboxRunner, language: Language, code: str, limit_ms: int = 1000
) -> tuple[Verdict, str]:
    """The run's verdict and everything the code managed to return, print or raise."""
    test = TestInput("[]", limit_ms)
    report = await runner.run(RunJob(language, code, "function", "f", [test]))
    judgement = judge([_case()], report, Comparison.EXACT)
    outcome = report.outcomes[0]
    seen = " ".join(
        str(part) for part in (outcome.value_json, outcome.stdout, outcome.error, report.load_error)
    )
    return judgement.verdict, seen


@pytest.fixture(scope="module")
def runner() -> LocalSandboxRunner:
    return LocalSandboxRunner(CodeRunnerSettings(cpu_time_s=4, wall_time_s=6, max_concurrency=2))


@pytest.fixture
def planted_secret(settings):
    """A file in the app's data directory the code must not be able to read."""
    path = settings.data_dir / "secret.txt"
    path.write_text(SECRET)
    return path


PYTHON = {
    "infinite loop": ("def f():\n    while True:\n        pass\n", {Verdict.TIME_LIMIT}),
    "loop that swallows the time limit": (
        "def f():\n    while True:\n        try:\n            while True:\n                pass\n"
        "        except BaseException:\n            pass\n",
        {Verdict.TIME_LIMIT},
    ),
    "fork bomb": (
        "import os\ndef f():\n    while True:\n        os.fork()\n",
        {Verdict.NOT_ALLOWED},
    ),
    "memory hog": (
        "def f():\n    hoard = []\n    while True:\n        hoard.append(bytearray(10**7))\n",
        {Verdict.MEMORY_LIMIT},
    ),
    "huge return value": (
        "def f():\n    return 'x' * 10**8\n",
        {Verdict.OUTPUT_LIMIT, Verdict.MEMORY_LIMIT},
    ),
    "endless printing": (
        "def f():\n    while True:\n        print('x' * 10000)\n",
        {Verdict.TIME_LIMIT},
    ),
    "reading /etc/passwd": (
        "def f():\n    return open('/etc/passwd').read()\n",
        {Verdict.RUNTIME_ERROR},
    ),
    "writing outside /tmp": (
        "def f():\n    open('/usr/evil', 'w').write('x')\n",
        {Verdict.NOT_ALLOWED},
    ),
    "opening a socket": (
        "import socket\ndef f():\n    return socket.create_connection(('1.1.1.1', 80), 2)\n",
        {Verdict.NOT_ALLOWED},
    ),
    "subprocess": (
        "import subprocess\ndef f():\n    return subprocess.run(['id']).returncode\n",
        {Verdict.NOT_ALLOWED},
    ),
    "os.system": ("import os\ndef f():\n    return os.system('id')\n", {Verdict.NOT_ALLOWED}),
    "ctypes": (
        "import ctypes\ndef f():\n    return ctypes.CDLL(None).getuid()\n",
        {Verdict.NOT_ALLOWED},
    ),
    "exit": ("import os\ndef f():\n    os._exit(0)\n", {Verdict.RUNTIME_ERROR}),
}

JAVASCRIPT = {
    "infinite loop": ("function f() { while (true) {} }", {Verdict.TIME_LIMIT}),
    "memory hog": (
        "function f() { const a = []; while (true) a.push(new Array(1e7).fill(1.5)); }",
        {Verdict.MEMORY_LIMIT},
    ),
    "buffers off the heap": (
        "function f() { const a = []; while (true) a.push(new ArrayBuffer(1e8)); }",
        {Verdict.MEMORY_LIMIT},
    ),
    "endless printing": (
        "function f() { while (true) console.log('x'.repeat(1e4)); }",
        {Verdict.TIME_LIMIT},
    ),
    "process and require": (
        "function f() { return process.mainModule.require('fs').readFileSync('/etc/passwd'); }",
        {Verdict.RUNTIME_ERROR},
    ),
    "escape through the constructor": (
        "function f() { const p = this.constructor.constructor('return process')();"
        " return p.mainModule.require('child_process').execSync('id').toString(); }",
        {Verdict.NOT_ALLOWED},
    ),
    "escape through a host function": (
        "function f() { const p = console.log.constructor('return process')();"
        " return p.mainModule.require('fs').readFileSync('/etc/passwd', 'utf8'); }",
        {Verdict.NOT_ALLOWED},
    ),
    "dynamic import": (
        "function f() { return import('fs').then((fs) => fs.readFileSync('/etc/passwd')); }",
        {Verdict.RUNTIME_ERROR},
    ),
    "eval": ("function f() { return eval('1 + 1'); }", {Verdict.NOT_ALLOWED}),
    "deep recursion": ("function f() { return f(); }", {Verdict.RUNTIME_ERROR}),
}


@pytest.mark.parametrize("name", PYTHON)
async def test_hostile_python_gets_a_clear_verdict_and_nothing_out(runner, planted_secret, name):
    code, verdicts = PYTHON[name]
    verdict, seen = await _verdict(runner, "python", code)
    assert verdict in verdicts, seen
    assert "root:" not in seen and SECRET not in seen


@pytest.mark.parametrize("name", JAVASCRIPT)
async def test_hostile_javascript_gets_a_clear_verdict_and_nothing_out(
    runner, planted_secret, name
):
    code, verdicts = JAVASCRIPT[name]
    # Filling the heap takes Node's collector a while: time enough to reach the limit.
    limit_ms = 4000 if Verdict.MEMORY_LIMIT in verdicts else 1000
    verdict, seen = await _verdict(runner, "javascript", code, limit_ms)
    assert verdict in verdicts, seen
    assert "root:" not in seen and "uid=" not in seen and SECRET not in seen


async def test_the_app_data_and_machine_are_invisible(runner, planted_secret, settings):
    listing = "import os\ndef f(path):\n    return sorted(os.listdir(path))\n"
    tests = [TestInput(f'["{path}"]', 1000) for path in ("/", str(settings.data_dir), "/etc")]
    report = await runner.run(RunJob("python", listing, "function", "f", tests))
    top, data_dir, etc = report.outcomes
    assert set(top.value) <= {"dev", "lib", "lib64", "bin", "proc", "tmp", "usr"}
    assert data_dir.status == etc.status == "error"
    assert "No such file" in (data_dir.error or "")


# Starts a Python of its own with no audit hook (`_posixsubprocess` raises no audit event), as
# escaping code would: only the sandbox (namespaces, rlimits) stands between it and the machine.
SPAWN = """import _posixsubprocess, os, sys, time
def spawn(source, out=-1):
    err_read, err_write = os.pipe()
    try:
        return _posixsubprocess.fork_exec(
            [sys.executable, "-c", source], [sys.executable.encode()], True,
            (out,) if out >= 0 else (), None, None, -1, -1, -1, out, -1, -1,
            err_read, err_write, True, False, 0, None, None, None, -1, None, False)
    except TypeError:
        return None  # this Python's fork_exec takes other arguments
"""


async def _unhooked(runner: LocalSandboxRunner, body: str) -> object:
    code = SPAWN + "def f():\n" + "".join(f"    {line}\n" for line in body.splitlines())
    report = await runner.run(RunJob("python", code, "function", "f", [TestInput("[]", 5000)]))
    value = report.outcomes[0].value
    if value == "no fork_exec":
        pytest.skip("this Python's _posixsubprocess.fork_exec takes other arguments")
    assert report.outcomes[0].status == "ok", report.outcomes[0].error
    return value


async def test_an_unhooked_process_finds_no_network_and_no_machine(runner, planted_secret):
    probe = (
        "import os, socket\n"
        "try:\n    socket.create_connection(('1.1.1.1', 80), 2)\n    print('connected')\n"
        "except OSError as e:\n    print('blocked', e.errno)\n"
        "print(os.getuid(), sorted(os.listdir('/')))\n"
        f"print(os.path.exists({str(planted_secret)!r}), os.path.exists('/etc/passwd'))\n"
    )
    body = f"""r, w = os.pipe()
pid = spawn({probe!r}, w)
if pid is None:
    return "no fork_exec"
os.close(w)
out = b""
while chunk := os.read(r, 4096):
    out += chunk
os.waitpid(pid, 0)
return out.decode()"""
    seen = str(await _unhooked(runner, body))
    assert seen.startswith("blocked"), seen
    assert "connected" not in seen and SECRET not in seen
    assert "65534" in seen and "False False" in seen


async def test_a_fork_bomb_past_the_audit_hook_stops_at_the_process_limit(runner):
    bomb = (
        "import os, time\nwhile True:\n    try:\n        os.fork()\n"
        "    except OSError:\n        time.sleep(0.05)\n"
    )
    body = f"""if spawn({bomb!r}) is None:
    return "no fork_exec"
time.sleep(1.5)
return len([entry for entry in os.listdir("/proc") if entry.isdigit()])"""
    processes = await _unhooked(runner, body)
    assert isinstance(processes, int) and processes <= 33


async def test_files_written_in_tmp_vanish_with_the_sandbox(runner):
    write = "def f():\n    open('/tmp/left', 'w').write('x')\n    return 'ok'\n"
    read = "import os\ndef f():\n    return os.path.exists('/tmp/left')\n"
    await runner.run(RunJob("python", write, "function", "f", [TestInput("[]", 1000)]))
    report = await runner.run(RunJob("python", read, "function", "f", [TestInput("[]", 1000)]))
    assert report.outcomes[0].value is False


async def test_the_server_keeps_serving_while_hostile_code_runs(client):
    runner = LocalSandboxRunner(CodeRunnerSettings(cpu_time_s=3, wall_time_s=4, max_concurrency=2))
    bombs = [
        runner.run(RunJob("python", PYTHON[name][0], "function", "f", [TestInput("[]", 2000)]))
        for name in ("infinite loop", "memory hog", "fork bomb")
    ]
    running = asyncio.gather(*bombs)
    latencies = []
    while not running.done():
        started = time.perf_counter()
        assert (await client.get("/healthz")).status_code == 200
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(0.02)
    reports = await running
    assert all(report.outcomes[0].status != "ok" for report in reports)
    assert len(latencies) > 10 and max(latencies) < 0.5
