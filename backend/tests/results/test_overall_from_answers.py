"""An interview's overall score is made from its answers, so what raters of whole interviews
reward in each answer (fluency, saying more) carries into it."""

from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.results.scoring import answers_overall

LEADERSHIP = "Tell me about a time you showed leadership."
CONFLICT = "Tell me about a time you had a conflict with a teammate."
FLUENT = {
    LEADERSHIP: (
        "Last spring I led the six students of our robotics team when our drive train kept "
        "failing six weeks before the regional competition. I split the team into two groups, "
        "one redesigning the gearbox and one testing it, and we met every morning to review "
        "the results. We fixed it in three weeks and placed second out of forty teams."
    ),
    CONFLICT: (
        "In my design class one teammate stopped delivering his part of our prototype. I asked "
        "him for a coffee, learned he was working nights, and we rebalanced the work so he took "
        "the documentation he could do at home. We submitted on time and got an A."
    ),
}
HALTING = {
    LEADERSHIP: (
        "Um, so last spring I, I led the, uh, the six students of our robotics team when, like, "
        "our drive train kept failing, you know, six weeks before the regional competition. Um, "
        "I split the team into, uh, two groups, one redesigning the gearbox and one, um, testing "
        "it, and we, we met every morning to review the results. Uh, we fixed it in three weeks "
        "and, like, placed second out of forty teams."
    ),
    CONFLICT: (
        "Um, in my design class one, uh, teammate kind of stopped delivering his part of our, "
        "like, prototype. I, I asked him for a coffee, um, learned he was working nights, and "
        "we, uh, rebalanced the work so he took the, you know, documentation he could do at "
        "home. Um, we submitted on time and, like, got an A."
    ),
}


def answered(question: str, answer: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=question, category="behavioral", key_points=[], answer=answer)
    )


def test_a_fluent_interview_outscores_the_same_answers_full_of_fillers() -> None:
    fluent = answers_overall([answered(q, a) for q, a in FLUENT.items()])
    halting = answers_overall([answered(q, a) for q, a in HALTING.items()])

    assert fluent is not None and halting is not None
    assert fluent > halting


def test_an_unanswered_question_counts_zero_and_an_abstained_answer_is_left_out() -> None:
    story = answered(LEADERSHIP, FLUENT[LEADERSHIP])
    abstained = answered(CONFLICT, "um")
    assert story.score is not None and not abstained.scored

    assert answers_overall([story, abstained]) == story.score
    assert answers_overall([story, None]) == round(story.score / 2)
    assert answers_overall([abstained, None]) is None
