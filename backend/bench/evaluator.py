"""Measure the local answer evaluator: on the hand-written labelled set in
tests/fixtures/answers.jsonl (a dev figure: the evaluator was tuned on it), and on custom
questions nobody here wrote (bench/data/qa_{dev,test}.jsonl, see SOURCES.md), dev and test
side by side, and its agreement with human grades of real answers (bench/evaluator_human.py),
with human ratings of spoken monologues (bench/evaluator_spoken.py) and with examiners'
ratings of oral interviews that keep every filler (bench/evaluator_oral.py).
Tune on dev only; test is reported, never looked at while tuning.

Unseen set, per question (asked as a custom question: category "technical", the generic key
points the app generates for it (questions/key_points.py), no model answer):
  strong      its own published answer
  weak_first  the first sentence of that answer, at most 15 words and at most half the answer
              (short, on topic, no development)
  weak_vague  the question restated inside a fixed vague paragraph (on topic, no substance)
  off_topic   the next question's answer (by id) in the same field
An abstained answer ranks below any scored one.

    cd backend && ../.venv/bin/python -m bench.evaluator      (or: python bench/evaluator.py)
    ... -m bench.evaluator --show-failures dev   (also prints that split's failing pairs;
                                                  never ask for test while tuning)
"""

import argparse
import json
import sys
import time
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.evaluation.local import evaluate_answer  # noqa: E402
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput  # noqa: E402
from app.evaluation.text import segments  # noqa: E402
from app.questions.key_points import infer_key_points  # noqa: E402
from bench.evaluator_human import print_agreement  # noqa: E402
from bench.evaluator_oral import ORAL, print_oral_agreement  # noqa: E402
from bench.evaluator_spoken import SPOKEN, print_spoken_agreement  # noqa: E402

DATASET = BACKEND / "tests" / "fixtures" / "answers.jsonl"
UNSEEN = {"dev": BACKEND / "bench" / "data" / "qa_dev.jsonl",
          "test": BACKEND / "bench" / "data" / "qa_test.jsonl"}  # fmt: skip
KINDS = ("strong", "weak", "off_topic")
PASSES = 2


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
    "strong.score > weak.score": lambda r: _rank(r["strong"]) > _rank(r["weak"]),
    "strong.score > off_topic.score": lambda r: _rank(r["strong"]) > _rank(r["off_topic"]),
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


FIRST = 15
VAGUE = (
    "{topic} is something I know well and it is a really important topic. I have worked with "
    "it a lot at my last job. In general it depends on the situation, but you follow the best "
    "practices and it usually works well for the team."
)


def unseen_answers(items: list[dict]) -> list[dict[str, str]]:
    """The four answers of every question (see the module docstring)."""
    by_field: dict[str, list[dict]] = {}
    for item in sorted(items, key=lambda row: row["id"]):
        by_field.setdefault(item["field"], []).append(item)
    answers = []
    for field_items in by_field.values():
        for index, item in enumerate(field_items):
            other = field_items[(index + 1) % len(field_items)]
            answers.append(
                {
                    "question": item["question"],
                    "strong": item["answer"],
                    "weak_first": _first_words(item["answer"]),
                    "weak_vague": VAGUE.format(topic=item["question"].rstrip(" ?")),
                    "off_topic": other["answer"],
                }
            )
    return answers


