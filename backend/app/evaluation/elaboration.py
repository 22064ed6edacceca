"""Elaboration: how much an answer to a behavioural question actually says.

Interview raters reward answers that say more, in more distinct words (Naim et al. 2015: word
count and unique words were among the strongest predictors of the ratings of the MIT
interviews). Counted as distinct content words, so padding with the same words, fillers or
stopwords adds nothing; the count saturates, and a rambling answer is still shrunk by the
length factor (local.py).
"""

import math
from dataclasses import dataclass

from app.evaluation.text import concept, words

SCALE = 30.0
"""Distinct content words at which elaboration reaches 63; 60 make 86, 90 make 95."""


@dataclass(frozen=True)
class Elaboration:
    score: int
    distinct_words: int


def measure_elaboration(answer: str) -> Elaboration:
    distinct = {key for word in words(answer) if (key := concept(word))}
    score = round(100 * (1 - math.exp(-len(distinct) / SCALE)))
    return Elaboration(score=score, distinct_words=len(distinct))
