"""Build the human-rated answer sets: `bench/data/graded_{dev,test}.jsonl`.

Source: the UNT Computer Science Short Answer Dataset v2.0 (Mohler, Bunescu and Mihalcea,
ACL 2011; licence and commit in bench/data/SOURCES.md), read from a local bare git mirror of a
public repository that carries the original archive unchanged. Introductory computer-science
questions, the instructor's answer to each, and real students' typed answers, each graded 0-5
for correctness by two people (the average is the gold score). Nobody on this team wrote or
graded them; the committed files are the derived sets, so the bench runs without the mirror.

    cd backend && ../.venv/bin/python -m bench.evaluator_sets /path/to/mirrors

One line per question: `{"id", "source", "question", "reference", "answers": [{"text",
"score", "grader1", "grader2"}]}`. Split BY QUESTION, by the first byte of the SHA-1 of the
lower-cased question (even: dev), so no question is in both and the split is decided by the
text alone. Questions the authors themselves left out (selection and ordering questions, `#`
in `data/docs/files`) are left out here too.
"""

import contextlib
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
REPO = "dbbrandt/short_answer_granding_capstone_project"
COMMIT = "c240cee64509b35009c0da789675e66f049fe2d8"
ROOT = "data/source_data/ShortAnswerGrading_v2.0/data"
SPLITS = ("dev", "test")


def _show(git_dir: Path, commit: str, path: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{ROOT}/{path}"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8", errors="replace")


def clean(text: str) -> str:
    """The raw answers keep the web form's `<br>` tags and double spaces, and a few quotes
    stored as UTF-8 read as cp1252 (a left quote shown as three characters): those are
    undone, nothing else changes."""
    with contextlib.suppress(UnicodeError):  # else already the intended characters
        text = text.encode("cp1252").decode("utf-8")
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


def _by_id(text: str) -> dict[str, str]:
    """`x.y text` lines (questions, instructor answers, student answers) -> {x.y: text}."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        key, _, rest = line.partition(" ")
        if key:
            rows[key] = clean(rest)
    return rows


def split_of(question: str) -> str:
    return SPLITS[hashlib.sha1(question.lower().encode()).digest()[0] % 2]


def build(git_dir: Path, commit: str) -> dict[str, list[dict[str, Any]]]:
    show = lambda path: _show(git_dir, commit, path)  # noqa: E731
    questions, references = _by_id(show("raw/questions")), _by_id(show("raw/answers"))
    kept = [line for line in show("docs/files").split() if not line.startswith("#")]
    out: dict[str, list[dict[str, Any]]] = {split: [] for split in SPLITS}
    for qid in kept:
        answers = [clean(line.partition(" ")[2]) for line in show(f"raw/{qid}").splitlines()]
        scores = [float(v) for v in show(f"scores/{qid}/ave").split()]
        grader1 = [float(v) for v in show(f"scores/{qid}/other").split()]
        grader2 = [float(v) for v in show(f"scores/{qid}/me").split()]
        if not len(answers) == len(scores) == len(grader1) == len(grader2):
            raise ValueError(f"{qid}: {len(answers)} answers but {len(scores)} scores")
        rows = [
            {"text": text, "score": score, "grader1": one, "grader2": two}
            for text, score, one, two in zip(answers, scores, grader1, grader2, strict=True)
            if text
        ]
        item = {
            "id": qid,
            "source": REPO,
            "question": questions[qid],
            "reference": references[qid],
            "answers": rows,
        }
        out[split_of(questions[qid])].append(item)
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    git_dir = root / REPO.replace("/", "+") / "repo"
    for split, items in build(git_dir, COMMIT).items():
        path = DATA / f"graded_{split}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        answers = sum(len(item["answers"]) for item in items)
        print(f"{path.name}: {len(items)} questions, {answers} answers")


if __name__ == "__main__":
    main()
