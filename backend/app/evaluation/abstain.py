"""Abstaining: an answer with too little evidence is "not enough to score", never a 0/F.

A two-word reply, silence, or a transcript of noise says nothing about what the candidate
knows; grading it would put a made-up number into their averages.
"""

import re

from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.text import concept, words

MIN_WORDS = 5
MIN_CONTENT_WORDS = 3
MIN_WORDLIKE = 0.6
"""Share of an answer's words that must look like words (see `_wordlike`)."""
_NOISE = re.compile(r"(.)\1\1|^[^aeiouy]{5,}$|^.{26,}$")

REASONS = {
    "empty": "No answer was given.",
    "too_short": "The answer is too short to score.",
    "no_content": "The answer has too few meaningful words to score.",
    "unintelligible": "The answer could not be understood (the transcript looks like noise).",
}


def abstain_reason(answer: str, word_count: int) -> str | None:
    """A key of REASONS when the answer cannot be scored fairly, else None."""
    if word_count == 0:
        return "empty"
    if word_count < MIN_WORDS:
        return "too_short"
    found = words(answer)
    wordlike = sum(1 for word in found if _wordlike(word))
    if wordlike / len(found) < MIN_WORDLIKE:
        return "unintelligible"
    if len({key for word in found if (key := concept(word))}) < MIN_CONTENT_WORDS:
        return "no_content"
    return None


def _wordlike(word: str) -> bool:
    """Acronyms (SQL, HTTP) pass; runs of one letter or of consonants ("hmmmm", "xkcdqw") fail."""
    return word.isupper() or word[0].isdigit() or not _NOISE.search(word.lower())


def abstained(data: EvaluationInput, word_count: int, reason: str) -> AnswerEvaluation:
    first = data.key_points[0] if data.key_points else "the core of the question"
    return AnswerEvaluation(
        scored=False,
        abstain_reason=reason,
        score=None,
        grade=None,
        relevance=0,
        depth=0,
        structure=0,
        communication=0,
        key_points_covered=[],
        key_points_missed=list(data.key_points),
        remark=REASONS[reason] + " Not enough to score.",
        suggestion=f"Give a full answer of a few sentences, starting with: {first}.",
        model_answer=data.model_answer,
        evaluator="local",
        signals={"word_count": word_count, "key_points_total": len(data.key_points)},
    )
