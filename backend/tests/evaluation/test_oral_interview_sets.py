"""The oral interview sets (bench/oral_interview_sets.py) keep a learner's open dialogue as
said, fillers and all, cut into answers, and leave out the role play and the picture
description. The sets themselves are not in the repository (see bench/data/SOURCES.md)."""

from bench.oral_interview_sets import ANSWER_WORDS, learners


def _row(file_no: str, word: str, level: str, conversation: str) -> list[str]:
    return [file_no, word, "NN", "f", "O", level, conversation, "0", "0", "0", "0", "0", "0"]


def _utterance(label: str, words: str, *, conversation: str = "1") -> list[list[str]]:
    first, *rest = words.split()
    rows = [_row(label, first, "6", conversation)]
    return rows + [_row("", word, "6", conversation) for word in rest]


def test_a_learners_dialogue_is_kept_as_said_and_cut_into_answers() -> None:
    long_turn = " ".join(["er", "i", "i", "work"] * (ANSWER_WORDS // 4))
    rows = (
        _utterance("7:A:1", long_turn)
        + _utterance("7:A:2", "um i like skiing")
        + _utterance("7:A:3", "the cat is on the roof", conversation="0")
    )

    [learner] = learners(rows)

    assert learner["id"] == "7" and learner["level"] == 6
    assert learner["answers"] == [f"{long_turn}.", "um i like skiing."]
