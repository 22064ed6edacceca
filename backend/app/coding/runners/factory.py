"""The code runner the settings ask for, made once per app and injected with `Depends`."""

from typing import Annotated

from fastapi import Depends, Request

from app.coding.runners.base import CodeRunner
from app.coding.runners.local import LocalSandboxRunner
from app.coding.runners.piston import PistonRunner
from app.core.config import CodeRunnerSettings


def create_code_runner(settings: CodeRunnerSettings) -> CodeRunner:
    """Piston when configured, always with the local sandbox behind it; else the sandbox."""
    local = LocalSandboxRunner(settings)
    if settings.provider == "piston":
        return PistonRunner(settings, fallback=local)
    return local


def get_code_runner(request: Request) -> CodeRunner:
    """The app's runner, made on first use (its concurrency limit is shared by all requests)."""
    runner: CodeRunner | None = getattr(request.app.state, "code_runner", None)
    if runner is None:
        runner = create_code_runner(request.app.state.settings.code_runner)
        request.app.state.code_runner = runner
    return runner


CodeRunnerDep = Annotated[CodeRunner, Depends(get_code_runner)]
