"""A question family's key points met in the candidate's own words.

The families' points ("Describes a situation where they led people", "States the result for
the team") describe what a good answer does, not words it uses: "I was the captain of our
design team... we placed third out of thirty teams" meets all three points of a leadership
question and shares almost no word with them. Each point is also met where the answer shows
what the point asks for (`rubrics.Family.checks`): the part of the answer's structure it names
(its actions, its result), or the family's subject told in the answer's own words
(`subject.py`). The sentence that shows it is quoted as the evidence. Only what the answer is
told it covers changes; its score was already made.
"""

from collections.abc import Sequence

from app.evaluation.coverage import PointMatch
from app.evaluation.rubrics import FAMILIES
from app.evaluation.structure import Structure, sentences_showing
from app.evaluation.subject import subject_sentence
from app.evaluation.text import Segment

ON_QUESTION = 60
"""Relevance from which the answer is on its question (where local.GATE_FULL opens the gate)."""

POINT_CHECKS = {
    point: check
    for family in FAMILIES
    for point, check in zip(family.points, family.checks, strict=True)
    if check
}
"""Each family point that something besides its words can show, and what shows it."""


def met_points(
    points: Sequence[PointMatch],
    structure: Structure,
    told_subject: str | None,
    segments: Sequence[Segment],
    answer: str,
    *,
    relevance: int,
) -> tuple[PointMatch, ...]:
    """The points, each family point its words missed met where the answer shows it;
    `told_subject` is the family's subject when the answer tells of it (`speaks_of_subject`),
    else None. An answer that is not on its question (relevance below ON_QUESTION) meets none
    this way: a story about something else has actions and a result too."""
    if relevance < ON_QUESTION:
        return tuple(points)
    sentences = [answer[segment.start : segment.end] for segment in segments]
    where = dict(structure.where)
    told = subject_sentence(told_subject, sentences)
    if told is not None:
        where["subject"] = told
    met = []
    for match in points:
        check = POINT_CHECKS.get(match.point)
        index = where.get(check) if match.evidence is None and check else None
        if check and told is not None and index is not None and index <= told:
            # What was done about it comes after it: "I missed the deadline. I told the client"
            shown = sentences_showing(structure.framework, check, sentences)
            index = next((later for later in shown if later > told), index)
        if index is not None and index < len(sentences):
            match = PointMatch(match.point, 1.0, sentences[index])
        met.append(match)
    return tuple(met)
