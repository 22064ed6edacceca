"""Measure the local answer evaluator on the labelled set in tests/fixtures/answers.jsonl.

Prints pairwise ordering accuracy (strong over weak, strong over off-topic, weak relevance over
off-topic relevance), the pairs that fail, and evaluations per second on one core.

    cd backend && ../.venv/bin/python -m bench.evaluator      (or: python bench/evaluator.py)
"""

import json
import sys
import time
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.evaluation.local import evaluate_answer  # noqa: E402
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput  # noqa: E402

DATASET = BACKEND / "tests" / "fixtures" / "answers.jsonl"
KINDS = ("strong", "weak", "off_topic")
PASSES = 5


def load(path: Path = DATASET) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def to_input(item: dict, kind: str) -> EvaluationInput:
    return EvaluationInput(
        question=item["question"],
        category=item["category"],
        key_points=item["key_points"],
        model_answer=item.get("model_answer"),
        answer=item[kind],
    )


def evaluate_all(items: list[dict]) -> list[dict[str, AnswerEvaluation]]:
    return [{kind: evaluate_answer(to_input(item, kind)) for kind in KINDS} for item in items]


PAIRS = {
    "strong.score > weak.score": lambda r: r["strong"].score > r["weak"].score,
    "strong.score > off_topic.score": lambda r: r["strong"].score > r["off_topic"].score,
    "weak.relevance > off_topic.relevance": lambda r: (
        r["weak"].relevance > r["off_topic"].relevance
    ),
}


def pairwise(items: list[dict], results: list[dict[str, AnswerEvaluation]]) -> dict[str, float]:
    """Accuracy per pair type and overall; prints the failing pairs."""
    accuracy, passed_total = {}, 0
    for name, holds in PAIRS.items():
        passed = 0
        for item, result in zip(items, results, strict=True):
            if holds(result):
                passed += 1
            else:
                print(f"  FAIL {name}: {item['question'][:70]}  {_brief(result)}")
        accuracy[name] = passed / len(items)
        passed_total += passed
    accuracy["overall"] = passed_total / (len(items) * len(PAIRS))
    return accuracy


def _brief(result: dict[str, AnswerEvaluation]) -> str:
    return " ".join(
        f"{kind}={r.score}/rel{r.relevance}/dep{r.depth}/str{r.structure}/com{r.communication}"
        for kind, r in result.items()
    )


def throughput(items: list[dict], passes: int = PASSES) -> tuple[float, float]:
    """Evaluations per second over several passes (the first one warms the caches), and the
    mean answer length in words."""
    inputs = [to_input(item, kind) for item in items for kind in KINDS]
    for data in inputs:
        evaluate_answer(data)
    started = time.perf_counter()
    for _ in range(passes):
        for data in inputs:
            evaluate_answer(data)
    elapsed = time.perf_counter() - started
    mean_words = sum(len(data.answer.split()) for data in inputs) / len(inputs)
    return passes * len(inputs) / elapsed, mean_words


def main() -> None:
    items = load()
    results = evaluate_all(items)
    print(f"Labelled set: {len(items)} questions, {len(items) * len(KINDS)} answers")
    accuracy = pairwise(items, results)
    for name, value in accuracy.items():
        print(f"{name:40s} {100 * value:5.1f}%")
    for kind in KINDS:
        scores = [result[kind].score for result in results]
        relevance = [result[kind].relevance for result in results]
        print(
            f"mean {kind:9s} score {sum(scores) / len(scores):5.1f}"
            f"  relevance {sum(relevance) / len(relevance):5.1f}"
        )
    rate, mean_words = throughput(items)
    print(f"throughput: {rate:,.0f} evaluations/s (one process, answers of {mean_words:.0f} words)")


if __name__ == "__main__":
    main()
