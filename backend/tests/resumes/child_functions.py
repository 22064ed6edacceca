"""Extraction stand-ins run in the child process by the time-limit tests (they must be importable
by name, so they live in a module rather than inside the tests)."""

import os
import time
from pathlib import Path

from app.resumes.documents.errors import ScannedDocument


def spin_forever(pid_file: str) -> None:
    """A pure-Python busy loop, like a parser stuck on a hostile PDF."""
    Path(pid_file).write_text(str(os.getpid()))
    while True:
        pass


def sleep_then_return(pid_file: str, seconds: float) -> str:
    Path(pid_file).write_text(str(os.getpid()))
    time.sleep(seconds)
    return "done"


def echo(value: object) -> object:
    return value


def raise_scanned() -> None:
    raise ScannedDocument()


def raise_unexpected() -> None:
    raise KeyError("/Root")


def exhaust_memory() -> bytes:
    return bytes(4 * 1024 * 1024 * 1024)


def exit_abruptly() -> None:
    os._exit(3)
