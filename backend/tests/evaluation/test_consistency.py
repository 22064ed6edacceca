"""The built-in evaluator gives the same answer the same evaluation every time: whatever it
evaluated before, and from a fresh state (its caches emptied). Across processes and hash
seeds: test_local_evaluator.test_output_is_deterministic_across_calls_and_hash_seeds."""

import sys

from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import EvaluationInput
from tests.evaluation.test_unseen_questions import (
    ACCESSIBILITY,
    HASH_MAP,
    INTRODUCTION,
    TEXTBOOK,
    custom,
)

ANSWERS = (
    custom(ACCESSIBILITY, TEXTBOOK),
    custom("How does a hash map work?", HASH_MAP),
    custom("Tell me about yourself.", INTRODUCTION, "behavioral"),
    EvaluationInput(
        question="How does HTTP caching work?",
        category="technical",
        key_points=["Cache-Control max-age", "ETag validation with If-None-Match"],
        model_answer="Cache-Control sets freshness; ETags let the client revalidate cheaply.",
        answer=HASH_MAP,  # an answer to another question: low, and just as repeatable
    ),
)


def _empty_the_caches() -> None:
    """Every memo in the app's evaluation code and what it calls, as a new process has them."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("app."):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def test_the_same_answer_gets_the_same_evaluation_every_time():
    first = [evaluate_answer(data).model_dump() for data in ANSWERS]
    assert all(evaluation["scored"] for evaluation in first)
    indexes = list(range(len(ANSWERS)))
    # A different order each round: nothing evaluated before may change the next one.
    for order in (indexes, indexes[::-1], indexes[1:] + indexes[:1], indexes[2:] + indexes[:2]):
        for index in order:
            assert evaluate_answer(ANSWERS[index]).model_dump() == first[index], index


def test_a_fresh_state_gives_the_same_evaluation():
    first = [evaluate_answer(data).model_dump() for data in ANSWERS]
    _empty_the_caches()
    for data, expected in zip(reversed(ANSWERS), reversed(first), strict=True):
        assert evaluate_answer(data).model_dump() == expected
