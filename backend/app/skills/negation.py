"""Skills named under a direct negation are ruled out, not asked for: "The job is not telephone
sales", "no experience with Excel needed", "you don't need Python" name no skill; "not only
Java but Kotlin" and "including but not limited to SQL" still name theirs."""

import re

from app.skills.matcher import SkillMention

# The negation, then at most an article and one word qualifying the skill ("not telephone
# sales"), or what one has of it ("no prior experience with"), right before the mention. "never"
# takes no free word: "never compromised patient safety" still claims the skill.
_NEGATED = re.compile(
    r"(?:\b(?:not|no)|n't)[ \t]+(?!(?:only|just|merely|limited|least|longer|matter|less|later"
    r"|doubt|one|problem)\b)(?:(?:a|an|the|any)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:(?:prior|previous|formal)[ \t]+)?(?:(?:experience|knowledge|background|need|use)[ \t]+"
    r"(?:with|in|of|for)[ \t]+)?$"
    r"|\bnever[ \t]+(?:(?:used|needed|required)[ \t]+)?$",
    re.I,
)
# "whether or not", "if not": the negation of something else.
_NOT_A_NEGATION = re.compile(r"\b(?:or|if)[ \t]+not[ \t]+\S*[ \t]*$", re.I)
_LOOK_BACK = 60


def is_negated(text: str, mention: SkillMention) -> bool:
    """Whether a negation of the same clause rules the mention out."""
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return _NEGATED.search(before) is not None and _NOT_A_NEGATION.search(before) is None
