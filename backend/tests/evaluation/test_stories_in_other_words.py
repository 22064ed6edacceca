"""A concrete story that tells of its question's subject in none of the question's words is on
topic: two developers who "could not agree" on a release date answer "a time you handled a
conflict in your team"; a migration that lost half the addresses answers "a time you failed".
Before, each shared too few of the question's words (lexical relevance 6-22) and the gate cut
the rest of its score to 27. A concrete story about something else, even one that mentions an
agreement in passing, stays off the question. And a leadership story is judged on what
leadership is about even when the key points the app wrote for the question only name the
skill ("Shows Leadership in a real example"): before, it shared none of that point's words and
scored 22 instead of 79."""

import pytest

from app.evaluation.feedback import OFF_TOPIC_BELOW
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.questions.key_points import infer_key_points

CONFLICT = "Tell me about a time you handled a conflict in your team."
LED = "Tell me about a time you led a team."
FAILED = "Tell me about a time you failed."

RELEASE_DATE = (
    "Last spring two of the developers I worked with could not agree on the release date for "
    "our billing app. Anna wanted to ship on the Friday because a customer had been promised the "
    "new invoices, and Marco wanted two more weeks because the payment tests were still flaky. "
    "I booked thirty minutes with both of them and asked each to explain the risk they saw. It "
    "turned out the customer only needed the invoice export, not the whole release. So I "
    "proposed we ship the export on Friday behind a flag and hold the rest until the tests "
    "passed. We shipped the export on time, the full release went out twelve days later with "
    "zero payment bugs, and Anna and Marco now review each other's release plans."
)
DROPPED_SCANS = (
    "In my second year at the logistics company our warehouse scanners kept dropping orders, "
    "and nobody owned the problem. I asked my manager if I could coordinate a fix, and pulled "
    "together two developers, a warehouse supervisor and a support agent. I set up a short call "
    "every morning, split the work so the developers rebuilt the sync service while the "
    "supervisor logged every dropped scan, and kept the support agent updated so customers heard "
    "from us first. When one developer got stuck on the offline mode I paired with him for two "
    "afternoons. After five weeks dropped orders fell from about forty a day to two, and the "
    "supervisor still runs that morning call."
)
MIGRATION = (
    "In my first job I promised a client a data migration in one weekend. I underestimated how "
    "messy their old records were, and on Monday morning half the customer addresses were "
    "missing from the new system. I called the client at eight, told them exactly what had "
    "happened, and rolled back to the old database by noon. Then I wrote a script to check every "
    "record before moving it, and we ran the migration again two weeks later in three stages. "
    "It worked with no missing data. Since then I always do a trial run on a copy of the real "
    "data and I give estimates with a buffer."
)
SLOW_SEARCH = (
    "At my last job our search page took four seconds to load. I profiled the queries and found "
    "the product table had no index on the category column. I agreed a maintenance window with "
    "operations, added a composite index, rewrote two joins and cached the filter counts in "
    "Redis for five minutes. I tested it on a copy of production data, then rolled it out on a "
    "Tuesday morning. Load time dropped to 300 milliseconds and the bounce rate fell by 12 "
    "percent."
)


def evaluate(question: str, answer: str, key_points: list[str]) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(
            question=question, category="behavioral", key_points=key_points, answer=answer
        )
    )


def lexical(result: AnswerEvaluation) -> int:
    """How much of the question's and its rubric's words the answer uses (0-100)."""
    value = result.signals["lexical_relevance"]
    assert isinstance(value, int)
    return value


@pytest.mark.parametrize(
    ("question", "story", "generated_points"),
    [
        (CONFLICT, RELEASE_DATE, False),
        (CONFLICT, RELEASE_DATE, True),
        (FAILED, MIGRATION, False),
        (FAILED, MIGRATION, True),
    ],
    ids=["conflict", "conflict, key points", "failed", "failed, key points"],
)
def test_a_story_on_the_subject_in_other_words_is_not_gated(
    question: str, story: str, generated_points: bool
) -> None:
    points = infer_key_points(question, "behavioral") if generated_points else []
    result = evaluate(question, story, points)

    assert lexical(result) < 30  # it shares few of the question's words
    assert result.signals["on_subject"] == 1
    assert result.working is not None and result.working.gate == 1.0
    assert result.relevance >= 60
    assert result.score is not None and result.score >= 70
    assert "doesn't answer the question" not in result.remark


