"""The human-graded bench sets load, split by question, and are measured with a correct rho."""

import math

import pytest

from bench.evaluator_human import GRADED, load, spearman
from bench.evaluator_sets import split_of


@pytest.fixture(scope="module")
def sets() -> dict[str, list[dict]]:
    return {split: load(path) for split, path in GRADED.items()}


def test_every_answer_has_a_human_grade_from_0_to_5(sets: dict[str, list[dict]]) -> None:
    for items in sets.values():
        assert len(items) >= 30
        for item in items:
            assert item["question"].strip() and item["reference"].strip()
            assert len(item["answers"]) >= 10
            for answer in item["answers"]:
                assert answer["text"].strip()
                assert 0 <= answer["score"] <= 5
                assert "<br>" not in answer["text"]


def test_dev_and_test_share_no_question(sets: dict[str, list[dict]]) -> None:
    dev, test = sets["dev"], sets["test"]
    assert not {item["id"] for item in dev} & {item["id"] for item in test}
    assert not {item["question"].lower() for item in dev} & {
        item["question"].lower() for item in test
    }
    for split, items in sets.items():
        assert all(split_of(item["question"]) == split for item in items)


def test_spearman_matches_known_values_with_ties() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # Tied values share their mean rank: ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4), whose
    # Pearson correlation is 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10).
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(3 / math.sqrt(10))
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))
