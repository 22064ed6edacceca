"""Questions the evaluator was never tuned on: custom ones, common families, abstaining, and
the working shown with every score."""

import pytest

from app.evaluation.feedback import OFF_TOPIC_BELOW
from app.evaluation.local import WEIGHTS, evaluate_answer
from app.evaluation.rubrics import is_structural, rubric_for
from app.evaluation.schemas import EvaluationInput
from app.questions.bank import QuestionCategory
from app.questions.key_points import infer_key_points

ACCESSIBILITY = "What is web accessibility, and how do you make sure a site is accessible?"
TEXTBOOK = (
    "Web accessibility means people with disabilities can perceive, understand, navigate and "
    "interact with a site, including people who use screen readers, keyboards or magnifiers. I "
    "start from semantic HTML: real headings, landmarks, buttons and labels, because assistive "
    "technologies read that structure. Images get meaningful alt text, form fields get labels, "
    "and ARIA attributes only fill the gaps native elements leave. Everything must be usable "
    "with the keyboard, with a visible focus outline, and colour contrast should meet WCAG AA, "
    "which is 4.5 to 1 for body text. For example, on our checkout page we found with axe and "
    "VoiceOver that the error messages were never announced, so we linked them with "
    "aria-describedby."
)
HASH_MAP = (
    "A hash map stores key value pairs in an array of buckets. The key is hashed to pick a "
    "bucket, and collisions are handled by chaining or open addressing. Lookups are constant "
    "time on average, and the table is resized when the load factor grows too high, which "
    "keeps the chains short and the lookups fast."
)
INTRODUCTION = (
    "I'm a backend engineer with six years of experience, currently at Acme Logistics, where I "
    "lead a team of four building the routing service in Python and Go. Before that I studied "
    "computer science at the University of Leeds and spent three years at a fintech startup, "
    "where I built the payments API and cut failed transactions by 30 percent. I'm proud of "
    "mentoring two juniors into senior roles. I'm now looking for a role where I can own a "
    "product end to end, which is why this position on your platform team excites me."
)


def custom(question: str, answer: str, category: QuestionCategory = "technical") -> EvaluationInput:
    """A custom question as the app stores it: generated generic key points, no model answer."""
    return EvaluationInput(
        question=question,
        category=category,
        key_points=infer_key_points(question, category),
        answer=answer,
    )


def test_a_textbook_answer_to_a_custom_accessibility_question_gets_a_good_grade():
    evaluation = evaluate_answer(custom(ACCESSIBILITY, TEXTBOOK))
    assert evaluation.scored
    assert evaluation.grade in ("A", "B")
    assert not evaluation.remark.startswith("This doesn't answer")


def test_an_off_topic_answer_to_a_custom_question_scores_low():
    evaluation = evaluate_answer(custom(ACCESSIBILITY, HASH_MAP))
    assert evaluation.relevance < OFF_TOPIC_BELOW
    assert evaluation.score is not None and evaluation.score < 25
    assert evaluation.remark.startswith("This doesn't answer")


def test_restating_the_question_scores_below_answering_it():
    vague = (
        f"{ACCESSIBILITY.rstrip('?')} is something I know well and it is really important. In "
        "general it depends on the situation, but you follow the best practices and it works."
    )
    restated = evaluate_answer(custom(ACCESSIBILITY, vague))
    answered = evaluate_answer(custom(ACCESSIBILITY, TEXTBOOK))
    assert restated.score is not None and answered.score is not None
    assert restated.score + 20 < answered.score


def test_generic_key_points_count_toward_structure_not_topic():
    assert is_structural("Explains how it works")
    assert is_structural("Defines the concept clearly before going deeper")
    assert not is_structural("Readiness probes gate traffic to new pods")
    rubric = rubric_for(
        ACCESSIBILITY, "technical", tuple(infer_key_points(ACCESSIBILITY, "technical")), None
    )
    assert rubric.topical == ("Uses Accessibility concepts and terms accurately",)
    assert rubric.source == "question"  # a skill in a generic frame is weak evidence
    assert "Explains how it works" in rubric.structural


@pytest.mark.parametrize(
    "question", ["Tell me about yourself.", "Walk me through your resume.", "Introduce yourself"]
)
def test_tell_me_about_yourself_is_judged_by_the_introduction_rubric(question):
    # Whatever key points came with it: technical ones, generated for the wrong category.
    evaluation = evaluate_answer(custom(question, INTRODUCTION))
    assert evaluation.working is not None
    assert evaluation.working.rubric == "introduction"
    assert evaluation.working.framework == "narrative"
    assert "Explains how it works" not in evaluation.key_points_missed
    assert evaluation.grade in ("A", "B")


def test_the_category_given_picks_the_structure():
    question = "How do you keep a project on track when requirements keep changing?"
    story = (
        "Last year our client changed the scope of the billing project every week. I needed to "
        "protect the release date, so I set up a weekly change review and I split the backlog "
        "into must-haves and later items. As a result we shipped on time, and I learned to "
        "agree on a change process before the first sprint."
    )
    behavioral = evaluate_answer(custom(question, story, "behavioral"))
    technical = evaluate_answer(custom(question, story, "technical"))
    assert behavioral.working is not None and technical.working is not None
    assert behavioral.working.framework == "STAR"
    assert technical.working.framework == "reasoning"


def test_two_words_abstain_with_a_reason_instead_of_an_f():
    evaluation = evaluate_answer(custom(ACCESSIBILITY, "Screen readers."))
    assert not evaluation.scored
    assert evaluation.abstain_reason == "too_short"
    assert evaluation.score is None and evaluation.grade is None


def test_the_working_shows_sub_scores_weights_gate_and_evidence():
    evaluation = evaluate_answer(custom(ACCESSIBILITY, TEXTBOOK))
    working = evaluation.working
    assert working is not None
    weights = {part.name: part.weight for part in working.components}
    assert weights == WEIGHTS
    assert {part.name for part in working.components} == {
        "relevance", "depth", "structure", "communication"
    }  # fmt: skip
    assert 0 <= working.gate <= 1 and working.length_factor == 1.0
    assert {part.name for part in working.relevance_parts} == {
        "semantic similarity", "lexical evidence"
    }  # fmt: skip
    assert working.evidence and all(span.text in TEXTBOOK for span in working.evidence)


def test_custom_questions_are_scored_deterministically():
    first = evaluate_answer(custom(ACCESSIBILITY, TEXTBOOK)).model_dump()
    again = evaluate_answer(custom(ACCESSIBILITY, TEXTBOOK)).model_dump()
    assert first == again


RACE = "What is a race condition?"
RACE_ANSWER = (
    "A race condition is a bug where the result depends on the timing of threads that share "
    "data without a lock."
)


def test_a_short_correct_answer_beats_the_question_read_back_inside_generalities():
    vague = (
        "What is a race condition is something I know well and it is a really important topic. "
        "I have worked with it a lot at my last job. In general it depends on the situation, "
        "but you follow the best practices and it usually works well for the team."
    )
    restated = evaluate_answer(custom(RACE, vague))
    answered = evaluate_answer(custom(RACE, RACE_ANSWER))
    assert restated.score is not None and answered.score is not None
    assert restated.score < answered.score
    assert restated.relevance < OFF_TOPIC_BELOW


def test_reading_the_question_back_first_neither_helps_nor_hurts_an_answer():
    plain = evaluate_answer(custom(RACE, RACE_ANSWER))
    read_back = evaluate_answer(custom(RACE, f"{RACE} {RACE_ANSWER}"))
    assert abs(plain.relevance - read_back.relevance) <= 5
