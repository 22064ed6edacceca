"""Agreement of the local evaluator with examiners on spoken interviews that keep every filler:
Spearman's rho between its scores and the examiner's 1-9 rating (SST level) of each learner's
oral interview in bench/data/oral_{dev,test}.jsonl (NICT JLE; see bench/oral_interview_sets.py
and SOURCES.md).

Each learner's open dialogue is scored as an interview: its answers (cut at about 60 words, as
the examiner's questions are not in the corpus) are evaluated as typed answers (no timings, as
a transcript reaches the API) to "Tell me about yourself." and combined as an interview's
overall score is (app.results.scoring.answers_overall). Printed, dev and test side by side:

  overall                the product's overall score of the interview
  overall, topic set aside  the answers' components combined as for an on-topic answer
  communication (mean)   the communication component alone
  baselines              words said; unique words; fewer fillers per word (the product's own
                         filler count); fewer fillers, repeats and false starts per word

The examiners rate English proficiency, of which fluency is a large part, not the content of a
job interview: this set measures how the product's reading of delivery follows people's where
the transcript keeps the disfluencies (the First Impressions set's transcribers removed them).
Tune on dev only.
"""

import json
import sys
from collections.abc import Sequence
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.evaluation.delivery import measure_delivery  # noqa: E402
from app.evaluation.text import segments, words  # noqa: E402
from app.results.scoring import answers_overall  # noqa: E402
from bench.evaluator_human import print_columns, spearman  # noqa: E402
from bench.evaluator_spoken import _evaluate, topic_set_aside  # noqa: E402

ORAL = {"dev": BACKEND / "bench" / "data" / "oral_dev.jsonl",
        "test": BACKEND / "bench" / "data" / "oral_test.jsonl"}  # fmt: skip


def _per_word(text: str) -> tuple[float, float]:
    """Fillers per word, and fillers with repeats and false starts per word."""
    count = len(words(text))
    delivery = measure_delivery(text, count, segments(text))
    return (
        delivery.filler_count / max(1, count),
        (delivery.filler_count + len(delivery.disfluencies)) / max(1, count),
    )


def agreement(path: Path) -> dict[str, float]:
    with path.open(encoding="utf-8") as handle:
        learners = [json.loads(line) for line in handle if line.strip()]
    levels = [learner["level"] for learner in learners]
    overall, aside, communication, length, unique, fillers, disfluent = [], [], [], [], [], [], []
    for learner in learners:
        answers = learner["answers"]
        results = [_evaluate(text) for text in answers]
        overall.append(answers_overall(results) or -1)
        scored = [r for r in results if r.score is not None] or results
        aside.append(sum(map(topic_set_aside, scored)) / len(scored))
        communication.append(sum(r.communication for r in scored) / len(scored))
        said = " ".join(answers)
        length.append(len(words(said)))
        unique.append(len({w.lower() for w in words(said)}))
        filler_rate, disfluency_rate = _per_word(said)
        fillers.append(-filler_rate)
        disfluent.append(-disfluency_rate)
    return {
        "overall (as an interview)": spearman(levels, overall),
        "overall, topic set aside": spearman(levels, aside),
        "communication (mean)": spearman(levels, communication),
        "baseline: words said": spearman(levels, length),
        "baseline: unique words": spearman(levels, unique),
        "baseline: fewer fillers per word": spearman(levels, fillers),
        "baseline: fewer disfluencies per word": spearman(levels, disfluent),
        "learners": len(learners),
    }


def print_oral_agreement(splits: Sequence[str] = tuple(ORAL)) -> None:
    title = "Agreement with examiners' ratings of spoken interviews (NICT JLE, SOURCES.md)"
    print_columns(title, {split: agreement(ORAL[split]) for split in splits})


if __name__ == "__main__":  # `... -m bench.evaluator_oral dev` while tuning: dev only
    print_oral_agreement(sys.argv[1:] or tuple(ORAL))
