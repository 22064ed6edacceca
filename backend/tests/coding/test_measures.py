"""Efficiency from the large inputs, quality from the code's text, and the interviewer's
follow-up chosen from what the submission did."""

import pytest

from app.coding.cases import Case
from app.coding.efficiency import expected_exponent, fit_exponent, measure
from app.coding.followup import FollowUpKind, choose_follow_up
from app.coding.judge import Judgement, TestResult, Verdict
from app.coding.lint import assess
from app.coding.problem_schemas import TestKind
from app.coding.runners.base import TestOutcome, TestStatus

pytestmark = pytest.mark.usefixtures("without_database")


def _result(name: str, kind: TestKind, verdict: Verdict, size: int | None = None, ms: float = 1.0):
    case = Case(name, kind, "[]", None, 2000, size, "")
    status = (
        TestStatus.OK if verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER) else TestStatus.TIMEOUT
    )
    return TestResult(case, TestOutcome(status, ms, "null"), verdict)


def _large(times: dict[int, float | None]) -> list[TestResult]:
    return [
        _result(
            f"{n:,} items",
            TestKind.LARGE,
            Verdict.ACCEPTED if ms else Verdict.TIME_LIMIT,
            n,
            ms or 2000.0,
        )
        for n, ms in times.items()
    ]


def test_linear_and_quadratic_growth_are_told_apart():
    linear = fit_exponent([(1000, 2.0), (10000, 20.0), (100000, 200.0)])
    quadratic = fit_exponent([(1000, 4.0), (4000, 64.0)])
    assert linear is not None and abs(linear - 1.0) < 0.01
    assert quadratic is not None and abs(quadratic - 2.0) < 0.01
    assert fit_exponent([(1000, 0.1), (100000, 0.9)]) is None  # too fast to time
    assert expected_exponent("O(n log n)") == 1.15 and expected_exponent("O(n * m)") == 2.0


def test_a_quadratic_solution_of_a_linear_problem_loses_efficiency():
    fast = measure(_large({1000: 2.0, 10000: 21.0, 100000: 230.0}), expected="O(n)")
    slow = measure(_large({1000: 20.0, 10000: 2000.0, 100000: None}), expected="O(n)")
    assert fast.score == 100 and "linear" in (fast.growth or "")
    assert slow.score is not None and slow.score <= 70
    assert "ran out of time" in slow.note


def test_no_large_inputs_means_no_efficiency_score():
    assert measure([], expected="O(n)").score is None


def test_python_quality_counts_pyflakes_and_our_own_findings():
    code = (
        "import os\n\ndef f(x=[]):\n    try:\n        y = 1\n"
        "    except:\n        pass\n    return z\n"
    )
    quality = assess(code, "python")
    rules = {finding.rule for finding in quality.findings}
    assert {
        "UnusedImport",
        "UnusedVariable",
        "UndefinedName",
        "bare-except",
        "mutable-default",
    } <= rules
    assert quality.score == 100 - 5 * 8


def test_javascript_quality_ignores_strings_and_comments():
    code = 'var a = 1;\nif (a == 2) { console.log("a == b"); } // x == y\nconst s = `p == q`;\n'
    quality = assess(code, "javascript")
    assert [(f.rule, f.line) for f in quality.findings] == [
        ("no-var", 1),
        ("eqeqeq", 2),
        ("no-console", 2),
    ]
    assert assess("const x = (a) => a === 1;\n", "javascript").score == 100


def _judgement(*results: TestResult) -> Judgement:
    return Judgement(Verdict.WRONG_ANSWER, list(results))


def _follow_up(judgement: Judgement, large: list[TestResult]):
    return choose_follow_up(
        judgement,
        measure(large, expected="O(n)"),
        approach="One pass with a hash map",
        alternatives=["Sort and use two pointers"],
        space="O(n)",
        explanation_points=["Uses a hash map"],
    )


def test_a_missed_edge_case_is_asked_about_by_its_description():
    judgement = _judgement(
        _result("two equal numbers", TestKind.NORMAL, Verdict.ACCEPTED),
        _result("an empty list", TestKind.EDGE, Verdict.WRONG_ANSWER),
    )
    follow_up = _follow_up(judgement, [])
    assert follow_up.kind == FollowUpKind.EDGE_CASE
    assert "an empty list" in follow_up.text and "returns the wrong answer" in follow_up.text


def test_a_slow_but_correct_solution_is_asked_about_complexity():
    large = _large({1000: 20.0, 10000: 2000.0})
    judgement = _judgement(_result("basic", TestKind.NORMAL, Verdict.ACCEPTED), *large)
    follow_up = _follow_up(judgement, large)
    assert follow_up.kind == FollowUpKind.COMPLEXITY
    assert "O(n)" in follow_up.text and "10,000 items" in follow_up.text


def test_a_correct_and_fast_solution_is_asked_for_an_alternative():
    large = _large({1000: 2.0, 100000: 200.0})
    judgement = _judgement(_result("basic", TestKind.NORMAL, Verdict.ACCEPTED), *large)
    follow_up = _follow_up(judgement, large)
    assert follow_up.kind == FollowUpKind.ALTERNATIVE
    assert any("Sort and use two pointers" in point for point in follow_up.key_points)
