"""A rubric key point ("Explains how they noticed the problem"), said to the candidate: as a
follow-up question ("Could you explain how you noticed the problem?") and as what their first
answer left out. Key points are written as what a strong answer does, in the third person, so
the leading verb loses its -s and the candidate's pronouns become "you". A point written as a
statement ("Readiness probes hold traffic …") is asked about as it is; an empty one gives None,
and the caller asks a plain question instead."""

import re

# Verbs about the answer itself: asked for directly ("Could you explain …?").
_TELLING = {
    "acknowledge", "admit", "answer", "articulate", "be", "clarify", "compare", "cover", "credit",
    "define", "describe", "discuss", "distinguish", "explain", "give", "highlight", "identify",
    "include", "lay", "list", "name", "present", "quantify", "recognise", "recognize", "reflect",
    "say", "set", "share", "show", "state", "summarise", "summarize", "walk", "weigh",
}  # fmt: skip
_SAID_AS = {"mention": "talk about", "note": "point out"}
_IRREGULAR = {"is": "be", "has": "have", "does": "do", "goes": "go", "caches": "cache"}
_NOT_VERBS = {"details", "examples", "metrics", "results", "steps"}  # plural nouns that lead
_NOT_AFTER_VERB = {"of", "are", "were", "is", "and", "or", "between", "vs", "versus"}
_VERB_ENDINGS = ("izes", "ises", "ates", "ifies", "sses")
# Words after a verb, not after a plural noun: "… and ranks them", "… and explains why".
_OBJECT_START = {
    "the", "a", "an", "them", "it", "their", "what", "how", "why", "when", "whether", "that",
    "any", "each", "every", "its", "his", "her", "your", "one", "to", "up", "out", "back", "down",
}  # fmt: skip
# Someone else the key point is about, whose "they" and "their" stay as they are.
_OTHERS = re.compile(
    r"\b(?:customers?|clients?|users?|teammates?|colleagues?|audience|people|stakeholders?"
    r"|managers?|students?|patients?|candidates?|reports|members?|others|engineers?"
    r"|developers?|functions|leaders?|partners?|vendors?|teams|tasks|them)\b",
    re.I,
)
_CANDIDATE_WORDS = {
    "they": "you", "their": "your", "theirs": "yours", "themselves": "yourself",
    "they're": "you're", "they've": "you've", "they'd": "you'd",
}  # fmt: skip


def _base(word: str) -> str | None:
    """The bare verb of a third-person form ("explains" → "explain"), or None."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower in _NOT_VERBS or not lower.replace("-", "").isalpha():
        return None
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or len(lower) < 4:
        return None
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return lower[:-2]
    if lower.endswith("cuses"):  # focuses, refocuses
        return lower[:-2]
    return lower[:-1]


def _second_person(words: list[str], category: str) -> list[str]:
    text = " ".join(words)
    mine = category == "behavioral" and not _OTHERS.search(text)
    changed = []
    for index, word in enumerate(words):
        lower = word.lower()
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        own = (lower == "their" and following == "own") or (
            lower == "they" and following in ("would", "could", "can")
        )
        if lower in _CANDIDATE_WORDS and (mine or own):
            word = _CANDIDATE_WORDS[lower]
        changed.append(word)
    return changed


def _verb_phrase(point: str, category: str) -> tuple[str, str] | None:
    """The leading verb, bare, and the rest of the point in the second person."""
    words = point.strip().rstrip(".").split()
    if len(words) < 2:
        return None
    adverb = ""
    if words[0].lower().endswith("ly") and len(words) > 2:
        adverb, words = words[0].lower() + " ", words[1:]
    first = words[0].rstrip(",:")
    verb = _base(first)
    if verb is None:
        return None
    rest = words[1:]
    paired = rest[0].lower() in ("and", "or") and _base(rest[1]) is not None  # "Listens and learns"
    if rest[0].lower().strip(",") in _NOT_AFTER_VERB and not paired:
        return None
    for index in range(len(rest)):
        before, word = rest[index - 1].lower() if index else "", rest[index]
        following = rest[index + 1].lower() if index + 1 < len(rest) else ""
        verb_like = following in _OBJECT_START or word.lower().endswith(_VERB_ENDINGS)
        if before in ("and", "or", "then") and (verb_like or (index == 1 and paired)):
            bare = _base(word.rstrip(","))
            if bare is not None:
                rest[index] = bare + ("," if word.endswith(",") else "")
    rest = _second_person(rest, category)
    joint = ": " if first.endswith(":") else " "  # "Triages: …" keeps its colon
    return adverb + _SAID_AS.get(verb, verb), joint + " ".join(rest)


_IN_TERMS = re.compile(r"^Uses (.+) concepts and terms accurately$")  # key_points.py's words


# How each kind of key point is asked as a follow-up, and said as what the first answer
# did not do ("Your first answer did not …"); the key point's own words fill the braces.
_ASKED = {
    "terms": "Could you put that in precise {} terms?",
    "statement": "Could you also cover this: {}?",
    "telling": "Could you {}?",
    "did": "How did you {}?",
    "would": "Could you say how you would {}?",
}
_LEFT_OUT = {
    "terms": "use {} concepts and terms accurately",
    "statement": "cover: {}",
    "telling": "{}",
    "did": "say how you {}",
    "would": "say how you would {}",
}


def follow_up_question(point: str, category: str) -> str | None:
    """The key point asked of the candidate; None for an empty one."""
    said = _said(point, category)
    return None if said is None else _ASKED[said[0]].format(said[1])


def left_out(point: str, category: str) -> str | None:
    """What the first answer did not do, as the end of "Your first answer did not …"."""
    said = _said(point, category)
    return None if said is None else _LEFT_OUT[said[0]].format(said[1])


def _said(point: str, category: str) -> tuple[str, str] | None:
    """The kind of a key point (a key of `_ASKED`) and the words it is said with; None for an
    empty point."""
    in_terms = _IN_TERMS.match(point.strip().rstrip("."))
    if in_terms:
        return "terms", in_terms.group(1)
    parts = _verb_phrase(point, category)
    if parts is None:
        statement = point.strip().rstrip(".")
        return ("statement", statement) if statement else None
    verb, rest = parts
    if _telling(verb):
        return "telling", verb + rest
    return ("did" if category == "behavioral" else "would"), verb + rest


def _telling(verb: str) -> bool:
    """A verb about the answer itself, asked for as it is; "quickly explain" counts too."""
    return verb.split()[-1] in _TELLING or verb in _SAID_AS.values()
