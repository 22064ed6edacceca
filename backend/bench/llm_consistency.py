"""Measure how consistent the configured LLM evaluator is (issue 11: "with an LLM, k=3 samples
keep the spread within +-5"), beside the built-in evaluator, which must give the same score to
the same answer every time.

The LLM is the one the app would use, built by its own factory from its own settings (the
`LLM__*` variables of the README's Configuration, from the environment or `.env`), with
`LLM__EVALUATION_SAMPLES` set to k. Answers: the unseen custom questions of bench.evaluator
(bench/data/qa_{dev,test}.jsonl, public Q&A nobody here wrote; four answers per question:
strong, weak_first, weak_vague, off_topic), chosen evenly over the questions. Every answer is
graded `--runs` times, one answer at a time, and we report:

  k-sample spread    SampleSpread.spread (the largest distance of a sample's score from their
                     mean): share of evaluations within +-5, mean and max
  run to run         per answer, the largest minus the smallest score of its runs
  quotes dropped     quotes in the model's replies that are not in the answer (each drops the
                     rating or key point it supports), over every quote in every parsed reply
  replies rejected   replies the app throws away (not JSON, wrong shape, most quotes invented,
                     relevance unproven); the app asks once more, then counts the sample lost
  fallbacks          evaluations where every sample failed, so the built-in evaluator answered
  latency            wall time of one evaluation (k samples in parallel), p50 and p95

It calls a real model: it costs money or GPU time, and it refuses to run in CI (`CI` set).
With no LLM configured it says so and exits 0.

    cd backend && LLM__PROVIDER=openai_compat LLM__BASE_URL=http://localhost:11434/v1 \\
        LLM__MODEL=llama3.1 ../.venv/bin/python -m bench.llm_consistency --limit 40
    ... --runs 3 --test       (test split too; tune on dev only)
"""

import argparse
import asyncio
import math
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from pydantic import BaseModel

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.adapters.llm.base import LLMError  # noqa: E402
from app.adapters.llm.factory import close_llm, create_llm  # noqa: E402
from app.adapters.llm.grading import CRITERIA, EvaluationOutput, to_sample  # noqa: E402
from app.adapters.llm.prompts import evidence_in_answer, parse_output  # noqa: E402
from app.adapters.llm.tasks import PromptedProvider  # noqa: E402
from app.core.config import Settings  # noqa: E402
from app.evaluation.local import evaluate_answer  # noqa: E402
from app.evaluation.schemas import EvaluationInput  # noqa: E402
from bench.evaluator import UNSEEN, custom_input, load, unseen_answers  # noqa: E402
from bench.matching import percentile  # noqa: E402

K = 3
RUNS = 2
LIMIT = 100
WITHIN = 5
KINDS = ("strong", "weak_first", "weak_vague", "off_topic")

Ask = Callable[[str, str, type[BaseModel], float], Awaitable[str]]


@dataclass(frozen=True)
class Graded:
    """One evaluation of one answer through the app's LLM path."""

    score: int | None
    spread: float | None
    """None when no LLM samples scored it (abstained before any call, or a fallback)."""
    samples: int
    fallback: str | None
    """The `LLMError` kind when the built-in evaluator answered instead."""
    seconds: float | None
    """None when it abstained: no call was made."""


@dataclass
class Replies:
    """Every evaluation reply the model gave, checked as the app checks it."""

    quotes: int = 0
    dropped: int = 0
    replies: int = 0
    rejected: int = 0

    def add(self, text: str, data: EvaluationInput) -> None:
        self.replies += 1
        try:
            output = parse_output(text, EvaluationOutput)
        except ValueError:
            self.rejected += 1
            return
        # As `to_sample` reads a reply: a key point quoted twice counts once, the first time.
        first = {c.key_point: c.evidence for c in reversed(output.key_points_covered)}
        evidence = [*first.values()] + [getattr(output, name).evidence for name in CRITERIA]
        self.quotes += len(evidence)
        self.dropped += sum(not evidence_in_answer(quote, data.answer) for quote in evidence)
        try:
            to_sample(output, data)
        except ValueError:  # most quotes invented, relevance unproven, numbers out of range
            self.rejected += 1


