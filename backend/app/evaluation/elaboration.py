"""Elaboration: how much an answer to a behavioural question actually says, and in what words.

Interview raters reward answers that say more, in more distinct and more specific words
(Naim et al. 2015: word count, unique words and speaking rate were among the strongest
predictors of the ratings of the MIT interviews; in a timed spoken turn, more words is a
faster rate). Three parts, each shown with its figure:

  words said       every word but fillers, repeats and false starts (the caller passes the
                   answer without them); a run of words said before counts once, so
                   repeating a sentence adds nothing. Saturating: more pays less and less,
                   and a rambling answer is still shrunk by the length factor (local.py)
  distinct words   distinct content words: saying the same thing again adds nothing
  vocabulary       letters per word: "we cut the nightly reconciliation from four hours" says
                   more per word than "we got it to be a lot better and stuff"
"""

import math
from dataclasses import dataclass

from app.evaluation.text import concept, words

WORDS_SCALE, DISTINCT_SCALE = 60.0, 30.0
"""Words said (distinct content words) at which that part reaches 63%: 120 words make 86%."""
PLAIN_LETTERS, RICH_LETTERS = 3.5, 5.0
"""Average letters a word from which vocabulary earns anything, and at which it earns all:
everyday speech averages about 4."""
PARTS = {"words said": 0.6, "distinct words": 0.2, "vocabulary": 0.2}


@dataclass(frozen=True)
class Elaboration:
    score: int
    words_said: int
    distinct_words: int
    letters_per_word: float


def measure_elaboration(answer: str) -> Elaboration:
    said = words(answer)
    distinct = {key for word in said if (key := concept(word))}
    letters = sum(map(len, said)) / max(1, len(said))
    new_words = _new_words(said)
    shares = {
        "words said": 1 - math.exp(-new_words / WORDS_SCALE),
        "distinct words": 1 - math.exp(-len(distinct) / DISTINCT_SCALE),
        "vocabulary": min(
            1.0, max(0.0, (letters - PLAIN_LETTERS) / (RICH_LETTERS - PLAIN_LETTERS))
        ),
    }
    score = round(100 * sum(PARTS[name] * share for name, share in shares.items()))
    return Elaboration(
        score=score,
        words_said=new_words,
        distinct_words=len(distinct),
        letters_per_word=round(letters, 2),
    )


def _new_words(said: list[str]) -> int:
    """Words that do not repeat the word pair before them: natural speech hardly ever says
    the same two words in a row twice, padding always does."""
    lowered = [word.lower() for word in said]
    return len(set(zip(["", *lowered], lowered, strict=False)))
