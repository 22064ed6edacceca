"""Runs a candidate's Python solution against test inputs, inside the sandbox.

Started by the server as `python3 -I -S -B harness.py` with the job as JSON on stdin; prints one
JSON object a line on its own copy of stdout: `loaded` or `load_error`, one `test` per input, and
`done`. It never sees expected outputs: the server judges the values outside the sandbox, so
whatever the candidate's code does in here can only change its own answers.

Self-contained on purpose (the standard library only, Python 3.8+): it runs under the system
interpreter, or Piston's, never the app's virtualenv. It is not the security boundary (bubblewrap
and the rlimits are); its audit hook only turns attempts to spawn processes, open sockets, load
native code or write outside /tmp into a clear "not allowed" verdict.
"""

import builtins
import io
import json
import math
import os
import signal
import sys
import time
from typing import Any

_dumps = json.dumps
_loads = json.loads
_clock = time.perf_counter
_BLOCKED_PREFIXES = (
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "os.kill",
    "os.killpg",
    "socket.",
    "ctypes.",
    "pty.",
    "os.setuid",
    "os.chroot",
    "sys.remote_exec",
)
_WRITE_EVENTS = ("os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown")
_OPEN_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


class NotAllowed(PermissionError):
    """What the sandbox's rules refuse; reported as the verdict `not_allowed`."""


class TimeLimit(BaseException):
    """Raised by the alarm when a test runs past its time; a BaseException so that a bare
    `except Exception` in the solution does not swallow it."""


def _inside_tmp(path: Any) -> bool:
    if isinstance(path, bytes):
        path = path.decode("utf-8", "replace")
    if not isinstance(path, str):
        return True  # a file descriptor already open
    return os.path.abspath(path).startswith("/tmp/")


def _writes(mode: Any, flags: Any) -> bool:
    if isinstance(mode, str) and any(letter in mode for letter in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & _OPEN_WRITE_FLAGS)


def _audit(event: str, args: tuple) -> None:
    if event.startswith(_BLOCKED_PREFIXES):
        raise NotAllowed(f"not allowed in the sandbox: {event}")
    writing = event == "open" and len(args) >= 3 and _writes(args[1], args[2])
    if writing and not _inside_tmp(args[0]):
        raise NotAllowed("not allowed in the sandbox: writing files outside /tmp")
    if event in _WRITE_EVENTS and args and not _inside_tmp(args[0]):
        raise NotAllowed(f"not allowed in the sandbox: {event} outside /tmp")


