"""Agreement of the local evaluator with people: Spearman's rho between its score and the
human grade on bench/data/graded_{dev,test}.jsonl (real students' answers to computer-science
questions, graded 0-5 by two people; see bench/evaluator_sets.py and SOURCES.md).

Each answer is evaluated as the app evaluates a custom question that came with a model answer:
category "technical", the key points the app infers for it, the instructor's answer as the
model answer. Figures, dev and test side by side (tune on dev only):

  pooled rho        over every scored answer of the split
  within-question   the mean over questions of rho among that question's scored answers (how
                    well it orders answers to the same question, the way a grader does)
  all answers       pooled, an abstained answer ("not enough to score") ranked below any score
  baselines         the same pooled rho for answer length alone and for fewer fillers alone
"""

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.evaluation.delivery import measure_delivery  # noqa: E402
from app.evaluation.local import evaluate_answer  # noqa: E402
from app.evaluation.schemas import EvaluationInput  # noqa: E402
from app.evaluation.text import segments, words  # noqa: E402
from app.questions.key_points import infer_key_points  # noqa: E402

GRADED = {"dev": BACKEND / "bench" / "data" / "graded_dev.jsonl",
          "test": BACKEND / "bench" / "data" / "graded_test.jsonl"}  # fmt: skip
LONG = 30
GENUINE = 2.5
"""A human grade from which an answer counts as a genuine attempt (half marks or more)."""


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def spearman(first: Sequence[float], second: Sequence[float]) -> float:
    """Spearman's rho with tied values given their average rank (as scipy.stats.spearmanr)."""
    if len(first) < 3:
        return float("nan")
    a, b = _ranks(first), _ranks(second)
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _ranks(values: Sequence[float]) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    order = array.argsort(kind="mergesort")
    ranks = np.empty(len(array))
    ranks[order] = np.arange(len(array), dtype=float)
    for value in np.unique(array):
        tied = array == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def graded_input(item: dict, answer: str) -> EvaluationInput:
    return EvaluationInput(
        question=item["question"],
        category="technical",
        key_points=infer_key_points(item["question"], "technical"),
        model_answer=item["reference"],
        answer=answer,
    )


def _fillers(text: str) -> int:
    count = len(words(text))
    return measure_delivery(text, count, segments(text)).filler_count if count else 0


def agreement(path: Path) -> dict[str, float]:
    human, machine, everything, lengths, fillers = [], [], [], [], []
    within, long_zero, long_genuine = [], 0, 0
    for item in load(path):
        pairs = []
        for row in item["answers"]:
            result = evaluate_answer(graded_input(item, row["text"]))
            everything.append((row["score"], -1 if result.score is None else result.score))
            lengths.append(len(row["text"].split()))
            fillers.append(-_fillers(row["text"]))
            if result.score is not None:
                pairs.append((row["score"], result.score))
            if len(row["text"].split()) >= LONG and row["score"] >= GENUINE:
                long_genuine += 1
                long_zero += result.score == 0
        human += [h for h, _ in pairs]
        machine += [m for _, m in pairs]
        rho = spearman([h for h, _ in pairs], [m for _, m in pairs])
        if not np.isnan(rho):
            within.append(rho)
    grades = [h for h, _ in everything]
    return {
        "pooled rho (scored answers)": spearman(human, machine),
        "within-question rho (mean)": float(np.mean(within)),
        "all answers, abstained lowest": spearman(grades, [m for _, m in everything]),
        "baseline: length only": spearman(grades, lengths),
        "baseline: fewer fillers only": spearman(grades, fillers),
        "answers scored (%)": 100 * len(human) / len(everything),
        f"{LONG}+ word genuine answers at 0": long_zero,
        "questions": len(load(path)),
        "answers": len(everything),
    }


def print_agreement(splits: Sequence[str] = tuple(GRADED)) -> None:
    columns = {split: agreement(GRADED[split]) for split in splits}
    print_columns(
        "Agreement with human grades (UNT short answers, see bench/data/SOURCES.md)", columns
    )


def print_columns(title: str, columns: dict[str, dict[str, float]]) -> None:
    """One row per figure, one column per split (dev and test side by side)."""
    print(f"\n{title}")
    print(f"{'':40s}" + "".join(f" {split:>7s}" for split in columns))
    for name in next(iter(columns.values())):
        cells = [figures[name] for figures in columns.values()]
        shown = [f"{v:7d}" if isinstance(v, int) else f"{v:7.3f}" for v in cells]
        print(f"{name:40s} " + " ".join(shown))


if __name__ == "__main__":  # `... -m bench.evaluator_human dev` while tuning: dev only
    print_agreement(sys.argv[1:] or tuple(GRADED))
