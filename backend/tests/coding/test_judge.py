"""Judging on the server: values compared as the problem says, a verdict per test and per run,
and a diff that points at the first difference."""

import json

import pytest

from app.coding.cases import Case
from app.coding.judge import Verdict, difference, judge, matches
from app.coding.problem_schemas import Comparison, TestKind
from app.coding.runners.base import LoadFailure, RunReport, TestOutcome, TestStatus

pytestmark = pytest.mark.usefixtures("without_database")


def _case(expected: object, kind: TestKind = TestKind.NORMAL) -> Case:
    return Case("a test", kind, "[]", expected, 1000, None, "")


def _ok(value: object) -> TestOutcome:
    return TestOutcome(TestStatus.OK, 1.0, json.dumps(value))


def test_exact_comparison_tells_booleans_from_numbers_but_not_ints_from_floats():
    assert matches([1, 2.0], [1.0, 2], Comparison.EXACT)
    assert not matches(True, 1, Comparison.EXACT)
    assert not matches([1, 2], [2, 1], Comparison.EXACT)
    assert matches({"a": [1]}, {"a": [1]}, Comparison.EXACT)


def test_unordered_comparisons_ignore_the_order_they_are_asked_to():
    assert matches([[1, 2], [3]], [[3], [1, 2]], Comparison.UNORDERED)
    assert not matches([[1, 2], [3]], [[3], [2, 1]], Comparison.UNORDERED)
    assert matches(
        [["eat", "tea"], ["bat"]], [["bat"], ["tea", "eat"]], Comparison.UNORDERED_NESTED
    )
    assert not matches([["a"], ["b"]], [["a", "b"]], Comparison.UNORDERED_NESTED)


def test_float_comparison_accepts_answers_within_a_millionth():
    assert matches({"books": 4 / 3}, {"books": 1.3333334}, Comparison.FLOAT)
    assert not matches({"books": 4 / 3}, {"books": 1.34}, Comparison.FLOAT)


def test_the_diff_names_the_first_difference():
    assert difference([1, 2, 3], [1, 5, 3]) == "At index 1: expected 2, got 5"
    assert difference("abc", "abd") == 'At index 2: expected "c", got "d"'
    assert difference([1, 2], [1]).startswith("Expected 2 items, got 1")
    assert difference({"a": 1}, {"b": 1}) == "Missing key 'a'"
    assert difference(3, None) == "Expected a number, got a null"


def test_a_run_takes_its_worst_failure_as_verdict():
    cases = [_case(1), _case(2), _case(3, TestKind.LARGE)]
    report = RunReport(
        [_ok(1), _ok(5), TestOutcome(TestStatus.TIMEOUT, 2000.0, error="Time limit of 2000 ms")]
    )
    judgement = judge(cases, report, Comparison.EXACT)
    assert [r.verdict for r in judgement.results] == [
        Verdict.ACCEPTED,
        Verdict.WRONG_ANSWER,
        Verdict.TIME_LIMIT,
    ]
    assert judgement.verdict == Verdict.TIME_LIMIT
    assert judgement.passed == 1


def test_code_that_does_not_load_is_a_compile_error_with_every_test_not_run():
    report = RunReport(
        [TestOutcome(TestStatus.NOT_RUN)] * 2, LoadFailure.SYNTAX, "invalid syntax (line 2)"
    )
    judgement = judge([_case(1), _case(2)], report, Comparison.EXACT)
    assert judgement.verdict == Verdict.COMPILE_ERROR
    assert judgement.load_error == "invalid syntax (line 2)"
    assert {r.verdict for r in judgement.results} == {Verdict.NOT_RUN}