@contextmanager
def recording(provider: PromptedProvider, sink: list[str]) -> Iterator[None]:
    """Copy every evaluation reply into `sink` on its way to the app's own checks.

    The provider's one call (`_ask`) is wrapped on this instance only, so the replies are the
    ones the app judged, retries included, for any provider."""
    ask: Ask = provider._ask

    async def recorded(
        system: str, prompt: str, schema: type[BaseModel], temperature: float
    ) -> str:
        text = await ask(system, prompt, schema, temperature)
        if schema is EvaluationOutput:
            sink.append(text)
        return text

    provider._ask = recorded  # type: ignore[method-assign]
    try:
        yield
    finally:
        del provider._ask  # the class's method again


async def grade_once(provider: PromptedProvider, data: EvaluationInput) -> Graded:
    """The LLM's evaluation, or the built-in one when the LLM fails (the app's rule,
    app.interviews.evaluation_task.evaluate_input)."""
    started = time.perf_counter()
    try:
        evaluation = await provider.evaluate_answer(data)
    except LLMError as exc:
        seconds = time.perf_counter() - started
        return Graded(evaluate_answer(data).score, None, 0, exc.kind, seconds)
    seconds = time.perf_counter() - started
    spread = evaluation.working.samples if evaluation.working else None
    if not evaluation.scored or spread is None:  # abstained: settled before any call
        return Graded(evaluation.score, None, 0, None, None)
    return Graded(evaluation.score, spread.spread, len(spread.scores), None, seconds)


async def measure(
    provider: PromptedProvider,
    inputs: list[EvaluationInput],
    *,
    runs: int = RUNS,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, float]:
    """Grade every input `runs` times, one at a time, and count the figures (module docstring)."""
    graded: list[list[Graded]] = [[] for _ in inputs]
    replies, texts = Replies(), list[str]()
    with recording(provider, texts):
        for run in range(runs):
            for index, data in enumerate(inputs):
                texts.clear()
                graded[index].append(await grade_once(provider, data))
                for text in texts:
                    replies.add(text, data)
                if progress is not None:
                    progress(run * len(inputs) + index + 1, runs * len(inputs))
    figures = llm_figures(graded, replies, k=provider._settings.evaluation_samples)
    figures["built-in: run-to-run max difference"] = builtin_difference(inputs, runs)
    return figures


def llm_figures(graded: list[list[Graded]], replies: Replies, *, k: int) -> dict[str, float]:
    every = [g for runs in graded for g in runs]
    scored = [g for g in every if g.spread is not None]
    spreads = [g.spread for g in scored if g.spread is not None]
    # Run to run only over answers the LLM scored every time: a fallback is another evaluator.
    steady = [runs for runs in graded if runs and all(g.spread is not None for g in runs)]
    moves = [max(_score(g) for g in runs) - min(_score(g) for g in runs) for runs in steady]
    seconds = [g.seconds for g in every if g.seconds is not None]
    return {
        "answers": len(graded),
        "evaluations": len(every),
        "abstained, no call (%)": _share(_abstained(every), len(every)),
        "fallbacks to the built-in (%)": _share(
            sum(g.fallback is not None for g in every), len(every) - _abstained(every)
        ),
        f"scored with fewer than k={k} samples (%)": _share(
            sum(g.samples < k for g in scored), len(scored)
        ),
        f"k-sample spread within +-{WITHIN} (%)": _share(
            sum(s <= WITHIN for s in spreads), len(spreads)
        ),
        "k-sample spread, mean": mean(spreads) if spreads else math.nan,
        "k-sample spread, max": max(spreads, default=math.nan),
        f"run to run: answers moving <= {WITHIN} (%)": _share(
            sum(m <= WITHIN for m in moves), len(moves)
        ),
        "run to run: mean |difference|": mean(moves) if moves else math.nan,
        "run to run: max |difference|": max(moves, default=math.nan),
        "quotes dropped as unverified (%)": _share(replies.dropped, replies.quotes),
        "replies rejected as invalid (%)": _share(replies.rejected, replies.replies),
        "p50 seconds per evaluation": percentile(seconds, 0.50),
        "p95 seconds per evaluation": percentile(seconds, 0.95),
    }


