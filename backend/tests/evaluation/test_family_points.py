"""The key points of a common question ("a time you led", "a time you failed", "tell me about
yourself") describe what a good answer does, not the words it uses: an answer is told it
covers them where it shows them, with the sentence quoted, and a story about something else
is not."""

from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.structure import measure_structure
from app.evaluation.text import segments
from tests.evaluation.test_transcript_fillers import CLEAN, LEADERSHIP

FAILURE = (
    "Two years ago I shipped a database migration on a Friday without testing the rollback, "
    "and it failed in production. Checkout was down for forty minutes. I owned it straight "
    "away, told my manager, and rolled back by hand. Since then I always rehearse the rollback "
    "in staging first, and I wrote the checklist the team still uses."
)
INTRODUCTION = (
    "I'm a backend engineer at a logistics startup, where I look after our payments service. "
    "Before that I studied computer science at Leeds and spent two years at a bank building "
    "reporting tools. I led the move of our payments to Postgres, which cut failed payments by "
    "a third. Now I'm looking for a role where I can own a larger system, which is why this "
    "team appeals to me."
)


def evaluate(question: str, answer: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=question, category="behavioral", key_points=[], answer=answer)
    )


def covered(result: AnswerEvaluation) -> dict[str, str]:
    return {point.point: point.evidence for point in result.key_points_covered}


def test_a_leadership_story_in_its_own_words_covers_the_leadership_points() -> None:
    result = evaluate(LEADERSHIP, CLEAN)

    assert set(covered(result)) == {
        "Describes a situation where they led people",
        "Explains how they set direction and supported others",
        "States the result for the team",
    }
    assert all(evidence in CLEAN for evidence in covered(result).values())
    assert result.key_points_missed == []
    assert result.remark.startswith("Covers 3 of 3 key points")
    assert "led people" not in result.suggestion


def test_a_failure_owned_fixed_and_learned_from_covers_the_failure_points() -> None:
    result = evaluate("Tell me about a time you failed.", FAILURE)

    points = covered(result)
    assert len(points) == 3
    assert points["Says what they learned and changed"].startswith("Since then I always")
    assert "shipped a database migration" in points["Owns a real failure or mistake"]
    # What they did to fix it is quoted from after the failure, not the failure itself.
    assert points["Explains what they did to fix it"].startswith("I owned it straight away")


def test_an_introduction_covers_each_part_where_it_says_it() -> None:
    points = covered(evaluate("Tell me about yourself.", INTRODUCTION))

    assert points["Says who they are and their current role"].startswith("I'm a backend")
    assert points["Summarises past experience and education"].startswith("Before that")
    assert points["Says what they are looking for next and why this role"].startswith("Now I'm")


def test_a_story_about_something_else_covers_none_of_the_questions_points() -> None:
    result = evaluate("Tell me about a time you had a conflict with a coworker.", CLEAN)

    assert result.key_points_covered == []
    assert "Describes the disagreement and who was involved" in result.key_points_missed

    chatter = (
        "I like pizza and skiing. My favourite film is Alien. I have a cat called Tom who "
        "sleeps all day and I watch football on Sundays with my friends at the pub."
    )
    assert evaluate("Tell me about yourself.", chatter).key_points_covered == []


def test_finishing_early_or_placing_in_a_competition_is_a_result() -> None:
    for sentence in (
        "We finished a week early.",
        "We were done two days ahead of the deadline.",
        "Our team placed third out of thirty teams.",
        "In March we won the contract.",
    ):
        found = measure_structure("behavioral", segments(sentence), "STAR").components
        assert "result" in found, sentence
