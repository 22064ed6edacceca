"""A concrete story is judged on a story's scale of relevance.

Real candidates tell what happened in their own words: "our flaky test suite was nobody's
job... I pulled two weeks of CI data" answers "a time you led without formal authority" while
sharing almost none of its words, and the built-in model places it little nearer that question
than any other story. A platitude that restates the question shares them all. So relevance
from words and meaning understates a story and overstates a platitude, and the gate then
crushes the story. A story told in full (situation, actions, result) with concrete specifics
that uses some of the key points' words (lexical relevance from STORY_WORDS) is lifted towards
a platitude's scale. A story about something else can be as concrete and, in the same field,
as close in meaning (the built-in model does not tell a leadership story from a customer
story), but it speaks of other things: its words leave it unlifted, and off the question.

A story can also speak of its subject in none of the question's words ("they could not
agree" for a conflict, subject.py): it is then read on a story's scale as if it used them.
"""

from app.evaluation.structure import Structure
from app.evaluation.subject import SUBJECT_RELEVANCE

STORY_PARTS = frozenset({"situation", "action", "result"})
STORY_DEPTH = 40
"""Depth (numbers, names, concrete actions) from which a told story is a concrete one; a
platitude ("I always try to lead by example") scores below 15."""
STORY_WORDS = 30
"""Lexical relevance (key points' and the question's words, partial matches included) from
which a story speaks of the subject."""
STORY_FROM, STORY_SLOPE, STORY_CAP = 20, 3.5, 65
"""Relevance up to STORY_FROM (where the gate starts to open, local.GATE_FROM) is unchanged:
off the subject. Above it each point counts STORY_SLOPE, up to STORY_CAP, just past where the
gate opens fully (local.GATE_FULL, 60); from there relevance says the same of a story as of a
platitude and is left as it is. All chosen on the labelled pairs (dev, README.md)."""


def is_concrete_story(structure: Structure, depth: int) -> bool:
    """A STAR answer that sets a situation, says what was done and what came of it, in
    specifics."""
    told = STORY_PARTS.issubset(structure.components)
    return structure.framework == "STAR" and told and depth >= STORY_DEPTH


def story_relevance(relevance: int, lexical: int, *, on_subject: bool = False) -> int:
    """A concrete story's relevance on a story's scale when it speaks of the key points in some
    of their words, or of its subject in its own (subject.py); never lower than given."""
    if on_subject:
        return max(relevance, SUBJECT_RELEVANCE, story_relevance(relevance, STORY_WORDS))
    if lexical < STORY_WORDS:
        return relevance
    lifted = STORY_FROM + STORY_SLOPE * (relevance - STORY_FROM)
    return max(relevance, round(min(STORY_CAP, lifted)))
