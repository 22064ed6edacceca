"""Key points for a custom question that came without any: deterministic, built from the
skills the taxonomy finds in the question and the structure a strong answer of its category
follows, so an evaluator has something concrete to look for."""

import re

from app.questions.bank import QuestionCategory
from app.skills.taxonomy import Taxonomy, get_taxonomy

MAX_KEY_POINTS = 6
MAX_SKILL_POINTS = 2

_BEHAVIORAL_CUES = re.compile(
    r"^\s*(?:tell (?:me|us) about|describe a (?:time|situation|moment)|give (?:me |us )?an "
    r"example|share an example|walk (?:me|us) through a time|talk about a time|have you ever"
    r"|recall a time)|\ba time (?:when|you)\b",
    re.I,
)
_SITUATIONAL_CUES = re.compile(
    r"\bwhat would you do\b|\bhow would you (?:handle|respond|react|approach|deal|prioriti[sz]e)"
    r"|^\s*(?:imagine|suppose|assume)\b|\bwhat if\b|\bif you (?:were|had|found|noticed|received"
    r"|discovered|learned)\b|\bwhat do you do\b",
    re.I,
)
_STRUCTURE: dict[QuestionCategory, tuple[str, ...]] = {
    "behavioral": (
        "Sets up the situation and their task briefly",
        "Describes the specific actions they took themselves",
        "States a measurable result",
        "Reflects on what they learned",
    ),
    "situational": (
        "Clarifies the situation and gathers the facts first",
        "Names the priorities and the people affected",
        "Lays out concrete steps in a sensible order",
        "Says how they would check the outcome and follow up",
    ),
    "technical": (
        "Defines the concept clearly before going deeper",
        "Explains how it works",
        "Weighs trade-offs and alternatives",
        "Gives a concrete example from real work",
    ),
}
_FOLLOW_UP_STRUCTURE: dict[str, tuple[str, ...]] = {
    "behavioral": (
        "Describes the specific actions they took themselves",
        "States a measurable result",
    ),
    "situational": (
        "Lays out concrete steps in a sensible order",
        "Says how they would check the outcome and follow up",
    ),
    "technical": ("Explains how it works", "Gives a concrete example from real work"),
}
"""A follow-up is a short second answer: the how and an example, not a whole story again."""
_SKILL_POINT: dict[QuestionCategory, str] = {
    "behavioral": "Shows {skill} in a real example",
    "situational": "Applies sound {skill} practice",
    "technical": "Uses {skill} concepts and terms accurately",
}


def infer_key_points(
    text: str, category: QuestionCategory | None = None, *, taxonomy: Taxonomy | None = None
) -> list[str]:
    """3-6 key points: one per skill the question names (at most two), then the structure of
    a strong answer for the category, which is guessed from the wording when not given."""
    taxonomy = taxonomy or get_taxonomy()
    category = category or guess_category(text)
    skills = taxonomy.extract(text)[:MAX_SKILL_POINTS]
    points = [_SKILL_POINT[category].format(skill=skill) for skill in skills]
    points += _STRUCTURE[category]
    return points[:MAX_KEY_POINTS]


def follow_up_key_points(
    text: str, category: QuestionCategory, focus: str | None, *, taxonomy: Taxonomy | None = None
) -> list[str]:
    """A follow-up's own rubric: the point it digs into (what the first answer missed), the
    skills its own wording names, and what a short, concrete second answer shows; never the
    parent question's list, which the first answer was already judged on."""
    taxonomy = taxonomy or get_taxonomy()
    points = [focus.strip().rstrip(".")] if focus and focus.strip() else []
    in_focus = {skill.casefold() for skill in taxonomy.extract(points[0])} if points else set()
    named = [skill for skill in taxonomy.extract(text) if skill.casefold() not in in_focus]
    points += [_SKILL_POINT[category].format(skill=s) for s in named[:MAX_SKILL_POINTS]]
    points += _FOLLOW_UP_STRUCTURE[category]
    return list(dict.fromkeys(points))[:MAX_KEY_POINTS]


def guess_category(text: str) -> QuestionCategory:
    if _BEHAVIORAL_CUES.search(text):
        return "behavioral"
    if _SITUATIONAL_CUES.search(text):
        return "situational"
    return "technical"
