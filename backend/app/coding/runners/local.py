"""The local sandbox: bubblewrap and rlimits around the system's Python or Node.

At most `max_concurrency` sandboxes run at once (the rest wait), each in its own process
started with asyncio, so ten submissions at once neither block the event loop nor take every
core. Without bubblewrap (or where it cannot make a sandbox) nothing runs: `SandboxUnavailable`,
never the candidate's code unsandboxed.
"""

import asyncio
import json
import logging
import os
from functools import partial

import anyio

from app.coding.runners.base import (
    Language,
    RunJob,
    RunReport,
    SandboxUnavailable,
)
from app.coding.sandbox.command import Limits, Tools, build_command
from app.coding.sandbox.mounts import mount_plan, resolve_binary
from app.coding.sandbox.process import run_bounded
from app.coding.sandbox.protocol import parse_report
from app.core.config import CodeRunnerSettings

logger = logging.getLogger(__name__)
STDOUT_PER_TEST = 4096
VALUE_LIMIT = 2_000_000
INSTALL_HINT = "install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap)"


def _tools(settings: CodeRunnerSettings, language: Language) -> Tools:
    """The programs a run needs, or `SandboxUnavailable` naming the missing one."""
    bwrap = resolve_binary("bwrap")
    if bwrap is None:
        raise SandboxUnavailable(f"Code cannot run here: {INSTALL_HINT}.")
    prlimit = resolve_binary("prlimit")
    setpriv = resolve_binary("setpriv")
    if prlimit is None or (os.geteuid() == 0 and setpriv is None):
        raise SandboxUnavailable("Code cannot run here: install util-linux (prlimit, setpriv).")
    # Python: the configured system interpreter only, never whichever `python3` comes first on
    # PATH (the app's virtualenv, say). Node: the configured path, else the one on PATH.
    if language == "python":
        interpreter, setting = resolve_binary(settings.python_path), "CODE_RUNNER__PYTHON_PATH"
    else:
        interpreter = resolve_binary(settings.node_path) or resolve_binary("node")
        setting = "CODE_RUNNER__NODE_PATH"
    if interpreter is None:
        raise SandboxUnavailable(f"Code cannot run here: no {language} interpreter ({setting}).")
    return Tools(bwrap=bwrap, prlimit=prlimit, setpriv=setpriv, interpreter=interpreter)


def job_payload(job: RunJob, *, stdout_limit: int = STDOUT_PER_TEST) -> bytes:
    """The harness's stdin: the code, the entry point and each test's arguments."""
    return json.dumps(
        {
            "code": job.code,
            "kind": job.kind,
            "entry": job.entry,
            "stdout_limit": stdout_limit,
            "value_limit": VALUE_LIMIT,
            "tests": [
                {"args_json": t.args_json, "time_limit_ms": t.time_limit_ms, "large": t.large}
                for t in job.tests
            ],
        }
    ).encode()


class LocalSandboxRunner:
    name = "local"

    def __init__(self, settings: CodeRunnerSettings) -> None:
        self.settings = settings
        self.limits = Limits(cpu_s=settings.cpu_time_s, memory_mb=settings.memory_mb)
        self._slots = asyncio.Semaphore(settings.max_concurrency)
        self._checked: dict[Language, str | None] = {}

    async def _command(self, language: Language) -> list[str]:
        tools = _tools(self.settings, language)
        python = tools.interpreter if language == "python" else None
        plan = await anyio.to_thread.run_sync(
            mount_plan, (tools.interpreter, tools.prlimit), python
        )
        return await anyio.to_thread.run_sync(build_command, tools, plan, language, self.limits)

    async def _ensure_works(self, language: Language, command: list[str]) -> None:
        """Once per language: a trivial job must run, or the sandbox cannot be made here
        (user namespaces disabled, say) and we say so instead of failing every submission."""
        if language not in self._checked:
            probe = RunJob(language, _PROBES[language], "function", "probe", [])
            finished = await run_bounded(
                command, job_payload(probe), wall_s=self.settings.wall_time_s, output_bytes=65536
            )
            ok = b'"loaded"' in finished.stdout
            reason = None if ok else finished.stderr.decode("utf-8", "replace").strip()[-300:]
            self._checked[language] = reason
            if reason is not None:
                logger.error("The %s sandbox does not start: %s", language, reason)
        if (reason := self._checked[language]) is not None:
            raise SandboxUnavailable(f"The code sandbox cannot start on this server: {reason}")

    async def run(self, job: RunJob) -> RunReport:
        """Run every test of the job in one sandboxed process. Encoding the job and reading
        the results (megabytes for large inputs) happen in a worker thread."""
        command = await self._command(job.language)
        payload = await anyio.to_thread.run_sync(job_payload, job)
        async with self._slots:
            await self._ensure_works(job.language, command)
            finished = await run_bounded(
                command,
                payload,
                wall_s=self.settings.wall_time_s,
                output_bytes=self.settings.output_kb * 1024,
            )
        report = await anyio.to_thread.run_sync(
            partial(
                parse_report,
                finished.stdout,
                finished.stderr,
                finished.returncode,
                test_count=len(job.tests),
                timed_out=finished.timed_out,
                output_exceeded=finished.output_exceeded,
                cpu_s=self.limits.cpu_s,
            )
        )
        report.runner = self.name
        report.wall_ms = finished.wall_ms
        return report


_PROBES: dict[Language, str] = {
    "python": "def probe():\n    return 1\n",
    "javascript": "function probe() { return 1; }\n",
}
