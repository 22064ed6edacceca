"""Word sets that stand in for patterns of alternatives: a pattern such as
"\\b(?:you|candidates?|...)\\b" tries each alternative at every character, while splitting a
text into words and looking each up in a set is one pass."""

import re

_WORD = re.compile(r"[a-z0-9]+")


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of a literal, as a set."""
    return frozenset(words.split())


def words_of(text: str) -> frozenset[str]:
    """The lower-case words of a text, split at any other character: "we're" is "we" and
    "re", "401(k)" is "401" and "k"."""
    return frozenset(_WORD.findall(text.lower()))
