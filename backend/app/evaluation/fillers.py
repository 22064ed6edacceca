"""Filler words and hesitation sounds in what a candidate said: one reading for the
communication score (`delivery`) and the delivery analytics (`app.analytics.speech`), so both
count the same fillers.

Hesitation sounds are counted however the transcriber spelled them: "um", "umm", "uhm", "uh",
"hmm", "mm", "ah", and as British transcribers write them, "er", "err", "erm", "urr", "urm",
"eh", "mhm". "ER" written in capitals is the word ("the ER"), not a sound.
"like", "you know" and "kind of" count only where they are not doing grammatical work: "it's
like, slow" and "so like we shipped it" are fillers; "a tool like Redis", "I like Python",
"you know how" and "what kind of index" are not. Speech-to-text rarely writes commas, so
besides commas the word before decides ("so like", "I was like").
"""

import re
from collections.abc import Iterator

from app.evaluation.text import cues, word_set

# Hesitation sounds, however spelled; not "5 mm". "ur" alone is left out: typed, it is "your".
SOUNDS = (
    r"uh-huh|mm-hmm|mh-hmm|m+h+m+|u+m+|u+h+m*|u+r{2,}m*|u+r+m+|e+r+m*|e+h+|h+m+"
    r"|(?<!\d )m{2,}|a+h+"
)
_HESITATIONS = cues(SOUNDS)
_ER = re.compile(r"e+r+$")
# Matched against the lower-cased answer (see `cues`).
_FILLERS = cues(
    SOUNDS,
    r"basically",
    r"actually",
    r"literally",
    r"honestly",
    r"i mean",
    r"so yeah",
    r"or whatever",
    r"and stuff",
    r"you know(?!\s+(?:how|what|when|where|why|which|who|whom|that|if|whether|the|a|an|it"
    r"|about)\b)",
    r"like",
    r"(?:sort|kind) of",
)
# "what kind of index", "the sort of thing": the phrase is doing grammatical work.
_NOT_FILLER_BEFORE = word_set(
    "what this that same any some the one which every a no these those all other different"
)
# "so like we shipped it", "I was like really nervous": "like" leads nothing here.
_LIKE_LEADS = word_set("and so but or then yeah was were i'm it's")
_LIKE_LEAD_SOUNDS = re.compile(SOUNDS)
# "like a tool", "like to", "like how": "like" is comparing, wanting or introducing.
_NOT_LIKE_FILLER_AFTER = word_set(
    "a an the this that these those to how what when it my our your his her their any every "
    "some many most other others all each being"
)
_LIKE_I_SAID = re.compile(r"\s*i (?:said|say|mentioned)\b")
# One name per sound, however spelled ("umm" and "uhm" are "um").
_SOUND_NAMES = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        ("uh-huh$", "uh-huh"),
        ("mm-hmm$|mh-hmm$|m+h+m+$", "mm-hmm"),
        ("u+m+$|u+h+m+$", "um"),
        ("u+h+$", "uh"),
        ("e+r+m+$|u+r+m+$", "erm"),
        ("e+r+$|u+r+$", "er"),
        ("e+h+$", "eh"),
        ("h+m+$", "hmm"),
        ("m{2,}$", "mm"),
        ("a+h+$", "ah"),
    )
)


def filler_matches(text: str) -> Iterator[re.Match[str]]:
    """The fillers of a text, where they are; the matches are of the text lower-cased."""
    lowered = text.lower().replace("\u2019", "'")
    return (
        match
        for match in _FILLERS.finditer(lowered)
        if _is_filler(lowered, match) and not _is_acronym(text, lowered, match)
    )


def hesitation_count(text: str) -> int:
    """How many hesitation sounds ("um", "er", "hmm") the text holds."""
    lowered = text.lower()
    return sum(not _is_acronym(text, lowered, match) for match in _HESITATIONS.finditer(lowered))


def find_fillers(text: str) -> list[str]:
    """The fillers of `text`, lower-cased, each sound by one name ("umm" -> "um")."""
    return [_named(match.group()) for match in filler_matches(text)]


def _is_acronym(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Whether an "er" is written "ER", the emergency room, not the sound. (Where lower-casing
    changed the text's length, as it does a dotted capital I, offsets differ: a sound.)"""
    if len(lowered) != len(text) or not _ER.match(match.group()):
        return False
    written = text[match.start() : match.end()]
    return len(written) > 1 and written.isupper()


def _named(phrase: str) -> str:
    return next((name for pattern, name in _SOUND_NAMES if pattern.match(phrase)), phrase)


def _is_filler(lowered: str, match: re.Match[str]) -> bool:
    phrase = match.group()
    if phrase == "like":
        return _is_filler_like(lowered, match.start(), match.end())
    if not phrase.endswith(" of"):
        return True
    before = lowered[max(0, match.start() - 12) : match.start()].split()
    return not before or before[-1].strip(",.;:!?") not in _NOT_FILLER_BEFORE


def _is_filler_like(lowered: str, start: int, end: int) -> bool:
    """A filler in "it's like, slow", "it was, like, slow", "so like we shipped it", "um like";
    not in "a tool like Redis", "I like Python", "looks like it", "like I said"."""
    after = lowered[end : end + 24]
    if after.lstrip().startswith(","):
        return True
    if _LIKE_I_SAID.match(after):
        return False
    following = after.split()
    if following and following[0].strip(".,;:!?\"'") in _NOT_LIKE_FILLER_AFTER:
        return False
    if not following or following[0][-1:] in ".!?":  # "what it looks like." ends a phrase
        return False
    before = lowered[max(0, start - 16) : start]
    if before.rstrip().endswith(","):
        return True
    last = before.split()[-1:] or [""]
    word = last[0].replace("\u2019", "'")
    return word in _LIKE_LEADS or bool(_LIKE_LEAD_SOUNDS.fullmatch(word))
