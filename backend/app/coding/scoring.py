"""A coding question's score, and how coding counts in an interview's scores.

A submission scores correctness 60%, efficiency 25% and code quality 15% (without large inputs,
correctness and quality share it). Each hint taken costs `HINT_COST` points of that problem's
score, shown to the candidate before they take it. How well the candidate explained their code
is the score of the follow-up question asked about it, a spoken technical answer counted with
the other answers. In the overall score each coding problem counts as one question, with 0 for a
problem never submitted, like an unanswered question.
"""

from collections.abc import Sequence
from typing import Any

from app.interviews.models import Interview

HINT_COST = 10
CORRECTNESS, EFFICIENCY, QUALITY = 0.6, 0.25, 0.15
CODING_CATEGORY = "coding"


def submission_score(correctness: int, efficiency: int | None, quality: int) -> int:
    if efficiency is None:
        share = CORRECTNESS + QUALITY
        return round((CORRECTNESS * correctness + QUALITY * quality) / share)
    return round(CORRECTNESS * correctness + EFFICIENCY * efficiency + QUALITY * quality)


def hint_penalty(hints_used: Sequence[dict[str, Any]]) -> int:
    return sum(int(hint.get("cost", HINT_COST)) for hint in hints_used)


def question_score(score: int | None, hints_used: Sequence[dict[str, Any]]) -> int | None:
    """The last submission's score less the hints' cost; None before any submission."""
    if score is None:
        return None
    return max(0, score - hint_penalty(hints_used))


def coding_average(scores: Sequence[int | None]) -> int | None:
    """The interview's coding score: every coding question counts, unsubmitted ones as 0."""
    if not scores:
        return None
    return round(sum(score or 0 for score in scores) / len(scores))


def coding_question_count(interview: Interview) -> int:
    return sum(question.category == CODING_CATEGORY for question in interview.questions)


def blend(answers_average: int | None, answer_count: int, interview: Interview) -> int | None:
    """The average over answers and coding problems alike, each coding problem one question
    (unsubmitted: 0). With nothing scored anywhere, still nothing (None)."""
    coding_count = coding_question_count(interview)
    if coding_count == 0 or (answers_average is None and interview.score_coding is None):
        return answers_average
    coding = interview.score_coding or 0
    if answers_average is None or answer_count == 0:
        return coding
    total = answers_average * answer_count + coding * coding_count
    return round(total / (answer_count + coding_count))
