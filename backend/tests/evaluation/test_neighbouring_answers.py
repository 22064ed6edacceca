"""A custom technical question judged on the question alone (generated key points, no model
answer): the answer to a neighbouring question of the same field shares the field's words and
much of its meaning, and must still rank below the question's own answer."""

from app.evaluation.feedback import OFF_TOPIC_BELOW
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.questions.key_points import infer_key_points


def judged(question: str, answer: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(
            question=question,
            category="technical",
            key_points=infer_key_points(question, "technical"),
            answer=answer,
        )
    )


BOX_MODEL = "Describe the layout of the CSS box model and what each of its layers does."
BOX_MODEL_ANSWER = (
    "Every element is drawn as nested rectangles. In the middle is the content area, sized by "
    "width and height. Around it the padding adds inner space that takes the element's "
    "background. Then comes the border, which can have its own thickness and colour. Outside "
    "it the margin keeps other elements away, and vertical margins of neighbours can collapse "
    "into one. With box-sizing set to border-box, the width includes padding and border."
)
PREPROCESSORS_ANSWER = (
    "CSS preprocessors such as Sass and Less add variables, nesting and mixins to CSS, then "
    "compile to plain CSS the browser understands. They keep large CSS code bases consistent, "
    "because a colour or a spacing value is defined once and reused. The cost is a build step "
    "and CSS that can be harder to debug, although source maps help."
)


def test_naming_the_field_skill_does_not_put_another_answer_on_this_question():
    """The generated point 'Uses CSS concepts and terms accurately' is met by any CSS answer."""
    own = judged(BOX_MODEL, BOX_MODEL_ANSWER)
    neighbour = judged(BOX_MODEL, PREPROCESSORS_ANSWER)
    assert own.relevance > neighbour.relevance


CONTROLLED = "What is a controlled component in React?"
CONTROLLED_ANSWER = (
    "A controlled component is a form input whose value lives in React state: the component "
    "passes the value down as a prop and updates the state in its onChange handler, so React "
    "is the single source of truth and you can validate or reformat every keystroke."
)
UNCONTROLLED_ANSWER = (
    "Unlike a controlled component in React, an uncontrolled component keeps its own value in "
    "the DOM, like a plain HTML input. You read the value with a ref when you need it, for "
    "example on submit, instead of storing every change in React state. It means less code, "
    "but React does not know the value as it changes."
)


def test_a_closer_answer_in_meaning_stays_more_relevant_when_both_are_close():
    """Both answers are near the question in meaning and share all its words; the one about
    it must stay nearer, not tie with the other at full marks."""
    own = judged(CONTROLLED, CONTROLLED_ANSWER)
    neighbour = judged(CONTROLLED, UNCONTROLLED_ANSWER)
    assert own.relevance > neighbour.relevance


TIME_SERIES = "What is a time series?"
TIME_SERIES_ANSWER = (
    "A time series is a sequence of measurements of the same thing taken in time order, "
    "usually at regular intervals, like daily sales or hourly server load. The order matters, "
    "so neighbouring values are related to each other."
)
FORECASTING_ANSWER = (
    "To forecast a time series I usually start with a seasonal naive baseline, then try "
    "exponential smoothing such as Holt-Winters and an ARIMA model, because they handle trend "
    "and seasonality differently. For example, for weekly demand at a retailer we compared "
    "them on the last 12 weeks held out and Holt-Winters cut the error by 18% against the "
    "baseline. Gradient boosting on lag features is another option when there are many "
    "related series, but it needs more care with leakage."
)


def test_a_detailed_answer_to_a_neighbouring_question_does_not_outscore_a_plain_right_one():
    """Depth and structure count as far as the answer is about this question."""
    own = judged(TIME_SERIES, TIME_SERIES_ANSWER)
    neighbour = judged(TIME_SERIES, FORECASTING_ANSWER)
    assert own.score is not None and neighbour.score is not None
    assert neighbour.depth > own.depth
    assert own.score > neighbour.score


def test_a_neighbouring_answer_is_not_gated_off_when_a_model_answer_judges_it():
    """With a model answer, accuracy says whether it is right: the stricter gate stays off."""
    data = EvaluationInput(
        question=TIME_SERIES,
        category="technical",
        key_points=infer_key_points(TIME_SERIES, "technical"),
        model_answer=TIME_SERIES_ANSWER,
        answer=FORECASTING_ANSWER,
    )
    evaluation = evaluate_answer(data)
    assert evaluation.working is not None
    assert evaluation.relevance >= 60
    assert evaluation.working.gate == 1.0


def test_curly_apostrophes_read_as_straight_ones():
    """Phones and word processors type a curly apostrophe ('it\u2019s'): one word, as 'it's'."""
    question = "What\u2019s a closure in JavaScript, and why would you use one?"
    straight = (
        "A closure is a function that keeps access to the variables of the scope it was "
        "created in, even after that scope has returned. It's how you keep private state: "
        "a counter function can't be reset from outside, and it doesn't leak into globals."
    )
    curly = straight.replace("'", "\u2019")
    plain = judged(question.replace("\u2019", "'"), straight)
    typed = judged(question, curly)
    assert typed.signals["word_count"] == plain.signals["word_count"]
    assert typed.relevance == plain.relevance
    assert typed.score == plain.score


DEEP_COPY = "How would you make a deep copy of a nested object in JavaScript?"
EVENT_LOOP_ANSWER = (
    "JavaScript runs on a single thread with an event loop. Synchronous code runs first, then "
    "the loop takes callbacks from the task queue, and promise callbacks from the microtask "
    "queue go before the next task. That is why a setTimeout of zero still runs after a "
    "resolved promise in JavaScript."
)


def test_an_answer_about_another_subject_of_the_same_language_is_told_it_is_off_topic():
    """Naming 'JavaScript' is naming the field, not the question's subject."""
    evaluation = judged(DEEP_COPY, EVENT_LOOP_ANSWER)
    assert evaluation.relevance < OFF_TOPIC_BELOW
    assert evaluation.remark.startswith("This doesn't answer the question asked")
