"""Piston (https://github.com/engineer-man/piston) as the code runner: the same harness and job
are sent to `POST {base}/api/v2/execute` and Piston's `run.stdout` is read like the local
sandbox's output. Any failure (unreachable, an HTTP error, an unexpected reply) is logged and the
job runs in the local sandbox instead, so a submission is never lost to the cloud.

Request: {language, version, files: [{name, content}], stdin, args, run_timeout,
compile_timeout, run_memory_limit}. Reply: {language, version, run: {stdout, stderr, code,
signal, output}}.
"""

import asyncio
import logging
import time
from typing import Any

import httpx

from app.adapters.http import ExternalServiceError, json_object, send_with_retries
from app.coding.runners.base import CodeRunner, Language, RunJob, RunReport
from app.coding.runners.local import job_payload
from app.coding.sandbox.command import harness_source
from app.coding.sandbox.protocol import parse_report
from app.core.config import CodeRunnerSettings

logger = logging.getLogger(__name__)
LABEL = "Piston execute"
_PISTON_LANGUAGE: dict[Language, tuple[str, str]] = {
    "python": ("python", "main.py"),
    "javascript": ("javascript", "main.js"),
}


class PistonError(ExternalServiceError):
    pass


class PistonRunner:
    name = "piston"

    def __init__(self, settings: CodeRunnerSettings, fallback: CodeRunner) -> None:
        if not settings.base_url:
            raise ValueError("CODE_RUNNER__BASE_URL is required with CODE_RUNNER__PROVIDER=piston")
        self.settings = settings
        self.base_url = settings.base_url.rstrip("/")
        self.fallback = fallback
        self._slots = asyncio.Semaphore(settings.max_concurrency)

    def _body(self, job: RunJob) -> dict[str, Any]:
        language, filename = _PISTON_LANGUAGE[job.language]
        version = (
            self.settings.piston_python_version
            if job.language == "python"
            else self.settings.piston_node_version
        )
        return {
            "language": language,
            "version": version,
            "files": [{"name": filename, "content": harness_source(job.language)}],
            "stdin": job_payload(job).decode(),
            "args": [],
            "compile_timeout": 10_000,
            "run_timeout": self.settings.piston_run_timeout_ms,
            "compile_memory_limit": -1,
            "run_memory_limit": self.settings.memory_mb * 1024 * 1024,
        }

    async def _execute(self, job: RunJob) -> dict[str, Any]:
        headers = {"Authorization": self.settings.api_key} if self.settings.api_key else {}
        url = f"{self.base_url}/api/v2/execute"
        body = self._body(job)
        async with httpx.AsyncClient(timeout=self.settings.timeout_s) as client:
            response = await send_with_retries(
                client,
                lambda: client.build_request("POST", url, json=body, headers=headers),
                label=LABEL,
                max_retries=self.settings.max_retries,
                error=PistonError,
                auth_hint="check CODE_RUNNER__API_KEY",
            )
        reply = json_object(response, label=LABEL, error=PistonError)
        run = reply.get("run")
        if not isinstance(run, dict) or not isinstance(run.get("stdout"), str):
            raise PistonError("invalid_response", f"{LABEL}: the reply has no run.stdout")
        return run

    async def run(self, job: RunJob) -> RunReport:
        """Run on Piston; on any failure, in the local sandbox (with a logged warning)."""
        started = time.perf_counter()
        try:
            async with self._slots:
                run = await self._execute(job)
        except PistonError as exc:
            logger.warning("Piston failed, running the code in the local sandbox: %s", exc)
            report = await self.fallback.run(job)
            report.notes.append(f"Piston was unavailable ({exc.kind}); ran in the local sandbox")
            return report
        killed = run.get("signal") == "SIGKILL"
        code = run.get("code")
        report = parse_report(
            run["stdout"].encode(),
            str(run.get("stderr") or "").encode(),
            code if isinstance(code, int) else None,
            test_count=len(job.tests),
            timed_out=killed,
            output_exceeded=False,
            cpu_s=self.settings.cpu_time_s,
        )
        report.runner = self.name
        report.wall_ms = (time.perf_counter() - started) * 1000
        return report
