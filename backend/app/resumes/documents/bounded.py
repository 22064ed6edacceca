"""Run a document extractor in a child process that is killed when it overruns its time.

A hostile PDF can keep pypdf busy in a pure-Python loop; no thread or asyncio timeout can stop
that, but killing a process can. Children come from a fork server (a small process that has
already imported pypdf and python-docx), which is cheap per call and avoids forking the
multi-threaded server process itself."""

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from typing import Any

from app.resumes.documents.errors import (
    DOCUMENT_ERRORS,
    CorruptDocument,
    DocumentTooLarge,
    ParsingTimedOut,
)

logger = logging.getLogger(__name__)

MAX_CHILD_MEMORY_BYTES = 1024 * 1024 * 1024
MAX_CONCURRENT_CHILDREN = max(os.cpu_count() or 2, 2)
_POLL_SECONDS = 0.1
_PRELOAD = ["app.resumes.extraction"]

_FORKSERVER = "forkserver" in multiprocessing.get_all_start_methods()
_context: ForkServerContext | SpawnContext = (
    multiprocessing.get_context("forkserver")
    if _FORKSERVER
    else multiprocessing.get_context("spawn")
)
if _FORKSERVER:
    _context.set_forkserver_preload(_PRELOAD)
_children = threading.BoundedSemaphore(MAX_CONCURRENT_CHILDREN)
# Threads that only wait on children (or on a free slot) get their own pool, so a burst of
# uploads cannot starve the event loop's default executor.
_waiters = ThreadPoolExecutor(max_workers=32, thread_name_prefix="document-extraction")


async def run_bounded(function: Callable[..., Any], *args: Any, timeout_s: float) -> Any:
    """`function(*args)` in a child process, killed after `timeout_s` (ParsingTimedOut).

    `function` must be importable by name (a module-level function). Errors from
    `app.resumes.documents.errors` raised in the child are raised again here."""
    cancelled = threading.Event()
    try:
        outcome = await asyncio.get_running_loop().run_in_executor(
            _waiters, _run_child, function, args, timeout_s, cancelled
        )
    except asyncio.CancelledError:
        cancelled.set()  # the worker thread kills the child within _POLL_SECONDS
        raise
    return _unwrap(outcome)


def warm_up() -> None:
    """Start the fork server now (about half a second) instead of on the first upload."""
    if _FORKSERVER:
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _run_child(
    function: Callable[..., Any], args: tuple, timeout_s: float, cancelled: threading.Event
) -> tuple:
    while not _children.acquire(timeout=_POLL_SECONDS):
        if cancelled.is_set():
            return ("cancelled",)
    try:
        return _start_and_wait(function, args, timeout_s, cancelled)
    finally:
        _children.release()


def _start_and_wait(
    function: Callable[..., Any], args: tuple, timeout_s: float, cancelled: threading.Event
) -> tuple:
    receiver, sender = _context.Pipe(duplex=False)
    process = _context.Process(target=_child_main, args=(sender, function, args), daemon=True)
    try:
        process.start()  # the first call also starts the fork server: not counted in the limit
        deadline = time.monotonic() + timeout_s
        sender.close()
        while not cancelled.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return ("timeout",)
            if receiver.poll(min(remaining, _POLL_SECONDS)):
                try:
                    return receiver.recv()
                except EOFError:
                    return ("died", process.exitcode)
        return ("cancelled",)
    finally:
        # Also once the result is in: the child has nothing left to do, and its orderly exit
        # (freeing its heap) would only delay the answer.
        if process.pid is not None:
            process.kill()
            process.join()
        receiver.close()


def _unwrap(outcome: tuple) -> Any:
    match outcome:
        case ("ok", value):
            return value
        case ("error", name, message):
            raise DOCUMENT_ERRORS.get(name, CorruptDocument)(message)
        case ("timeout",):
            raise ParsingTimedOut()
        case ("cancelled",):
            raise asyncio.CancelledError()
        case _:
            logger.warning("Document extraction child process died: %s", outcome)
            raise CorruptDocument()


def _child_main(connection: Connection, function: Callable[..., Any], args: tuple) -> None:
    _limit_memory()
    try:
        outcome: tuple = ("ok", function(*args))
    except MemoryError:
        outcome = ("error", DocumentTooLarge.__name__, DocumentTooLarge.message)
    except Exception as exc:
        outcome = _error_outcome(exc)
    connection.send(outcome)
    connection.close()


def _error_outcome(exc: Exception) -> tuple:
    name = type(exc).__name__
    if DOCUMENT_ERRORS.get(name) is type(exc):
        return ("error", name, str(exc))
    logger.warning("Unexpected error while extracting a document", exc_info=exc)
    return ("error", CorruptDocument.__name__, CorruptDocument.message)


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MAX_CHILD_MEMORY_BYTES, MAX_CHILD_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):  # not available on this platform
        pass