def _first_words(answer: str) -> str:
    """The first sentence, at most FIRST words and at most half the answer: always shorter."""
    limit = min(FIRST, len(answer.split()) // 2)
    return " ".join(segments(answer)[0].text.split()[:limit])


def custom_input(question: str, answer: str) -> EvaluationInput:
    return EvaluationInput(
        question=question,
        category="technical",
        key_points=infer_key_points(question, "technical"),
        answer=answer,
    )


def _rank(evaluation: AnswerEvaluation) -> int:
    return -1 if evaluation.score is None else evaluation.score


def unseen_figures(path: Path, show_failures: bool = False) -> dict[str, float]:
    rows = unseen_answers(load(path))
    figures: dict[str, list[bool]] = {}
    zero, long_answers, cpu_ms = 0, 0, []
    for row in rows:
        result = {}
        for kind in ("strong", "weak_first", "weak_vague", "off_topic"):
            started = time.thread_time()
            result[kind] = evaluate_answer(custom_input(row["question"], row[kind]))
            cpu_ms.append(1000 * (time.thread_time() - started))
        strong = _rank(result["strong"])
        for kind in ("weak_first", "weak_vague", "off_topic"):
            figures.setdefault(f"strong > {kind}", []).append(strong > _rank(result[kind]))
            if show_failures and strong <= _rank(result[kind]):
                _print_failure(row, kind, result)
        figures.setdefault("own question relevance > other's", []).append(
            result["strong"].relevance > result["off_topic"].relevance
        )
        if len(row["strong"].split()) >= 30:
            long_answers += 1
            zero += not result["strong"].score
    out = {name: 100 * sum(values) / len(values) for name, values in figures.items()}
    pairs = [v for name, values in figures.items() if name.startswith("strong") for v in values]
    out["strong beats weak and off-topic"] = 100 * sum(pairs) / len(pairs)
    out["30+ word answers scoring 0 (%)"] = 100 * zero / max(1, long_answers)
    cpu_ms.sort()
    out["p50 CPU ms per evaluation"] = cpu_ms[len(cpu_ms) // 2]
    out["p95 CPU ms per evaluation"] = cpu_ms[int(len(cpu_ms) * 0.95)]
    out["questions"] = len(rows)
    return out


def _print_failure(row: dict[str, str], kind: str, result: dict[str, AnswerEvaluation]) -> None:
    print(f"  FAIL strong > {kind}: {row['question'][:90]}")
    for name in ("strong", kind):
        r = result[name]
        print(
            f"    {name:10s} {_rank(r):3d} rel{r.relevance} dep{r.depth} str{r.structure} "
            f"com{r.communication} sem{r.signals.get('semantic_similarity')} "
            f"lex{r.signals.get('lexical_relevance')} terms{r.signals.get('new_terms')}"
            f" | {row[name][:110]!r}"
        )


def print_unseen(show_failures: str | None = None) -> None:
    columns = {}
    for split, path in UNSEEN.items():
        if split == show_failures:
            print(f"\nFailing pairs on {split}:")
        columns[split] = unseen_figures(path, show_failures=split == show_failures)
    print("\nUnseen custom questions (public Q&A, see bench/data/SOURCES.md)")
    print(f"{'':40s} {'dev':>7s} {'test':>7s}")
    for name in columns["dev"]:
        print(f"{name:40s} {columns['dev'][name]:7.1f} {columns['test'][name]:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure the local answer evaluator.")
    parser.add_argument(
        "--show-failures", choices=sorted(UNSEEN), help="print that unseen split's failing pairs"
    )
    show_failures = parser.parse_args().show_failures
    items = load()
    results = evaluate_all(items)
    print(f"Labelled set: {len(items)} questions, {len(items) * len(KINDS)} answers")
    accuracy = pairwise(items, results)
    for name, value in accuracy.items():
        print(f"{name:40s} {100 * value:5.1f}%")
    for kind in KINDS:
        scores = [_rank(result[kind]) for result in results]
        relevance = [result[kind].relevance for result in results]
        print(
            f"mean {kind:9s} score {sum(scores) / len(scores):5.1f}"
            f"  relevance {sum(relevance) / len(relevance):5.1f}"
        )
    rate, mean_words = throughput(items)
    print(f"throughput: {rate:,.0f} evaluations/s (one process, answers of {mean_words:.0f} words)")
    print_unseen(show_failures)
    print_agreement()
    if all(path.exists() for path in SPOKEN.values()):
        print_spoken_agreement()
    if all(path.exists() for path in ORAL.values()):
        print_oral_agreement()


if __name__ == "__main__":
    main()
