"""Agreement of the local evaluator with people on spoken monologues: Spearman's rho between
its scores and the crowd's "would you invite this person to a job interview" rating of
bench/data/spoken_{dev,test}.jsonl (transcribed 15-second clips of people talking to a camera,
ChaLearn First Impressions V2; see bench/impressions_sets.py and SOURCES.md).

The clips answer no question of ours, so each is evaluated as a typed answer (no timings, as
transcripts reach the API) to "Tell me about yourself." and two figures are given:

  score                 the product's overall score (its relevance judges a vlog about make-up
                        as off the question, which it is)
  topic set aside       the same components combined as for an on-topic answer (relevance 100):
                        how the rest of the score (substance, structure, communication)
                        follows what raters reward
  communication         the communication component alone
  elaboration, depth    those components alone: how much the answer says, and its specifics
                        (which a vlog, telling no story, hardly has)
  baselines             length alone; unique words alone; fewer fillers per word alone; fewer
                        negations per word alone (the words outlook counts, tone.py)

and, per speaker video (bench/data/spoken_videos_*.jsonl: 3-6 clips of one speaker, rated by
the mean of their clips' ratings), to mimic the rating of a whole interview: each clip is an
answer and the video is scored as an interview's overall score is made from its answers
(app.results.scoring.answers_overall), beside the same baselines over the whole video; and
the video's clips joined as one answer (100-300 words, the length of an answer in a real
interview, where the per-clip figures are 15-second fragments).

The transcripts were cleaned by the transcribers (almost no "um"/"uh"), so this set measures
substance and wording, not disfluency; tune on dev only.
"""

import json
import sys
from collections.abc import Sequence
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.evaluation.delivery import measure_delivery, without_disfluencies  # noqa: E402
from app.evaluation.local import evaluate_answer  # noqa: E402
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput  # noqa: E402
from app.evaluation.text import segments, words  # noqa: E402
from app.evaluation.tone import measure_tone  # noqa: E402
from app.results.scoring import answers_overall  # noqa: E402
from bench.evaluator_human import print_columns, spearman  # noqa: E402

SPOKEN = {"dev": BACKEND / "bench" / "data" / "spoken_dev.jsonl",
          "test": BACKEND / "bench" / "data" / "spoken_test.jsonl"}  # fmt: skip
VIDEOS = {"dev": BACKEND / "bench" / "data" / "spoken_videos_dev.jsonl",
          "test": BACKEND / "bench" / "data" / "spoken_videos_test.jsonl"}  # fmt: skip
QUESTION = "Tell me about yourself."


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def topic_set_aside(result: AnswerEvaluation) -> int:
    """The overall score these components would make for an on-topic answer (relevance 100,
    so no gate), from the weights and values the working shows."""
    if result.working is None:
        return -1
    total = sum(
        part.weight * (100 if part.name == "relevance" else part.value)
        for part in result.working.components
    )
    return round(total * result.working.length_factor)


def _component(result: AnswerEvaluation, name: str) -> float:
    if result.working is None:
        return -1
    return next((part.value for part in result.working.components if part.name == name), -1)


def _fillers_per_word(text: str) -> float:
    count = len(words(text))
    return measure_delivery(text, count, segments(text)).filler_count / max(1, count)


def _negations_per_word(text: str) -> float:
    said = without_disfluencies(text)
    return len(measure_tone(said, QUESTION).negations) / max(1, len(words(said)))


def _evaluate(text: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=QUESTION, category="behavioral", key_points=[], answer=text)
    )


def agreement(path: Path) -> dict[str, float]:
    rows = load(path)
    human = [row["interview"] for row in rows]
    results = [_evaluate(r["text"]) for r in rows]
    scores = [-1 if r.score is None else r.score for r in results]
    return {
        "score (as 'tell me about yourself')": spearman(human, scores),
        "score, topic set aside": spearman(human, [topic_set_aside(r) for r in results]),
        "communication alone": spearman(human, [r.communication for r in results]),
        "elaboration alone": spearman(human, [_component(r, "elaboration") for r in results]),
        "depth alone": spearman(human, [r.depth for r in results]),
        "baseline: length only": spearman(human, [len(r["text"].split()) for r in rows]),
        "baseline: unique words only": spearman(
            human, [len({w.lower() for w in words(r["text"])}) for r in rows]
        ),
        "baseline: fewer fillers per word": spearman(
            human, [-_fillers_per_word(r["text"]) for r in rows]
        ),
        "baseline: fewer negations per word": spearman(
            human, [-_negations_per_word(r["text"]) for r in rows]
        ),
        "clips": len(rows),
    }


def video_agreement(path: Path) -> dict[str, float]:
    """Per speaker video, as an interview: its answers' overall against the mean rating."""
    videos = load(path)
    human = [video["interview"] for video in videos]
    overall, aside, communication, length, fillers, negations = [], [], [], [], [], []
    joined = []
    for video in videos:
        texts = [clip["text"] for clip in video["clips"]]
        results = [_evaluate(text) for text in texts]
        overall.append(answers_overall(results) or -1)
        aside.append(sum(map(topic_set_aside, results)) / len(results))
        joined.append(topic_set_aside(_evaluate(" ".join(texts))))
        communication.append(sum(r.communication for r in results) / len(results))
        length.append(sum(len(text.split()) for text in texts))
        fillers.append(-_fillers_per_word(" ".join(texts)))
        negations.append(-_negations_per_word(" ".join(texts)))
    return {
        "overall (mean of answers, as an interview)": spearman(human, overall),
        "overall, topic set aside": spearman(human, aside),
        "one answer of all clips, topic set aside": spearman(human, joined),
        "communication (mean)": spearman(human, communication),
        "baseline: words in the video": spearman(human, length),
        "baseline: fewer fillers per word": spearman(human, fillers),
        "baseline: fewer negations per word": spearman(human, negations),
        "videos": len(videos),
    }


def print_spoken_agreement(splits: Sequence[str] = tuple(SPOKEN)) -> None:
    columns = {split: agreement(SPOKEN[split]) for split in splits}
    title = "Agreement with human ratings of spoken monologues (First Impressions V2, SOURCES.md)"
    print_columns(title, columns)
    if all(VIDEOS[split].exists() for split in splits):
        title = "Per speaker video, scored as a whole interview (First Impressions V2)"
        print_columns(title, {split: video_agreement(VIDEOS[split]) for split in splits})


if __name__ == "__main__":  # `... -m bench.evaluator_spoken dev` while tuning: dev only
    print_spoken_agreement(sys.argv[1:] or tuple(SPOKEN))
