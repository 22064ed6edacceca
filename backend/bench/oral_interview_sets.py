"""Build the human-rated spoken interview sets: `bench/data/oral_{dev,test}.jsonl`.

Source: the NICT JLE corpus (Izumi, Uchimoto and Isahara 2004), as adapted by Skidmore and
Moore (2022) and published at https://github.com/lucyskidmore/nict-jle (licence and commit in
bench/data/SOURCES.md), read from a local bare git mirror: transcripts of the Standard Speaking
Test, a 15-minute oral interview of a Japanese learner of English by a trained examiner, who
rates the learner's speaking from 1 to 9 (the SST level). The transcribers kept every filler,
repetition and false start as it was said ("um", "er", "urr", "i i had to"). Nobody on this
team wrote, spoke or rated them.

    cd backend && ../.venv/bin/python -m bench.oral_interview_sets /path/to/mirror.git

Only the mirror's `train.zip` is read (the held-out and test files are not in the public
copy). Only the interview's open dialogue is kept (the `conversation` column: the examiner's
questions about the learner's life, work and interests), not the role play or the picture
description. The adaptation left out the examiner's turns (and numbers the learner's
utterances on their own), so where one answer ends is not known: the learner's utterances, in
the order spoken, are cut into answers of ANSWER_WORDS words or more (the last one may be
shorter), about the length of an answer in a real interview. Each utterance is ended with a
full stop (the corpus has no punctuation; the product's transcripts do). Words are as
transcribed, lower case.

One line per learner: `{"id", "level", "answers": [text, ...]}`. Split by the learner's file
number, by the first byte of its SHA-1 (even: dev), decided by the id alone.
"""

import csv
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
REPO = "lucyskidmore/nict-jle"
COMMIT = "16d4e0e"
_FILE, _WORD, _LEVEL, _CONVERSATION = 0, 1, 5, 6
ANSWER_WORDS = 60


def _rows(git_dir: Path) -> list[list[str]]:
    raw = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:train.zip"],
        check=True,
        capture_output=True,
    ).stdout
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        text = archive.read("train.csv").decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter="\t"))[1:]


def learners(rows: list[list[str]]) -> list[dict[str, Any]]:
    """Each learner's open dialogue, as answers of about ANSWER_WORDS words."""
    by_file: dict[str, dict[str, Any]] = {}
    utterances: dict[str, list[list[str]]] = {}
    file_id = ""
    for row in rows:
        if row[_FILE]:
            file_id = row[_FILE].split(":")[0]
            by_file.setdefault(file_id, {"id": file_id, "level": int(row[_LEVEL])})
            utterances.setdefault(file_id, []).append([])
        if row[_CONVERSATION] == "1":
            utterances[file_id][-1].append(row[_WORD])
    kept = []
    for file_id, learner in by_file.items():
        answers: list[list[list[str]]] = [[]]  # answers of utterances of words
        for said in filter(None, utterances[file_id]):
            if sum(len(sentence) for sentence in answers[-1]) >= ANSWER_WORDS:
                answers.append([])
            answers[-1].append(said)
        if answers[0]:
            texts = [" ".join(" ".join(s) + "." for s in answer) for answer in answers]
            kept.append({**learner, "answers": texts})
    return kept


def _split(file_id: str) -> str:
    return "dev" if hashlib.sha1(file_id.encode()).digest()[0] % 2 == 0 else "test"


def main(git_dir: Path) -> None:
    splits: dict[str, list[dict[str, Any]]] = {"dev": [], "test": []}
    for learner in learners(_rows(git_dir)):
        splits[_split(learner["id"])].append(learner)
    for name, rows in splits.items():
        with (DATA / f"oral_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"oral_{name}: {len(rows)} learners")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