def builtin_difference(inputs: list[EvaluationInput], runs: int) -> float:
    """The largest run-to-run score difference of the built-in evaluator (it must be 0)."""
    worst = 0
    for data in inputs:
        scores = [_score_of(evaluate_answer(data).score) for _ in range(max(runs, 2))]
        worst = max(worst, max(scores) - min(scores))
    return worst


def _score(graded: Graded) -> int:
    return _score_of(graded.score)


def _score_of(score: int | None) -> int:
    return -1 if score is None else score  # an abstention differs from every score


def _abstained(every: list[Graded]) -> int:
    return sum(g.seconds is None for g in every)


def _share(part: int, whole: int) -> float:
    return 100 * part / whole if whole else math.nan


def chosen_inputs(path: Path, limit: int) -> list[EvaluationInput]:
    """`limit` answers (0: all), all four kinds of questions spread evenly over the file (it is
    grouped by field), asked as bench.evaluator asks them."""
    rows = unseen_answers(load(path))
    if limit:
        wanted = min(len(rows), math.ceil(limit / len(KINDS)))
        rows = [rows[i * len(rows) // wanted] for i in range(wanted)]
    inputs = [custom_input(row["question"], row[kind]) for row in rows for kind in KINDS]
    return inputs[:limit] if limit else inputs


def configured_provider(settings: Settings, k: int) -> PromptedProvider | None:
    """The app's LLM for these settings with k samples per answer; None when it has none.
    Raises `LLMError` (kind "config") when it is configured but cannot be built."""
    llm = settings.llm.model_copy(update={"evaluation_samples": k})
    provider = create_llm(settings.model_copy(update={"llm": llm}))
    if provider is not None and not isinstance(provider, PromptedProvider):
        raise LLMError(f"{provider.name} is not a prompted provider", kind="config")
    return provider


def _progress(done: int, total: int) -> None:
    if done % 10 == 0 or done == total:
        print(f"  {done}/{total} evaluations", file=sys.stderr, flush=True)


async def run(provider: PromptedProvider, args: argparse.Namespace) -> None:
    splits = ["dev", "test"] if args.test else ["dev"]
    columns = {}
    try:
        for split in splits:
            inputs = chosen_inputs(UNSEEN[split], args.limit)
            calls = len(inputs) * args.runs * args.k
            print(
                f"{split}: {len(inputs)} answers x {args.runs} runs x k={args.k} (~{calls} calls)"
            )
            columns[split] = await measure(provider, inputs, runs=args.runs, progress=_progress)
    finally:
        await close_llm(provider)
    print(f"\nLLM consistency: {provider.name}/{provider.model}, k={args.k}, {args.runs} runs")
    print(f"{'':44s}" + "".join(f"{split:>9s}" for split in splits))
    for name in columns["dev"]:
        digits = 2 if "seconds" in name else 1
        print(f"{name:44s}" + "".join(f"{columns[s][name]:9.{digits}f}" for s in splits))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure the configured LLM evaluator's spread.")
    parser.add_argument("--limit", type=int, default=LIMIT, help="answers per split (0: all)")
    parser.add_argument("--runs", type=int, default=RUNS, help="times each answer is graded")
    parser.add_argument("--k", type=int, default=K, choices=range(1, 6), help="samples")
    parser.add_argument("--test", action="store_true", help="the test split too (report only)")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.limit < 0:
        parser.error("--runs must be at least 1 and --limit at least 0")
    return args


def main(argv: list[str] | None = None, settings: Settings | None = None) -> int:
    args = parse_args(argv)
    if os.environ.get("CI"):
        print("llm_consistency: not run in CI (it calls a real LLM); nothing measured.")
        return 0
    try:
        provider = configured_provider(settings or Settings(), args.k)
    except LLMError as exc:
        print(f"llm_consistency: the configured LLM cannot be used: {exc}")
        return 1
    if provider is None:
        print(
            "llm_consistency: no LLM configured (LLM__PROVIDER=local); set LLM__PROVIDER=gemini "
            "or openai_compat as the README's Configuration says; nothing measured."
        )
        return 0
    asyncio.run(run(provider, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
