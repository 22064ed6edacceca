"""Start a sandboxed process off the event loop, feed it, read it within bounds, kill it on
overrun: a wall-clock timeout and an output limit end the whole process group."""

import asyncio
import contextlib
import os
import signal
import time
from dataclasses import dataclass

STDERR_KEEP_BYTES = 16 * 1024
READ_CHUNK = 64 * 1024


@dataclass
class Finished:
    stdout: bytes
    stderr: bytes
    returncode: int | None
    timed_out: bool
    output_exceeded: bool
    wall_ms: float


def _kill_group(process: asyncio.subprocess.Process) -> None:
    # bwrap's own child dies with it (--die-with-parent), taking the sandbox's PID namespace.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        process.kill()


async def _read_bounded(stream: asyncio.StreamReader, limit: int, exceeded: asyncio.Event) -> bytes:
    data = bytearray()
    while chunk := await stream.read(READ_CHUNK):
        room = limit - len(data)
        data.extend(chunk[: max(0, room)])
        if len(chunk) > room:
            exceeded.set()
            break
    return bytes(data)


async def _feed(process: asyncio.subprocess.Process, payload: bytes) -> None:
    assert process.stdin is not None
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        process.stdin.write(payload)
        await process.stdin.drain()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        process.stdin.close()


async def _ends_in_time(
    process: asyncio.subprocess.Process,
    reading: "asyncio.Task[bytes]",
    overrun: "asyncio.Task[bool]",
    deadline: float,
) -> bool:
    """False when the output did not end, or the process did not exit, before the deadline."""
    done, _ = await asyncio.wait(
        {reading, overrun},
        timeout=max(0.0, deadline - time.perf_counter()),
        return_when=asyncio.FIRST_COMPLETED,
    )
    if not done:
        return False
    if overrun in done:
        return True
    try:
        await asyncio.wait_for(process.wait(), timeout=max(0.01, deadline - time.perf_counter()))
    except TimeoutError:
        return False
    return True


async def run_bounded(
    command: list[str], payload: bytes, *, wall_s: float, output_bytes: int
) -> Finished:
    """Run `command` with `payload` on stdin; stdout kept up to `output_bytes` (more kills it),
    the end of stderr kept, and the group killed after `wall_s` seconds."""
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,
    )
    assert process.stdout is not None and process.stderr is not None
    exceeded = asyncio.Event()
    feeding = asyncio.create_task(_feed(process, payload))
    reading = asyncio.create_task(_read_bounded(process.stdout, output_bytes, exceeded))
    errors = asyncio.create_task(_read_bounded(process.stderr, STDERR_KEEP_BYTES, asyncio.Event()))
    overrun = asyncio.create_task(exceeded.wait())
    try:
        timed_out = not await _ends_in_time(process, reading, overrun, started + wall_s)
        if timed_out or exceeded.is_set():
            _kill_group(process)
        stdout = await reading
        stderr = await errors
        await process.wait()
    finally:
        if process.returncode is None:
            _kill_group(process)
            await process.wait()
        for task in (feeding, overrun):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
    return Finished(
        stdout=stdout,
        stderr=stderr,
        returncode=process.returncode,
        timed_out=timed_out,
        output_exceeded=exceeded.is_set(),
        wall_ms=(time.perf_counter() - started) * 1000,
    )
