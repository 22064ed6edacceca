"""The local sandbox runs both languages the same way: every test's value, output and time,
errors with their line, and the verdict of a run cut short."""

import json

import pytest

from app.coding.cases import hidden_cases, run_job
from app.coding.judge import Verdict, judge
from app.coding.problem_schemas import Signature
from app.coding.runners.base import (
    LoadFailure,
    RunJob,
    SandboxUnavailable,
    TestInput,
    TestStatus,
)
from app.coding.runners.local import LocalSandboxRunner
from app.coding.sandbox.protocol import parse_report
from app.core.config import CodeRunnerSettings
from tests.coding.helpers import requires_sandbox, shipped

pytestmark = pytest.mark.usefixtures("without_database")

sandboxed = requires_sandbox


@pytest.fixture(scope="module")
def runner() -> LocalSandboxRunner:
    return LocalSandboxRunner(CodeRunnerSettings())


def _job(language: str, code: str, *args_lists: list, limit: int = 1000) -> RunJob:
    entry = "two_sum" if language == "python" else "twoSum"
    tests = [TestInput(json.dumps(args), limit) for args in args_lists]
    return RunJob(language, code, "function", entry, tests)  # type: ignore[arg-type]


@sandboxed
@pytest.mark.parametrize("language", ["python", "javascript"])
async def test_each_test_returns_its_value_output_and_time(runner, language):
    code = {
        "python": "def two_sum(nums, target):\n    print('looking', target)\n    return [0, 1]\n",
        "javascript": "function twoSum(nums, target) {\n  console.log('looking', target);\n"
        "  return [0, 1];\n}",
    }[language]
    report = await runner.run(_job(language, code, [[1, 2], 3], [[4, 5], 9]))
    assert [o.value for o in report.outcomes] == [[0, 1], [0, 1]]
    assert [o.stdout for o in report.outcomes] == ["looking 3\n", "looking 9\n"]
    assert all(o.time_ms >= 0 for o in report.outcomes)


@sandboxed
@pytest.mark.parametrize("language", ["python", "javascript"])
async def test_an_error_names_its_line_and_other_tests_still_run(runner, language):
    code = {
        "python": "def two_sum(nums, target):\n    if not nums:\n"
        "        return nums[0]\n    return []\n",
        "javascript": "function twoSum(nums, target) {\n"
        "  if (!nums.length) return nums[0].x;\n  return [];\n}",
    }[language]
    report = await runner.run(_job(language, code, [[], 1], [[1], 1]))
    failed, passed = report.outcomes
    assert failed.status == TestStatus.ERROR and "(line " in (failed.error or "")
    assert passed.status == TestStatus.OK and passed.value == []


@sandboxed
@pytest.mark.parametrize(
    ("language", "code", "failure"),
    [
        ("python", "def two_sum(nums, target)\n    return []\n", LoadFailure.SYNTAX),
        ("javascript", "function twoSum(nums, target) {", LoadFailure.SYNTAX),
        ("python", "def other():\n    return 1\n", LoadFailure.MISSING_ENTRY),
        ("javascript", "const twoSum = 3;", LoadFailure.MISSING_ENTRY),
        ("python", "import time\ntime.sleep(10)\n", LoadFailure.TIMEOUT),
    ],
)
async def test_code_that_cannot_load_says_why(runner, language, code, failure):
    report = await runner.run(_job(language, code, [[1], 1]))
    assert report.load_failure == failure
    assert report.load_error
    assert report.outcomes[0].status == TestStatus.NOT_RUN


@sandboxed
async def test_printing_is_kept_per_test_and_cut_at_the_limit(runner):
    code = "def two_sum(nums, target):\n    print('x' * 100000)\n    return []\n"
    outcome = (await runner.run(_job("python", code, [[1], 1]))).outcomes[0]
    assert outcome.status == TestStatus.OK
    assert outcome.stdout_truncated and len(outcome.stdout) <= 4096


@sandboxed
@pytest.mark.parametrize("language", ["python", "javascript"])
async def test_a_class_problem_runs_its_operations(runner, language):
    problem = shipped("lru-cache")
    signature = problem.signature
    cases = hidden_cases([t.model_dump() for t in problem.tests], time_limit_ms=1000)
    code = getattr(problem.reference, language)
    report = await runner.run(run_job(Signature.model_validate(signature), language, code, cases))
    judgement = judge(cases, report, problem.comparison)
    assert judgement.verdict == Verdict.ACCEPTED


@sandboxed
async def test_larger_inputs_are_skipped_after_one_runs_out_of_time(runner):
    problem = shipped("maximum-subarray")
    cases = hidden_cases([t.model_dump() for t in problem.tests], time_limit_ms=300)
    quadratic = (
        "def max_subarray(nums):\n    best = nums[0]\n    for i in range(len(nums)):\n"
        "        total = 0\n        for j in range(i, len(nums)):\n"
        "            total += nums[j]\n            best = max(best, total)\n    return best\n"
    )
    report = await runner.run(run_job(problem.signature, "python", quadratic, cases))
    verdicts = [r.verdict for r in judge(cases, report, problem.comparison).results]
    assert verdicts[-2:] == [Verdict.TIME_LIMIT, Verdict.SKIPPED]
    assert all(v == Verdict.ACCEPTED for v in verdicts[:-3])


async def test_without_bubblewrap_nothing_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    runner = LocalSandboxRunner(CodeRunnerSettings())
    with pytest.raises(SandboxUnavailable, match="bubblewrap"):
        await runner.run(_job("python", "def two_sum(a, b):\n    return []\n", [[1], 1]))


def test_a_run_cut_short_gives_the_running_test_the_reason():
    lines = [
        {"event": "loaded"},
        {"event": "test", "index": 0, "status": "ok", "value_json": "1", "time_ms": 1},
    ]
    stdout = "\n".join(json.dumps(line) for line in lines).encode()
    report = parse_report(
        stdout, b"", 152, test_count=3, timed_out=False, output_exceeded=False, cpu_s=8
    )
    assert [o.status for o in report.outcomes] == [
        TestStatus.OK,
        TestStatus.TIMEOUT,
        TestStatus.NOT_RUN,
    ]
    oom = parse_report(
        stdout,
        b"FATAL ERROR: JavaScript heap out of memory",
        134,
        test_count=2,
        timed_out=False,
        output_exceeded=False,
        cpu_s=8,
    )
    assert oom.outcomes[1].status == TestStatus.MEMORY


def test_lines_the_code_printed_among_the_results_are_noted_not_trusted():
    stdout = b'{"event": "loaded"}\nnot json\n[1, 2]\n{"event": "done"}\n'
    report = parse_report(
        stdout, b"", 0, test_count=1, timed_out=False, output_exceeded=False, cpu_s=8
    )
    assert report.notes == ["The program wrote to the harness's output"]
    assert report.outcomes[0].status == TestStatus.ERROR
