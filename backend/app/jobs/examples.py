"""A kind of skill named before its examples asks for the examples, not for itself: "one or
more programming languages - Java and JavaScript", "programming languages such as Java, C++ or
Python", "one or more modern programming languages i.e." (the list on the next line). A kind is
written as a plural of what tools are ("languages", "databases", "software"): "Python (Django)"
or "Java - Spring Boot" name a skill and what it is used with."""

import bisect
import re

from app.skills.matcher import SkillMention

_FOR_EXAMPLE = (
    r"(?:such[ \t]+as|like|e\.?[ \t]?g\b\.?|i\.?[ \t]?e\b\.?|including|incl\b\.?"
    r"|for[ \t]+(?:example|instance)|namely)[ \t:,]*"
)
_EXAMPLES_FOLLOW = re.compile(
    rf"[ \t]*,?[ \t]*(?:[-\u2013\u2014:(][ \t]*(?:{_FOR_EXAMPLE})?|{_FOR_EXAMPLE})", re.I
)
_KIND = re.compile(
    r"(?:languages|databases|frameworks|libraries|tools|platforms|systems|software"
    r"|applications|technologies|packages|environments)$",
    re.I,
)


def names_examples(text: str, mention: SkillMention, starts: list[int]) -> bool:
    """Whether `mention`, a kind, is followed by its examples: another skill (`starts`: where
    the text's mentions start, in order) soon after "such as", "e.g.", a dash or a colon, or
    the end of the text (the examples go on below)."""
    if _KIND.search(text, mention.start, mention.end) is None:
        return False
    follows = _EXAMPLES_FOLLOW.match(text, mention.end)
    if follows is None:
        return False
    if not text[follows.end() :].strip(" \t.:"):
        return True
    after = bisect.bisect_left(starts, follows.end())
    return after < len(starts) and starts[after] == follows.end()