class _Capture(io.TextIOBase):
    """What the solution prints during one test, kept up to `limit` characters."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list = []
        self.size = 0
        self.truncated = False

    def write(self, text: Any) -> int:
        text = str(text)
        room = self.limit - self.size
        if len(text) > room:
            self.truncated = True
            text = text[: max(0, room)]
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def writable(self) -> bool:
        return True

    def text(self) -> str:
        return "".join(self.parts)


def _normalise(value: Any, depth: int = 0) -> Any:
    """A JSON-ready copy: tuples as lists, sets sorted, dict keys as strings, odd floats named."""
    if depth > 200:
        raise ValueError("the returned value is nested too deeply")
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple)):
        return [_normalise(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        items = [_normalise(item, depth + 1) for item in value]
        try:
            return sorted(items)
        except TypeError:
            return sorted(items, key=repr)
    if isinstance(value, dict):
        return {str(key): _normalise(item, depth + 1) for key, item in value.items()}
    return repr(value)


def _error_text(exc: BaseException) -> str:
    """`ZeroDivisionError: division by zero (line 4)`: the last line of the solution involved."""
    line = None
    trace = exc.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == "solution.py":
            line = trace.tb_lineno
        trace = trace.tb_next
    where = f" (line {line})" if line else ""
    return f"{type(exc).__name__}: {exc}{where}"[:2000]


class Harness:
    def __init__(self, job: dict, out: Any) -> None:
        self.job = job
        self.out = out
        self.stdout_limit = int(job.get("stdout_limit", 4096))
        self.value_limit = int(job.get("value_limit", 1_000_000))

    def emit(self, record: dict) -> None:
        self.out.write(_dumps(record) + "\n")
        self.out.flush()

    def arm(self, seconds: float) -> None:
        # Fires again every 50 ms, in case the solution catches the first TimeLimit.
        _ALARM["active"] = True
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), 0.05)

    def disarm(self) -> None:
        _ALARM["active"] = False
        signal.setitimer(signal.ITIMER_REAL, 0, 0)

    def load(self) -> Any:
        code = self.job["code"]
        try:
            compiled = compile(code, "solution.py", "exec")
        except (SyntaxError, ValueError) as exc:
            line = getattr(exc, "lineno", None)
            where = f" (line {line})" if line else ""
            message = getattr(exc, "msg", str(exc))
            self.emit({"event": "load_error", "kind": "syntax", "error": f"{message}{where}"})
            return None
        namespace = {"__name__": "solution", "__builtins__": builtins}
        capture = _Capture(self.stdout_limit)
        status, error = self.guarded(lambda: exec(compiled, namespace), capture, 2.0)
        if status != "ok":
            self.emit({"event": "load_error", "kind": status, "error": error})
            return None
        entry = namespace.get(self.job["entry"])
        if not callable(entry):
            kind = "class" if self.job["kind"] == "class" else "function"
            message = f"Define a {kind} named {self.job['entry']}"
            self.emit({"event": "load_error", "kind": "missing_entry", "error": message})
            return None
        self.emit({"event": "loaded"})
        return entry

    def guarded(self, action: Any, capture: _Capture, limit_s: float) -> tuple:
        """Run `action` with output captured and a time limit: (status, error text or result)."""
        sys.stdout = sys.stderr = capture
        self.arm(limit_s)
        try:
            return "ok", action()
        except TimeLimit:
            return "timeout", f"Time limit of {limit_s * 1000:.0f} ms exceeded"
        except MemoryError:
            return "memory", "MemoryError: the memory limit was exceeded"
        except RecursionError as exc:
            return "error", _error_text(exc)
        except NotAllowed as exc:
            return "not_allowed", str(exc)
        except BaseException as exc:  # the solution's own exceptions, SystemExit included
            return "error", _error_text(exc)
        finally:
            self.disarm()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__

    def call(self, entry: Any, args: Any) -> Any:
        if self.job["kind"] != "class":
            return entry(*args)
        (_, init_args), *calls = args
        instance = entry(*init_args)
        return [None] + [getattr(instance, name)(*values) for name, values in calls]

    def run_test(self, index: int, entry: Any, test: dict) -> str:
        args = _loads(test["args_json"])
        limit_s = float(test.get("time_limit_ms", 1000)) / 1000
        capture = _Capture(self.stdout_limit)
        started = _clock()
        status, result = self.guarded(lambda: self.call(entry, args), capture, limit_s)
        elapsed = (_clock() - started) * 1000
        record = {"event": "test", "index": index, "status": status, "time_ms": round(elapsed, 3)}
        if status == "ok":
            record.update(self.encode(result))
        else:
            record["error"] = result
        record["stdout"] = capture.text()
        record["stdout_truncated"] = capture.truncated
        self.emit(record)
        return str(record["status"])

    def encode(self, result: Any) -> dict:
        try:
            text = _dumps(_normalise(result))
        except (ValueError, TypeError, RecursionError) as exc:
            return {"status": "error", "error": f"The returned value cannot be read: {exc}"}
        if len(text) > self.value_limit:
            return {"status": "output_limit", "error": "The returned value is too large"}
        return {"value_json": text}

    def run(self) -> None:
        entry = self.load()
        if entry is None:
            return
        stop_large = False
        for index, test in enumerate(self.job["tests"]):
            if stop_large and test.get("large"):
                self.emit({"event": "test", "index": index, "status": "skipped", "time_ms": 0})
                continue
            status = self.run_test(index, entry, test)
            # A larger input after one that ran out of time would only time out again.
            stop_large = stop_large or (status == "timeout" and bool(test.get("large")))
        self.emit({"event": "done"})


_ALARM = {"active": False}


def _on_alarm(_signum: int, frame: Any) -> None:
    # Only inside the solution's own code: raised in the harness's bookkeeping (say while a huge
    # result is being freed after the limit) it would escape the harness.
    if not _ALARM["active"]:
        return
    while frame is not None:
        if frame.f_code.co_filename == "solution.py":
            raise TimeLimit()
        frame = frame.f_back


def main() -> None:
    job = _loads(sys.stdin.read())
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # raw writes to fd 1 cannot mix with the results
    sys.setrecursionlimit(int(job.get("recursion_limit", 10_000)))
    signal.signal(signal.SIGALRM, _on_alarm)
    harness = Harness(job, out)
    sys.addaudithook(_audit)
    try:
        harness.run()
    except BaseException as exc:  # the harness itself failed: say why where the server looks
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        os.write(2, f"harness: {type(exc).__name__}: {exc}\n".encode("utf-8", "replace"))
        os._exit(1)


if __name__ == "__main__":
    main()
