"""Judging a run on the server: each returned value against the expected one (which never
entered the sandbox), a verdict per test and one for the whole run, and a short diff."""

import json
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.coding.cases import Case
from app.coding.problem_schemas import Comparison
from app.coding.runners.base import LoadFailure, RunReport, TestOutcome, TestStatus

FLOAT_TOLERANCE = 1e-6
MAX_SHOWN = 2000


class Verdict(StrEnum):
    """A test's or a whole run's outcome, worst first in `SEVERITY`."""

    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    RUNTIME_ERROR = "runtime_error"
    NOT_ALLOWED = "not_allowed"
    OUTPUT_LIMIT = "output_limit"
    COMPILE_ERROR = "compile_error"
    SKIPPED = "skipped"
    NOT_RUN = "not_run"


SEVERITY = (
    Verdict.COMPILE_ERROR,
    Verdict.NOT_ALLOWED,
    Verdict.MEMORY_LIMIT,
    Verdict.TIME_LIMIT,
    Verdict.OUTPUT_LIMIT,
    Verdict.RUNTIME_ERROR,
    Verdict.WRONG_ANSWER,
)
_FROM_STATUS = {
    TestStatus.ERROR: Verdict.RUNTIME_ERROR,
    TestStatus.TIMEOUT: Verdict.TIME_LIMIT,
    TestStatus.MEMORY: Verdict.MEMORY_LIMIT,
    TestStatus.NOT_ALLOWED: Verdict.NOT_ALLOWED,
    TestStatus.OUTPUT_LIMIT: Verdict.OUTPUT_LIMIT,
    TestStatus.SKIPPED: Verdict.SKIPPED,
    TestStatus.NOT_RUN: Verdict.NOT_RUN,
}
_FROM_LOAD = {
    LoadFailure.SYNTAX: Verdict.COMPILE_ERROR,
    LoadFailure.MISSING_ENTRY: Verdict.COMPILE_ERROR,
    LoadFailure.TIMEOUT: Verdict.TIME_LIMIT,
    LoadFailure.MEMORY: Verdict.MEMORY_LIMIT,
    LoadFailure.NOT_ALLOWED: Verdict.NOT_ALLOWED,
    LoadFailure.OUTPUT_LIMIT: Verdict.OUTPUT_LIMIT,
    LoadFailure.ERROR: Verdict.RUNTIME_ERROR,
    LoadFailure.CRASH: Verdict.RUNTIME_ERROR,
}


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _numbers_equal(a: Any, b: Any, tolerance: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if tolerance:
        return math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance)
    return bool(a == b)


def _equal(expected: Any, actual: Any, tolerance: float) -> bool:
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return _numbers_equal(expected, actual, tolerance)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _equal(e, a, tolerance) for e, a in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            _equal(expected[key], actual[key], tolerance) for key in expected
        )
    return type(expected) is type(actual) and bool(expected == actual)


def _sorted(values: Any) -> Any:
    return sorted(values, key=_canonical) if isinstance(values, list) else values


def matches(expected: Any, actual: Any, comparison: Comparison) -> bool:
    """Whether the returned value is right under the problem's comparison."""
    if comparison == Comparison.UNORDERED:
        expected, actual = _sorted(expected), _sorted(actual)
    elif comparison == Comparison.UNORDERED_NESTED:
        expected = (
            _sorted([_sorted(item) for item in expected])
            if isinstance(expected, list)
            else expected
        )
        actual = _sorted([_sorted(item) for item in actual]) if isinstance(actual, list) else actual
    tolerance = FLOAT_TOLERANCE if comparison == Comparison.FLOAT else 0.0
    return _equal(expected, actual, tolerance)


def shown(value: Any) -> str:
    """A value as JSON for people, cut to a readable length."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def difference(expected: Any, actual: Any) -> str:
    """Where two values first differ, in a sentence: the index of a list or a string, a key."""
    if type(expected) is not type(actual) and not (
        isinstance(expected, (int, float)) and isinstance(actual, (int, float))
    ):
        return f"Expected a {_kind(expected)}, got a {_kind(actual)}"
    if isinstance(expected, (list, str)) and isinstance(actual, (list, str)):
        if len(expected) != len(actual):
            noun = "items" if isinstance(expected, list) else "characters"
            prefix = f"Expected {len(expected)} {noun}, got {len(actual)}"
        else:
            prefix = ""
        for index, (e, a) in enumerate(zip(expected, actual, strict=False)):
            if e != a:
                where = f"At index {index}: expected {shown(e)}, got {shown(a)}"
                return f"{prefix}; {where}" if prefix else where
        return prefix or "The values differ"
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = sorted(set(expected) - set(actual))
        if missing:
            return f"Missing key {missing[0]!r}"
        extra = sorted(set(actual) - set(expected))
        if extra:
            return f"Unexpected key {extra[0]!r}"
        key = next(k for k in sorted(expected) if expected[k] != actual[k])
        return f"At key {key!r}: expected {shown(expected[key])}, got {shown(actual[key])}"
    return f"Expected {shown(expected)}, got {shown(actual)}"


def _kind(value: Any) -> str:
    names = {bool: "boolean", int: "number", float: "number", str: "string", list: "list"}
    if value is None:
        return "null"
    return names.get(type(value), "object")


@dataclass
class TestResult:
    __test__ = False

    case: Case
    outcome: TestOutcome
    verdict: Verdict
    actual: Any = None

    @property
    def passed(self) -> bool:
        return self.verdict == Verdict.ACCEPTED


def judge_test(case: Case, outcome: TestOutcome, comparison: Comparison) -> TestResult:
    if outcome.status != TestStatus.OK:
        return TestResult(case, outcome, _FROM_STATUS.get(outcome.status, Verdict.RUNTIME_ERROR))
    actual = outcome.value
    verdict = (
        Verdict.ACCEPTED if matches(case.expected, actual, comparison) else Verdict.WRONG_ANSWER
    )
    return TestResult(case, outcome, verdict, actual)


@dataclass
class Judgement:
    verdict: Verdict
    results: list[TestResult]
    load_error: str | None = None

    @property
    def passed(self) -> int:
        return sum(result.passed for result in self.results)


def judge(cases: list[Case], report: RunReport, comparison: Comparison) -> Judgement:
    """Every test's verdict, and the run's: accepted, or its worst failure."""
    if report.load_failure is not None:
        results = [
            TestResult(case, outcome, Verdict.NOT_RUN)
            for case, outcome in zip(cases, report.outcomes, strict=True)
        ]
        return Judgement(_FROM_LOAD[report.load_failure], results, report.load_error)
    results = [
        judge_test(case, outcome, comparison)
        for case, outcome in zip(cases, report.outcomes, strict=True)
    ]
    failed = {result.verdict for result in results}
    worst = next((verdict for verdict in SEVERITY if verdict in failed), None)
    if worst is None and any(r.verdict in (Verdict.SKIPPED, Verdict.NOT_RUN) for r in results):
        worst = Verdict.TIME_LIMIT
    return Judgement(worst or Verdict.ACCEPTED, results)
