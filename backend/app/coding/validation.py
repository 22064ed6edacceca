"""A problem's tests checked against its reference solutions, in the sandbox.

Both references run every example and hidden test. A generated test without an expected value
gets the Python reference's answer; every other disagreement (a reference that fails, times out,
or returns something else than written) is listed, and an admin's save is refused with the list.
"""

from dataclasses import dataclass, field, replace
from typing import Any

import anyio

from app.coding.cases import Case, example_cases, run_job, test_case
from app.coding.judge import Verdict, difference, judge
from app.coding.problem_schemas import ProblemFields, ValidationProblem
from app.coding.runners.base import CodeRunner, Language, RunReport, TestStatus

SLOW_SHARE = 0.5


@dataclass
class CheckResult:
    tests: list[dict[str, Any]]
    """The hidden tests as stored: generated ones with their expected value filled in."""
    problems: list[ValidationProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _cases(data: ProblemFields) -> tuple[list[Case], list[dict[str, Any]], list[int]]:
    """Examples then tests, in order; and which tests still need their expected value."""
    tests = [test.model_dump(mode="json", exclude_none=True) for test in data.tests]
    to_fill = [
        i
        for i, test in enumerate(data.tests)
        if test.generate is not None and "expected" not in test.model_fields_set
    ]
    for i, test in enumerate(tests):
        test.setdefault("expected", None)
        if i in to_fill:
            test.pop("expected")
    examples = [example.model_dump(mode="json") for example in data.examples]
    cases = example_cases(examples, time_limit_ms=data.time_limit_ms) + [
        test_case(test, time_limit_ms=data.time_limit_ms) for test in tests
    ]
    return cases, tests, to_fill


def _fill(
    cases: list[Case],
    tests: list[dict[str, Any]],
    to_fill: list[int],
    report: RunReport,
    offset: int,
) -> list[Case]:
    """The Python reference's values become the expected ones of tests that had none."""
    filled = list(cases)
    for i in to_fill:
        outcome = report.outcomes[offset + i]
        if outcome.status == TestStatus.OK:
            tests[i]["expected"] = outcome.value
            filled[offset + i] = replace(cases[offset + i], expected=outcome.value)
    return filled


def _problems(
    language: Language, cases: list[Case], report: RunReport, data: ProblemFields
) -> tuple[list[ValidationProblem], list[str]]:
    judgement = judge(cases, report, data.comparison)
    if judgement.load_error is not None:
        problem = ValidationProblem(
            language=language, test="(loading)", message=judgement.load_error
        )
        return [problem], []
    problems, warnings = [], []
    for result in judgement.results:
        name = result.case.name
        if result.verdict == Verdict.WRONG_ANSWER:
            message = difference(result.case.expected, result.actual)
            problems.append(ValidationProblem(language=language, test=name, message=message))
        elif not result.passed:
            message = result.outcome.error or result.verdict.value.replace("_", " ")
            problems.append(ValidationProblem(language=language, test=name, message=message))
        elif result.outcome.time_ms > SLOW_SHARE * result.case.time_limit_ms:
            warnings.append(
                f"{language} reference takes {result.outcome.time_ms:.0f} ms of the "
                f"{result.case.time_limit_ms} ms limit on '{name}'"
            )
    return problems, warnings


async def check_problem(runner: CodeRunner, data: ProblemFields) -> CheckResult:
    """Run both references on every example and test; see the module docstring."""
    # Generated inputs can be megabytes: made (and cached) in a worker thread.
    cases, tests, to_fill = await anyio.to_thread.run_sync(_cases, data)
    offset = len(data.examples)
    python = await runner.run(run_job(data.signature, "python", data.reference.python, cases))
    cases = _fill(cases, tests, to_fill, python, offset)
    result = CheckResult(tests=tests)
    for index in to_fill:
        if "expected" not in tests[index]:
            name = tests[index]["name"]
            message = "The Python reference gave no answer, so the test has no expected value"
            result.problems.append(ValidationProblem(language="python", test=name, message=message))
    javascript = await runner.run(
        run_job(data.signature, "javascript", data.reference.javascript, cases)
    )
    runs: list[tuple[Language, RunReport]] = [("python", python), ("javascript", javascript)]
    for language, report in runs:
        problems, warnings = await anyio.to_thread.run_sync(
            _problems, language, cases, report, data
        )
        result.problems += problems
        result.warnings += warnings
    return result
