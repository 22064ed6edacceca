"""The interviewer's question about the candidate's own code, chosen from what their
submission did: an edge case it misses, how its time grows when that is worse than it should
be, or else an alternative approach and its trade-offs. It names a failing case by its
description ("an empty list"), never by the hidden input."""

from dataclasses import dataclass
from enum import StrEnum

from app.coding.efficiency import Efficiency
from app.coding.judge import Judgement, TestResult, Verdict
from app.coding.problem_schemas import TestKind


class FollowUpKind(StrEnum):
    EDGE_CASE = "edge_case"
    COMPLEXITY = "complexity"
    ALTERNATIVE = "alternative"
    APPROACH = "approach"


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    text: str
    reason: str
    key_points: list[str]


def _first_failed(results: list[TestResult], kind: TestKind) -> TestResult | None:
    return next((r for r in results if r.case.kind == kind and not r.passed), None)


def _edge_case(failed: TestResult) -> FollowUp:
    case = failed.case.name
    what = {
        Verdict.WRONG_ANSWER: "returns the wrong answer",
        Verdict.RUNTIME_ERROR: "raises an error",
        Verdict.TIME_LIMIT: "runs out of time",
    }.get(failed.verdict, "fails")
    return FollowUp(
        kind=FollowUpKind.EDGE_CASE,
        text=(
            f"Your code {what} on one case: {case}. Walk me through what your code does there, "
            "and how would you fix it?"
        ),
        reason=f"Follow-up on your code: it {what} for {case}",
        key_points=[
            f"Traces what the code does for {case}",
            "Names the line or assumption that breaks",
            f"Gives a concrete fix that handles {case}",
            "Mentions checking other boundary cases of the same kind",
        ],
    )


def _complexity(efficiency: Efficiency, approach: str) -> FollowUp:
    largest = max(efficiency.points, key=lambda p: p.size or 0, default=None)
    measured = ""
    if largest is not None and largest.size:
        measured = f" On {largest.size:,} items it " + (
            "ran out of time."
            if largest.verdict != Verdict.ACCEPTED
            else f"took {largest.time_ms:.0f} ms."
        )
    growth = f" Its time grew {efficiency.growth}." if efficiency.growth else ""
    return FollowUp(
        kind=FollowUpKind.COMPLEXITY,
        text=(
            f"Let's talk about performance.{measured}{growth} What is the time complexity of "
            f"your solution, and how could you bring it down to {efficiency.expected}?"
        ),
        reason="Follow-up on your code: it is slower than it could be on large inputs",
        key_points=[
            "States the time complexity of their own code correctly",
            "Names the part of the code that dominates the running time",
            f"Proposes a faster approach reaching {efficiency.expected}: {approach}",
            "Mentions the memory the faster approach needs",
        ],
    )


def _alternative(efficiency: Efficiency, alternatives: list[str], space: str) -> FollowUp:
    other = alternatives[0] if alternatives else "a different data structure or algorithm"
    return FollowUp(
        kind=FollowUpKind.ALTERNATIVE,
        text=(
            "Your solution passes every test. What are its time and space complexity, and what "
            "alternative approach could you take? What would you gain or lose with it?"
        ),
        reason="Follow-up on your code: complexity and alternatives",
        key_points=[
            f"States the time complexity ({efficiency.expected} for the model solution)",
            f"States the space complexity ({space} for the model solution)",
            f"Describes an alternative such as: {other}",
            "Compares the trade-offs: time, memory, simplicity",
        ],
    )


def _approach(points: list[str]) -> FollowUp:
    return FollowUp(
        kind=FollowUpKind.APPROACH,
        text=(
            "Walk me through the approach you took. Where do you think it goes wrong, and what "
            "would you change with more time?"
        ),
        reason="Follow-up on your code: most tests did not pass",
        key_points=[*points[:3], "Identifies where their own code goes wrong"],
    )


def choose_follow_up(
    judgement: Judgement,
    efficiency: Efficiency,
    *,
    approach: str,
    alternatives: list[str],
    space: str,
    explanation_points: list[str],
) -> FollowUp:
    """The most useful question to ask about this submission (see the module docstring)."""
    results = judgement.results
    small = [r for r in results if r.case.kind != TestKind.LARGE]
    if judgement.load_error is not None or not any(r.passed for r in small):
        return _approach(explanation_points)
    failed = _first_failed(results, TestKind.EDGE) or _first_failed(results, TestKind.NORMAL)
    if failed is not None:
        return _edge_case(failed)
    if efficiency.score is not None and efficiency.score < 100:
        return _complexity(efficiency, approach)
    return _alternative(efficiency, alternatives, space)
