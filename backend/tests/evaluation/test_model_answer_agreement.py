"""Accuracy: a technical answer is judged against its model answer, by meaning and by words."""

from app.evaluation.agreement import Agreement
from app.evaluation.feedback import OFF_TOPIC_BELOW
from app.evaluation.local import WEIGHTS_WITH_MODEL, evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.questions.bank import QuestionCategory

QUESTION = "What does the load factor of a hash table tell you, and what happens when it is high?"
MODEL = (
    "The load factor is the number of stored entries divided by the number of buckets. When it "
    "gets high, collisions become frequent and lookups slow down, so the table is resized: a "
    "larger bucket array is allocated and every entry is rehashed into it."
)
# Same subject, about the same length, in the candidate's own words: one right, one wrong.
# (A paraphrase that shares no term with the model answer is beyond the built-in static model:
# see the README's limits.)
RIGHT = (
    "It measures how full the table is: the entries stored divided by the buckets. When it is "
    "high, many keys collide in the same bucket and every lookup gets slower, so the table is "
    "resized into a bigger bucket array and all the entries are rehashed into it."
)
WRONG = (
    "It is the amount of memory a hash table uses compared with a list. When it is high the "
    "hash function is too slow, so you pick a faster hash function or store the keys in a "
    "sorted list instead, which keeps memory small and makes the table easier to read."
)


def evaluate(answer: str, category: QuestionCategory = "technical") -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(
            question=QUESTION, category=category, key_points=[], model_answer=MODEL, answer=answer
        )
    )


def agreement(result: AnswerEvaluation) -> float:
    value = result.signals["model_answer_agreement"]
    assert isinstance(value, int | float)
    return value


def test_a_correct_paraphrase_scores_well_above_a_wrong_answer_of_the_same_length() -> None:
    assert abs(len(RIGHT.split()) - len(WRONG.split())) <= 5
    right, wrong = evaluate(RIGHT), evaluate(WRONG)
    assert right.score is not None and wrong.score is not None
    assert right.score >= wrong.score + 10
    assert right.grade is not None and wrong.grade is not None
    assert right.grade < wrong.grade  # a better letter: "C" sorts before "D"
    assert agreement(right) > agreement(wrong)


def test_the_working_shows_accuracy_with_the_weights_that_made_the_score() -> None:
    result = evaluate(RIGHT)
    assert result.working is not None
    parts = {part.name: part for part in result.working.components}
    assert set(parts) == set(WEIGHTS_WITH_MODEL)
    assert parts["accuracy"].weight == WEIGHTS_WITH_MODEL["accuracy"]
    assert parts["accuracy"].value == round(100 * agreement(result))
    assert abs(sum(part.weight for part in parts.values()) - 1) < 1e-9
    # The score is the weighted parts, the gated ones times the gate (no length cut here).
    gate, lengthwise = result.working.gate, result.working.length_factor
    expected = sum(
        part.weight * part.value * (1 if name == "relevance" else gate)
        for name, part in parts.items()
    )
    assert lengthwise == 1
    assert result.score is not None and abs(result.score - expected) <= 1.5


def test_a_wrong_answer_on_the_subject_is_told_so_not_called_off_topic() -> None:
    result = evaluate(
        "The load factor tells you which hash function the table uses, such as MD5 or SHA-1. "
        "When it is high the hash table is encrypted more strongly, which is safer for "
        "passwords but makes the table harder to debug."
    )
    assert result.relevance >= OFF_TOPIC_BELOW
    assert result.remark.startswith("On topic, but it says little of what the model answer says")
    assert "model answer" in result.suggestion
    assert "doesn't answer the question" not in result.remark
    # The right answer is not told it missed the model answer.
    assert "says little of what the model answer says" not in evaluate(RIGHT).remark


def test_behavioural_answers_are_not_judged_against_a_model_story() -> None:
    result = evaluate_answer(
        EvaluationInput(
            question="Tell me about a time you had to learn a new tool quickly.",
            category="behavioral",
            key_points=[],
            model_answer="I had two weeks to learn Terraform for a migration; I paired with ...",
            answer=(
                "Last spring our team moved to Kubernetes and I had never used it. I took the "
                "official tutorial in the evenings, asked our platform engineer for a one-hour "
                "walkthrough and moved our smallest service first. Within three weeks I had "
                "migrated all four services and wrote the runbook the team still uses."
            ),
        )
    )
    assert result.working is not None
    assert "accuracy" not in {part.name for part in result.working.components}
    assert "model_answer_agreement" not in result.signals


def test_agreement_is_half_meaning_half_words_and_stays_between_0_and_1() -> None:
    assert Agreement(gain=1.0, words=1.0).value == 1.0
    assert Agreement(gain=-1.0, words=0.0).value == 0.0
    assert Agreement(gain=-1.0, words=1.0).value == 0.5
    assert 0 < Agreement(gain=0.05, words=0.0).value < 0.5
