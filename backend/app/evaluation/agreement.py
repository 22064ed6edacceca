"""Agreement with the model answer: how much of what a correct answer says this one says.

For a technical question with a written model answer, being on topic is not enough: an answer
about prototypes that says the wrong thing about them is on topic and wrong. Agreement is the
mean of two pieces of evidence, by meaning and by words, so a paraphrase and an answer that
uses the textbook's terms both count:

  meaning   how much closer the answer comes, with the built-in model, to the question *with
            its model answer* than to the question alone. Any answer on the subject is close
            to the question; only one that says what the model answer says gains from the
            model answer being added, and one that restates the question loses. Scaled from
            FLOOR (no gain) to FULL.
  words     the weighted share of the model answer's terms the answer uses (coverage.py)

It is the score's "accuracy" component, counted like depth once the answer is on topic.
Human graders of real students' answers mostly reward exactly this (bench/evaluator_human.py:
on its dev split the two together order answers like the graders, rho about 0.58, where being
on topic alone gives about 0.1). Stories differ from a model story however good they are, so
behavioural and situational answers are not judged this way.
"""

from dataclasses import dataclass

FLOOR, FULL = -0.05, 0.15
"""Gain in cosine at and below which the answer says nothing of the model answer, and from
which it says it all (on the dev split: answers graded 0-2 have a median gain of 0.00,
answers graded 5, 0.08)."""
MEANING_SHARE = 0.5
APPLIES_TO = frozenset({"technical"})


def answered_question(question: str, model_answer: str) -> str:
    """The reference text the answer's gain is measured against."""
    return f"{question}\n{model_answer}"


@dataclass(frozen=True)
class Agreement:
    gain: float
    """Cosine to the question with its model answer minus cosine to the question alone."""
    words: float
    """Weighted share of the model answer's terms found in the answer (0-1)."""

    @property
    def meaning(self) -> float:
        return max(0.0, min(1.0, (self.gain - FLOOR) / (FULL - FLOOR)))

    @property
    def value(self) -> float:
        """0-1: how much of the model answer this answer agrees with."""
        return MEANING_SHARE * self.meaning + (1 - MEANING_SHARE) * self.words


def applies(category: str, model_answer: str | None) -> bool:
    return category in APPLIES_TO and bool(model_answer and model_answer.strip())
