"""Read a harness's output lines into a `RunReport`, and name what ended a run early.

The harness prints `loaded` or `load_error`, a `test` per input and `done`. When the process
dies first (a CPU or wall-clock overrun, Node running out of heap, too much output), the test
that was running gets that reason and the tests after it are `not_run`.
"""

import json
import signal
from typing import Any

from app.coding.runners.base import LoadFailure, RunReport, TestOutcome, TestStatus

_MEMORY_SIGNS = ("heap out of memory", "allocation failed", "memoryerror", "out of memory")
_STATUSES = {status.value for status in TestStatus}
_LOAD_FAILURES = {failure.value for failure in LoadFailure}
_SIGNALS = {int(sig) for sig in signal.Signals}
MAX_TEXT = 4000


def _events(stdout: bytes) -> tuple[list[dict[str, Any]], bool]:
    """The JSON objects printed, and whether anything else was printed among them."""
    events: list[dict[str, Any]] = []
    garbled = False
    for line in stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            garbled = True
            continue
        if isinstance(event, dict):
            events.append(event)
        else:
            garbled = True
    return events, garbled


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _outcome(event: dict[str, Any]) -> TestOutcome:
    status = str(event.get("status"))
    value_json = event.get("value_json")
    return TestOutcome(
        status=TestStatus(status) if status in _STATUSES else TestStatus.ERROR,
        time_ms=float(event.get("time_ms") or 0.0),
        value_json=value_json if isinstance(value_json, str) else None,
        stdout=_text(event.get("stdout")),
        stdout_truncated=bool(event.get("stdout_truncated")),
        error=_text(event["error"]) if event.get("error") else None,
    )


def _death(
    stderr: str, returncode: int | None, *, timed_out: bool, output_exceeded: bool, cpu_s: int
) -> tuple[TestStatus, str]:
    """Why the process ended before the harness said `done`."""
    if output_exceeded:
        return TestStatus.OUTPUT_LIMIT, "The program printed more than the output limit"
    if timed_out or returncode == 128 + signal.SIGXCPU:
        return TestStatus.TIMEOUT, f"The run went past its time limit ({cpu_s} s of CPU)"
    lowered = stderr.lower()
    if any(sign in lowered for sign in _MEMORY_SIGNS):
        return TestStatus.MEMORY, "The program ran out of memory"
    if returncode is not None and returncode > 128:
        name = signal.Signals(returncode - 128).name if returncode - 128 in _SIGNALS else "?"
        return TestStatus.ERROR, f"The program was killed by signal {name}"
    tail = stderr.strip().splitlines()[-1:] or [""]
    detail = f": {_text(tail[0], 300)}" if tail[0] else ""
    return TestStatus.ERROR, f"The program stopped early (exit code {returncode}){detail}"


def parse_report(
    stdout: bytes,
    stderr: bytes,
    returncode: int | None,
    *,
    test_count: int,
    timed_out: bool,
    output_exceeded: bool,
    cpu_s: int,
) -> RunReport:
    """Each test's outcome in order; a run cut short gives the rest its reason."""
    events, garbled = _events(stdout)
    notes = ["The program wrote to the harness's output"] if garbled else []
    failed = _load_error(events, test_count)
    if failed is not None:
        failed.notes = notes
        return failed
    ran = _ran(events, test_count)
    report = RunReport(
        [ran.get(i, TestOutcome(TestStatus.NOT_RUN)) for i in range(test_count)], notes=notes
    )
    if any(event.get("event") == "done" for event in events) and len(ran) == test_count:
        return report
    status, message = _death(
        stderr.decode("utf-8", "replace"),
        returncode,
        timed_out=timed_out,
        output_exceeded=output_exceeded,
        cpu_s=cpu_s,
    )
    if not any(event.get("event") == "loaded" for event in events):
        report.load_failure = _load_failure(status)
        report.load_error = message
        return report
    first_missing = next((i for i in range(test_count) if i not in ran), None)
    if first_missing is not None:
        report.outcomes[first_missing] = TestOutcome(status, error=message)
    return report


def _load_error(events: list[dict[str, Any]], test_count: int) -> RunReport | None:
    """A report of no test run, when the harness said the code did not load."""
    for event in events:
        if event.get("event") == "load_error":
            kind = str(event.get("kind"))
            failure = LoadFailure(kind) if kind in _LOAD_FAILURES else LoadFailure.ERROR
            outcomes = [TestOutcome(TestStatus.NOT_RUN) for _ in range(test_count)]
            return RunReport(outcomes, failure, _text(event.get("error")))
    return None


def _ran(events: list[dict[str, Any]], test_count: int) -> dict[int, TestOutcome]:
    """The outcome of each test the harness reported, by index (the first report counts)."""
    ran: dict[int, TestOutcome] = {}
    for event in events:
        index = event.get("index")
        if event.get("event") == "test" and isinstance(index, int) and 0 <= index < test_count:
            ran.setdefault(index, _outcome(event))
    return ran


def _load_failure(status: TestStatus) -> LoadFailure:
    return {
        TestStatus.TIMEOUT: LoadFailure.TIMEOUT,
        TestStatus.MEMORY: LoadFailure.MEMORY,
        TestStatus.OUTPUT_LIMIT: LoadFailure.OUTPUT_LIMIT,
    }.get(status, LoadFailure.CRASH)
