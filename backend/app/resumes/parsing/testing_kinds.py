"""Kinds of testing named by their kind ("Regression Testing", "Web Services Testing", "smoke
testing", "NonFunctional Testing"): a testing skill whether or not the vocabulary lists it."""

import re
from dataclasses import dataclass

MAX_KIND_WORDS = 4
# Up to four words, then "testing": the kind is the longest run of those words, read back
# from "testing", that still names a kind.
_BEFORE_TESTING = re.compile(
    rf"((?:(?!(?i:testing))[A-Za-z][\w/]*[ -]){{1,{MAX_KIND_WORDS}}})(?:[Tt]esting|TESTING)\b"
)
# Words that start a phrase about testing, not a kind of it ("Experienced in Testing").
_NOT_A_KIND = frozenset(
    [
        "and", "or", "the", "a", "an", "for", "with", "of", "in", "on", "by", "to", "at", "as",
        "from", "into", "via", "is", "are", "was", "also", "then", "all", "any", "some", "both",
        "do", "did", "does", "done", "can", "will", "we", "i",
        "various", "different", "multiple", "other", "extensive", "good", "strong", "basic",
        "experience", "knowledge", "expertise", "exposure", "understanding", "responsible",
        "ie", "eg", "etc", "it", "our", "their", "my", "this", "these", "such", "like",
        "through", "during", "after", "before", "team", "new", "software", "test",
        "develop", "execute", "perform", "conduct", "do", "write", "create", "manage", "involve",
        "handle", "support", "lead", "coordinate", "prepare", "plan", "review", "own", "role",
        "responsibility", "responsibilities", "involvement", "profile", "summary", "project",
    ]
)  # fmt: skip
# Kinds written in lower case in running text are these well-known ones only: "extensive
# testing" and "the testing" are not kinds, "smoke testing" is.
_LOWER_CASE_KINDS = frozenset(
    [
        "smoke", "sanity", "regression", "functional", "nonfunctional", "non functional",
        "exploratory", "acceptance", "user acceptance", "usability", "performance", "load",
        "stress", "security", "penetration", "integration", "unit", "system", "end to end",
        "compatibility", "cross browser", "accessibility", "localization", "globalization",
        "mutation", "fuzz", "ad hoc", "adhoc", "black box", "white box", "grey box", "gray box",
        "manual", "automation", "api", "database", "mobile", "web", "ui", "gui", "etl", "a/b",
        "volume", "endurance", "soak", "recovery", "installation", "alpha", "beta", "monkey",
        "boundary", "component", "interface", "contract", "visual", "static", "dynamic",
    ]
)  # fmt: skip
# "Hardware in the Loop Testing": small words inside a kind's name.
_CONNECTORS = frozenset({"in", "the", "of"})
_WORD = re.compile(r"[A-Za-z][\w/]*")
_RETESTING = re.compile(r"(?<![\w-])(?:Re-?[Tt]esting|RE-?TESTING)\b")


@dataclass(frozen=True)
class TestingKind:
    name: str
    start: int
    end: int


def kinds_of_testing(text: str) -> list[TestingKind]:
    """Every kind of testing the text names, as written, in text order."""
    if "testing" not in text.lower():  # most lines: skip the slow patterns
        return []
    found = [kind for match in _BEFORE_TESTING.finditer(text) if (kind := _kind(text, match))]
    found += [TestingKind(m[0], m.start(), m.end()) for m in _RETESTING.finditer(text)]
    return sorted(found, key=lambda kind: kind.start)


def _kind(text: str, match: re.Match[str]) -> TestingKind | None:
    """The longest run of the last words before "testing" that names a kind."""
    spans = [(m.start(), m[0]) for m in _WORD.finditer(match[1])]
    for index in range(len(spans)):
        if _names_a_kind([word for _, word in spans[index:]]):
            start = match.start(1) + spans[index][0]
            return TestingKind(text[start : match.end()], start, match.end())
    return None


def _names_a_kind(phrase: list[str]) -> bool:
    """A known kind, or capitalised words (and small words between them) that do not end on a
    kind of their own ("Manual API Testing" is API testing done by hand) nor run on from a
    heading ("SUMMARY Unit Testing")."""
    if " ".join(phrase).lower() in _LOWER_CASE_KINDS:
        return True
    if len(phrase) > 1 and phrase[-1].lower() in _LOWER_CASE_KINDS:
        return False
    if not phrase[-1].isupper() and any(len(word) > 3 and word.isupper() for word in phrase):
        return False
    inner = set(phrase[1:-1])
    return all(
        (word in inner and word in _CONNECTORS)
        or (
            word[0].isupper()
            and word.lower() not in _NOT_A_KIND
            and not word.lower().endswith(("ed", "ing", "ly"))
        )
        for word in phrase
    )
