"""What runs a candidate's code: a job of test inputs in, what each test returned out.

A runner never judges: expected outputs stay on the server (`app.coding.judge`), so neither the
sandbox nor a hosted service ever holds them.
"""

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol

from app.core.errors import AppError

Language = Literal["python", "javascript"]
LANGUAGES: tuple[Language, ...] = ("python", "javascript")


class TestStatus(StrEnum):
    """How one test ended inside the sandbox (before its value is compared)."""

    __test__ = False  # not a pytest class

    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    NOT_ALLOWED = "not_allowed"
    OUTPUT_LIMIT = "output_limit"
    SKIPPED = "skipped"
    NOT_RUN = "not_run"


class LoadFailure(StrEnum):
    """Why the solution never got to run a test."""

    SYNTAX = "syntax"
    MISSING_ENTRY = "missing_entry"
    ERROR = "error"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    NOT_ALLOWED = "not_allowed"
    OUTPUT_LIMIT = "output_limit"
    CRASH = "crash"


@dataclass(frozen=True)
class TestInput:
    """One call: `args_json` is the JSON list of arguments (class problems: the operations)."""

    __test__ = False

    args_json: str
    time_limit_ms: int
    large: bool = False


@dataclass(frozen=True)
class RunJob:
    language: Language
    code: str
    kind: Literal["function", "class"]
    entry: str
    tests: list[TestInput]


@dataclass
class TestOutcome:
    __test__ = False

    status: TestStatus
    time_ms: float = 0.0
    value_json: str | None = None
    stdout: str = ""
    stdout_truncated: bool = False
    error: str | None = None

    @property
    def value(self) -> Any:
        return None if self.value_json is None else json.loads(self.value_json)


@dataclass
class RunReport:
    """Every test's outcome in job order, or why none ran (`load_failure`)."""

    outcomes: list[TestOutcome]
    load_failure: LoadFailure | None = None
    load_error: str | None = None
    runner: str = "local"
    wall_ms: float = 0.0
    notes: list[str] = field(default_factory=list)


class CodeRunner(Protocol):
    name: str

    async def run(self, job: RunJob) -> RunReport:
        """Run the job's tests in isolation and report each outcome."""
        ...


class SandboxUnavailable(AppError):
    status_code = 503
    code = "sandbox_unavailable"
    message = "Code cannot be run on this server right now."
