"""A concrete story told in its own words is on topic: "a time you led without formal authority"
answered with what happened (a runbook, volunteers, releases from nine hours to two) shares few
of the question's words, yet it is judged on topic and beats a platitude that restates the
question; a concrete story about something else (an angry customer) is still off the question."""

import pytest

from app.evaluation.feedback import OFF_TOPIC_BELOW
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput

LED_WITHOUT_AUTHORITY = "Tell me about a time you led without formal authority."
KEY_POINTS = [
    "Situation where nobody owned a problem",
    "Took initiative to drive it",
    "Influenced others through data, persuasion or example",
    "Coordinated people across teams",
    "Measurable outcome",
    "Gave credit to others",
]
STORY = (
    "Our release nights kept slipping because the deployment checklist was out of date, and "
    "each of the three squads blamed the others. I was a junior developer, but I timed our last "
    "six releases and showed at the weekly sync that we lost about nine hours each time to "
    "missed steps. I wrote a shared runbook, asked one volunteer from every squad to keep a "
    "section current, and ran a short rehearsal before each release. Within two months releases "
    "took under two hours and we had no rollbacks for a quarter. When my manager praised it, I "
    "named the three volunteers, because they did most of the work."
)
PLATITUDE = (
    "I think leadership without formal authority is not about having a title, it is about how "
    "you show up every day and how you treat people. I have always tried to lead by example and "
    "be someone others can rely on. People often come to me for advice or help, even though I am "
    "not a manager, and I think that is because I am approachable and I care about doing good "
    "work. I try to motivate people and keep a positive attitude, especially when things get "
    "tough. There have been many times when I stepped up and took the initiative without any "
    "formal authority. A good leader listens, communicates clearly and puts the team first, "
    "whatever their formal role."
)
ANOTHER_STORY = (
    "A customer's order of 400 printed banners arrived with the wrong colours two days before "
    "their trade show, and she was furious on the phone. I apologised, checked the proof she had "
    "approved and saw our printer had used an old colour profile. I booked an overnight reprint "
    "at our partner shop, paid for express courier and called her the next morning with the "
    "tracking number. The banners arrived a day early, she renewed her annual contract worth "
    "$12,000 and we added a colour check to our print queue."
)


def evaluate(answer: str, key_points: list[str]) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(
            question=LED_WITHOUT_AUTHORITY,
            category="behavioral",
            key_points=key_points,
            answer=answer,
        )
    )


@pytest.mark.parametrize("key_points", [[], KEY_POINTS], ids=["question only", "key points"])
def test_a_concrete_story_in_its_own_words_is_on_topic_and_beats_a_platitude(
    key_points: list[str],
) -> None:
    story, platitude = evaluate(STORY, key_points), evaluate(PLATITUDE, key_points)

    assert story.score is not None and platitude.score is not None
    assert story.score > platitude.score
    assert story.signals["concrete_story"] == 1 and platitude.signals["concrete_story"] == 0
    assert story.working is not None and story.working.gate == 1.0
    assert "doesn't answer the question" not in story.remark


@pytest.mark.parametrize("key_points", [[], KEY_POINTS], ids=["question only", "key points"])
def test_a_concrete_story_about_something_else_is_still_off_the_question(
    key_points: list[str],
) -> None:
    story, other = evaluate(STORY, key_points), evaluate(ANOTHER_STORY, key_points)

    assert other.score is not None and story.score is not None
    assert other.signals["concrete_story"] == 1
    assert other.relevance < OFF_TOPIC_BELOW
    assert "doesn't answer the question" in other.remark
    assert other.score < story.score - 40