@pytest.mark.parametrize("question", [CONFLICT, LED, FAILED])
def test_a_concrete_story_about_something_else_stays_off_the_question(question: str) -> None:
    other = evaluate(question, SLOW_SEARCH, [])

    assert other.signals["concrete_story"] == 1
    assert other.signals["on_subject"] == 0
    assert other.relevance < OFF_TOPIC_BELOW
    assert "doesn't answer the question" in other.remark
    assert other.score is not None and other.score < 30


def test_a_story_on_one_subject_is_not_lifted_for_another() -> None:
    """The conflict story told to "a time you failed" names no failure: it is not lifted."""
    on_its_question = evaluate(CONFLICT, RELEASE_DATE, [])
    elsewhere = evaluate(FAILED, RELEASE_DATE, [])

    assert elsewhere.signals["on_subject"] == 0
    assert elsewhere.score is not None and on_its_question.score is not None
    assert elsewhere.score < on_its_question.score - 30


def test_a_leadership_story_is_judged_alike_with_the_key_points_the_app_writes() -> None:
    points = infer_key_points(LED, "behavioral")
    assert "Shows Leadership in a real example" in points
    alone, with_points = evaluate(LED, DROPPED_SCANS, []), evaluate(LED, DROPPED_SCANS, points)

    # Judged on what leadership is about, not on the bare word "leadership" (lexical 0).
    assert with_points.signals["rubric"] == "leadership"
    assert lexical(with_points) >= 30
    assert with_points.relevance >= 60 and with_points.working is not None
    assert with_points.working.gate == 1.0
    assert alone.score is not None and with_points.score is not None
    assert abs(with_points.score - alone.score) <= 5
    assert "doesn't answer the question" not in with_points.remark


WEAKNESS = "What's one of your weaknesses and how do you plan to overcome it?"
TEAM_CHALLENGE = (
    "Tell me about a time you were working with a team and faced a challenge. "
    "How did you overcome it?"
)
DETAIL = (
    "I think I'm sometimes, um, too detail oriented. Like I'll spend hours on a small thing "
    "that doesn't really matter for the big picture. So I'm trying to, uh, set priorities at "
    "the start of a project and check in with my group so I focus on what matters."
)
WRONG_PARTS = (
    "Yeah, so at my internship we were building a prototype and the, um, the supplier shipped "
    "the wrong parts, so we couldn't test for a week. We, uh, talked to our manager and decided "
    "to 3D print temporary parts so we could keep testing. It wasn't perfect but it let us find "
    "two design problems early."
)
HOBBY = (
    "Um, on weekends I really like hiking with my dog. There's a trail near my apartment that "
    "goes up to a lake, and in the fall the trees turn orange and red. I usually pack a lunch "
    "and, uh, read a book by the water for an hour before heading back."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [(WEAKNESS, DETAIL), (TEAM_CHALLENGE, WRONG_PARTS)],
    ids=["weakness", "team challenge"],
)
def test_a_spoken_answer_on_the_subject_in_other_words_is_on_topic(
    question: str, answer: str
) -> None:
    """Transcribed answers as a candidate gives them: no STAR story in full, none of the
    question's words; before, relevance 26-35 and the gate kept 30-38% of the rest (18, 26)."""
    result = evaluate(question, answer, [])

    assert lexical(result) < 30
    assert result.signals["on_subject"] == 1
    assert result.working is not None and result.working.gate == 1.0
    assert result.score is not None and result.score >= 50
    assert "doesn't answer the question" not in result.remark


@pytest.mark.parametrize("question", [WEAKNESS, TEAM_CHALLENGE])
def test_an_answer_about_something_else_is_still_off_topic(question: str) -> None:
    result = evaluate(question, HOBBY, [])

    assert result.signals["on_subject"] == 0
    assert result.relevance < OFF_TOPIC_BELOW
    assert result.score is not None and result.score < 30
