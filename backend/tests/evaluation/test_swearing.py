"""Swearing in an answer costs communication and the score, is named in the feedback and the
working, and only real swear words count: mild words and words that merely contain one do not."""

import pytest

from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.questions.bank import QuestionCategory

LED_A_TEAM = "Tell me about a time you led a team."
CLEAN = (
    "Last year I led a team of five developers when our checkout service kept timing out two "
    "weeks before Black Friday. My task was to cut the error rate below 1% before the sale. We "
    "traced the timeouts to a slow inventory query, so I split the work: two of us rewrote the "
    "query with an index and three load-tested it every night. As a result our error rate fell "
    "from 8% to 0.3%. I learned to give each person a clear goal and check in daily."
)
SWORN = CLEAN.replace("My task was", "Shit, my task was").replace(
    "As a result", "As a result, fuck yes,"
)
MILD = CLEAN.replace("My task was", "Damn, it was a crap week. My task was")


def evaluate(
    answer: str, question: str = LED_A_TEAM, category: QuestionCategory = "behavioral"
) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=question, category=category, key_points=[], answer=answer)
    )


def lost(result: AnswerEvaluation) -> dict[str, float]:
    assert result.working is not None and result.working.delivery is not None
    return {d.name: d.points for d in result.working.delivery.deductions}


def test_swearing_lowers_communication_and_the_score_and_the_feedback_says_so() -> None:
    clean, sworn = evaluate(CLEAN), evaluate(SWORN)

    assert clean.score is not None and sworn.score is not None
    assert sworn.communication <= clean.communication - 30
    assert sworn.score < clean.score
    assert lost(sworn)["swearing"] == 40 and "swearing" not in lost(clean)
    assert sworn.signals["swear_words"] == "shit,fuck" and clean.signals["swear_words"] == ""
    assert "swearing (fuck and shit) costs it" in sworn.remark
    assert sworn.suggestion.startswith("Keep the language professional")


def test_swearing_costs_a_technical_answer_too() -> None:
    question = "What is a database index?"
    plain = "An index is a sorted copy of some columns, so a lookup reads a few pages, not all."
    sworn = plain.replace("not all", "not the whole damn shitload of them")

    assert lost(evaluate(sworn, question, "technical"))["swearing"] == 20
    assert "swearing" not in lost(evaluate(plain, question, "technical"))


@pytest.mark.parametrize(
    "answer",
    [
        MILD,
        CLEAN.replace("an index", "an index the class assessment found, in our Scunthorpe office"),
    ],
)
def test_mild_words_and_words_that_only_contain_a_swear_word_cost_nothing(answer: str) -> None:
    result = evaluate(answer)

    assert "swearing" not in lost(result) and result.signals["swear_words"] == ""
    assert "swearing" not in result.remark
