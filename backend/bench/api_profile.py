"""`python -m bench.api --profile`: the app served inside this process under the bench's load,
with its event loop's thread profiled for the measured seconds only (not start-up, not the
warm-up), so the report shows where one `GET /api/interviews/{id}` spends its CPU."""

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from bench.api import WARM_UP_S, _free_port, _migrated_env, _seed
from bench.http_load import Load, drive


class _Profiler:
    """pyinstrument when installed (statistical, whole stacks), else cProfile."""

    def __init__(self) -> None:
        try:
            from pyinstrument import Profiler
        except ImportError:
            self._pyinstrument = None
            self._cprofile = cProfile.Profile()
        else:
            self._pyinstrument = Profiler(interval=0.0005, async_mode="disabled")

    def start(self) -> None:
        if self._pyinstrument is not None:
            self._pyinstrument.start()
        else:
            self._cprofile.enable()

    def stop(self) -> None:
        if self._pyinstrument is not None:
            self._pyinstrument.stop()
        else:
            self._cprofile.disable()

    def report(self) -> str:
        if self._pyinstrument is not None:
            show_all = os.environ.get("PROFILE_SHOW_ALL") == "1"
            return self._pyinstrument.output_text(unicode=True, color=False, show_all=show_all)
        out = io.StringIO()
        pstats.Stats(self._cprofile, stream=out).sort_stats("cumulative").print_stats(50)
        return out.getvalue()


@contextmanager
def _output_to(path: Path) -> Iterator[None]:
    """The server's logs go to a file, so the report is not buried in access log lines."""
    saved = [os.dup(1), os.dup(2)]
    with path.open("ab") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            for fd, copy in zip((1, 2), saved, strict=True):
                os.dup2(copy, fd)
                os.close(copy)


async def _wait_quiet() -> None:
    """Until this process spends under 10% of a core, twice in a row (start-up work is done)."""
    deadline, quiet = time.monotonic() + 180, 0
    while time.monotonic() < deadline and quiet < 2:
        before = time.process_time()
        await asyncio.sleep(0.5)
        quiet = quiet + 1 if time.process_time() - before < 0.05 else 0


async def _serve_and_profile(args: argparse.Namespace, profiler: _Profiler) -> Load:
    port = _free_port()
    config = uvicorn.Config("app.main:create_app", factory=True, host="127.0.0.1", port=port)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            await serving
            raise SystemExit("the server stopped during start-up")
        await asyncio.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    # The loop keeps serving while these block: they run in threads.
    path, headers = await asyncio.to_thread(_seed, base)
    await _wait_quiet()
    url = f"{base}{path}"
    connections = args.connections
    await asyncio.to_thread(drive, url, seconds=WARM_UP_S, connections=connections, headers=headers)
    profiler.start()
    load = await asyncio.to_thread(
        drive, url, seconds=args.seconds, connections=connections, headers=headers
    )
    profiler.stop()
    server.should_exit = True
    await serving
    return load


def profile(database: str, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = _migrated_env(database, folder, args.postgres_url)
        os.environ.update(env)
        for key in ("REDIS_URL", "LOG_LEVEL", "ENV"):
            os.environ.pop(key, None)
        profiler = _Profiler()
        with _output_to(folder / "server.log"):
            load = _run(args, profiler)
    print(profiler.report())
    print(
        f"{database}: {load.per_second:.0f} req/s under the profiler, p50 {load.p50_ms:.1f} ms, "
        f"p99 {load.p99_ms:.1f} ms, errors {load.errors} (the profiler slows the process down)"
    )


def _run(args: argparse.Namespace, profiler: _Profiler) -> Load:
    try:
        import uvloop
    except ImportError:
        return asyncio.run(_serve_and_profile(args, profiler))
    return uvloop.run(_serve_and_profile(args, profiler))
