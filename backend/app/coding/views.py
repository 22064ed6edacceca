"""Submissions shaped for the API: hidden inputs, values and output only once revealed."""

import uuid
from typing import Any

from app.coding.efficiency import Efficiency
from app.coding.judge import TestResult, Verdict, difference, shown
from app.coding.lint import Quality
from app.coding.models import CodingSubmission
from app.coding.problem_schemas import TestKind
from app.coding.schemas import HiddenTestResult, KindCount, SubmissionRead, SubmissionSummary

SHOWN_STDOUT = 2000


def stored_result(result: TestResult) -> dict[str, Any]:
    """What a submission keeps of one hidden test (values as JSON text, cut for display)."""
    failed_with_value = result.verdict == Verdict.WRONG_ANSWER
    return {
        "name": result.case.name,
        "kind": result.case.kind.value,
        "verdict": result.verdict.value,
        "time_ms": round(result.outcome.time_ms, 3),
        "error": result.outcome.error,
        "input": result.case.described_input,
        "expected": shown(result.case.expected),
        "actual": shown(result.actual) if result.outcome.value_json is not None else None,
        "diff": difference(result.case.expected, result.actual) if failed_with_value else None,
        "stdout": result.outcome.stdout[:SHOWN_STDOUT],
    }


def _hidden(stored: dict[str, Any], *, revealed: bool) -> HiddenTestResult:
    public = {key: stored.get(key) for key in ("name", "kind", "verdict", "time_ms", "error")}
    if revealed:
        public |= {
            key: stored.get(key) for key in ("input", "expected", "actual", "diff", "stdout")
        }
    return HiddenTestResult.model_validate(public)


def _by_kind(results: list[dict[str, Any]]) -> dict[TestKind, KindCount]:
    counts: dict[TestKind, KindCount] = {}
    for result in results:
        count = counts.setdefault(TestKind(result["kind"]), KindCount(passed=0, total=0))
        count.total += 1
        count.passed += result["verdict"] == Verdict.ACCEPTED
    return counts


def submission_read(
    submission: CodingSubmission, *, revealed: bool, follow_up_question_id: uuid.UUID | None
) -> SubmissionRead:
    return SubmissionRead(
        id=submission.id,
        submitted_at=submission.submitted_at,
        language=submission.language,
        verdict=submission.verdict,
        passed=submission.passed,
        total=submission.total,
        by_kind=_by_kind(submission.results),
        load_error=submission.load_error,
        correctness=submission.correctness,
        efficiency=Efficiency.model_validate(submission.efficiency),
        quality=Quality.model_validate(submission.quality),
        score=submission.score,
        runner=submission.runner,
        duration_ms=submission.duration_ms,
        revealed=revealed,
        tests=[_hidden(result, revealed=revealed) for result in submission.results],
        code=submission.code,
        follow_up_question_id=follow_up_question_id,
    )


def submission_summary(submission: CodingSubmission) -> SubmissionSummary:
    return SubmissionSummary(
        id=submission.id,
        submitted_at=submission.submitted_at,
        language=submission.language,
        verdict=submission.verdict,
        passed=submission.passed,
        total=submission.total,
        score=submission.score,
    )
