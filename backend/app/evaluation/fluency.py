"""Disfluencies in the words of an answer: repeats and false starts.

Listeners mark down halting speech (Naim et al. 2015, MIT interviews: fluency and fewer
fillers were among the strongest predictors of the ratings). A transcript keeps the halts in
its words, "I, I think we we tried" or "we chan- we changed it", so they are counted from the
text, with or without timings; a typed answer rarely has any and loses nothing.
"""

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*(-?)")
LEGIT_DOUBLES = frozenset({"that", "had", "is", "very", "really", "so", "no", "yes", "bye"})
"""Words said twice on purpose ("I had had enough", "very very", "that that is")."""
MAX_SPAN = 3
"""Longest run of words checked for an immediate repeat ("at a, at a")."""


@dataclass(frozen=True)
class Fluency:
    repeats: tuple[str, ...]
    """Each immediately repeated run of words, as said ("i i", "at a at a")."""
    false_starts: tuple[str, ...]
    """Words broken off mid-way ("chan-")."""

    @property
    def count(self) -> int:
        return len(self.repeats) + len(self.false_starts)


def measure_fluency(answer: str) -> Fluency:
    lowered = answer.lower().replace("\u2019", "'")
    found = list(_WORD.finditer(lowered))
    said = [match.group().rstrip("-") for match in found]
    # "the- the plan" is one halt, counted as the repeat.
    false_starts = tuple(
        match.group()
        for index, match in enumerate(found)
        if _cut(match, lowered) and said[index + 1 : index + 2] != [said[index]]
    )
    repeats: list[str] = []
    index = 0
    while index < len(said):
        span = _repeat_span(said, index)
        if span:
            repeats.append(" ".join(said[index : index + 2 * span]))
            index += span
        else:
            index += 1
    return Fluency(tuple(repeats), false_starts)


def _cut(match: re.Match[str], text: str) -> bool:
    """A word ending in one hyphen ("chan- we"): broken off; not "well-known", "20-30" or
    a dash written "--"."""
    return bool(match.group(1)) and text[match.end() : match.end() + 1] != "-"


def _repeat_span(said: list[str], index: int) -> int:
    for span in range(1, MAX_SPAN + 1):
        first, second = said[index : index + span], said[index + span : index + 2 * span]
        if len(second) < span or first != second:
            continue
        if span == 1 and first[0] in LEGIT_DOUBLES:
            continue
        return span
    return 0
