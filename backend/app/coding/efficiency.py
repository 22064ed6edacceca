"""How a solution's running time grows, from its times on the large hidden inputs.

Each large test has an input size; the slope of log(time) against log(size) over the tests that
ran long enough to time reliably says roughly how the time grows (1 for linear, 2 for
quadratic). Small timings are noise, so the estimate needs at least two points of 2 ms or more
whose sizes differ fourfold; otherwise the solution was simply fast everywhere. Timings come
from the sandbox, so they are this server's: they judge growth and time limits, not speed.
"""

import math
from dataclasses import dataclass

from pydantic import BaseModel, Field

from app.coding.judge import TestResult, Verdict

MIN_TIMED_MS = 2.0
MIN_SIZE_RATIO = 4.0
SLOWER_THAN_EXPECTED = 0.5
CAP_WHEN_SLOWER = 70


class TimingPoint(BaseModel):
    name: str
    size: int | None
    time_ms: float
    limit_ms: int
    verdict: Verdict


class Efficiency(BaseModel):
    score: int | None = Field(description="0-100; null when the problem has no large inputs")
    passed: int = Field(description="Large inputs answered correctly within their time limit")
    total: int
    expected: str = Field(description="The model solution's time complexity, e.g. O(n)")
    growth: str | None = Field(description="How the time grew, in words, when it could be told")
    exponent: float | None = Field(description="Fitted exponent k of time ~ size^k")
    note: str
    points: list[TimingPoint]


def expected_exponent(complexity: str) -> float:
    """Rough exponent of a written complexity: O(n^2) and O(n * m) 2, O(n log n) 1.15, O(1) 0."""
    text = complexity.replace(" ", "").lower()
    if "^3" in text:
        return 3.0
    if "^2" in text or "n*m" in text:
        return 2.0
    if text == "o(1)":
        return 0.0
    if text == "o(logn)":
        return 0.1
    return 1.15 if "log" in text else 1.0


def growth_words(exponent: float) -> str:
    if exponent < 0.4:
        return "about constant or logarithmic"
    if exponent < 1.35:
        return "about linear (O(n) or O(n log n))"
    if exponent < 1.75:
        return "between linear and quadratic"
    if exponent < 2.5:
        return "about quadratic (O(n^2))"
    return "faster than quadratic (O(n^3) or worse)"


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(time) on log(size), or None without enough signal."""
    usable = [(size, time) for size, time in points if size > 0 and time >= MIN_TIMED_MS]
    if len(usable) < 2:
        return None
    sizes = [size for size, _ in usable]
    if max(sizes) / min(sizes) < MIN_SIZE_RATIO:
        return None
    xs = [math.log(size) for size, _ in usable]
    ys = [math.log(time) for _, time in usable]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


@dataclass(frozen=True)
class _Counts:
    passed: int
    timed_out: int
    wrong: int


def _counts(results: list[TestResult]) -> _Counts:
    timed_out = sum(r.verdict in (Verdict.TIME_LIMIT, Verdict.SKIPPED) for r in results)
    passed = sum(r.passed for r in results)
    return _Counts(passed, timed_out, len(results) - passed - timed_out)


def _note(counts: _Counts, total: int, growth: str | None, expected: str, slower: bool) -> str:
    parts = [f"{counts.passed} of {total} large inputs answered within the time limit."]
    if counts.timed_out:
        parts.append(f"{counts.timed_out} ran out of time (or were skipped after one did).")
    if counts.wrong:
        parts.append(f"{counts.wrong} gave a wrong answer or failed.")
    if growth:
        parts.append(f"Time grew {growth}; the model solution is {expected}.")
    elif counts.passed:
        parts.append("Every large input ran too fast to measure how the time grows.")
    if slower:
        parts.append("That grows faster than the model solution.")
    return " ".join(parts)


def measure(large: list[TestResult], *, expected: str) -> Efficiency:
    """Efficiency of a run from its large tests' verdicts and times."""
    points = [
        TimingPoint(
            name=r.case.name,
            size=r.case.size,
            time_ms=round(r.outcome.time_ms, 2),
            limit_ms=r.case.time_limit_ms,
            verdict=r.verdict,
        )
        for r in large
    ]
    exponent = fit_exponent([(r.case.size or 0, r.outcome.time_ms) for r in large if r.passed])
    counts = _counts(large)
    slower = exponent is not None and exponent > expected_exponent(expected) + SLOWER_THAN_EXPECTED
    score = None
    if large:
        score = round(100 * counts.passed / len(large))
        if slower or counts.timed_out:
            score = min(score, CAP_WHEN_SLOWER)
    growth = growth_words(exponent) if exponent is not None else None
    return Efficiency(
        score=score,
        passed=counts.passed,
        total=len(large),
        expected=expected,
        growth=growth,
        exponent=round(exponent, 2) if exponent is not None else None,
        note=_note(counts, len(large), growth, expected, slower),
        points=points,
    )
