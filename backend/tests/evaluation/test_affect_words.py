"""The shipped affect words: VADER's negation list is read as written in its module, keeping
only what the evaluator reads as one word, so outlook counts what VADER counts."""

import json
from pathlib import Path

from app.evaluation.tone import AFFECT_FILE
from scripts.build_affect_words import negations


def test_negations_are_read_from_vaders_module_without_running_it(tmp_path: Path) -> None:
    module = tmp_path / "vaderSentiment.py"
    module.write_text(
        'raise SystemExit("never run")\nNEGATE = ["not", "Never", "uh-uh", "don\'t", "not"]\n',
        encoding="utf-8",
    )

    assert negations(module) == ["don't", "never", "not"]


def test_the_shipped_file_carries_the_negations_with_the_lexicon_and_its_notice() -> None:
    data = json.loads(AFFECT_FILE.read_text(encoding="utf-8"))

    assert {"not", "never", "don't", "nothing", "without"} <= set(data["negations"])
    assert "uh-uh" not in data["negations"] and "Copyright (c) 2016 C.J. Hutto" in data["notice"]
