"""Kinds of testing named by their kind ("Regression Testing", "Web Services Testing", "smoke
testing", "NonFunctional Testing"): a testing skill whether or not the vocabulary lists it. A
well-known kind also reads so before "tests" ("smoke tests", "API test suites") and beside
the kind it shares its head with ("regression and smoke test suites"): each is named as the
practice ("regression testing"), which is how a posting asks for it. Resumes and postings
read them alike."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.knowledge.role_nouns import ROLE_NOUN
from app.skills.matcher import SkillMention

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
        "manual", "automation", "api", "database", "mobile", "web", "ui", "gui",
        "etl", "a/b", "volume", "endurance", "soak", "recovery", "installation", "alpha", "beta",
        "monkey", "boundary", "component", "interface", "contract", "visual", "static", "dynamic",
    ]
)  # fmt: skip
# "Hardware in the Loop Testing": small words inside a kind's name.
_CONNECTORS = frozenset({"in", "the", "of"})
_WORD = re.compile(r"[A-Za-z][\w/]*")
_RETESTING = re.compile(r"(?<![\w-])(?:Re-?[Tt]esting|RE-?TESTING)\b")


# "smoke tests", "regression test suites": a well-known kind before "test" is that kind of
# testing, unless "test" begins a job title ("Performance Test Engineer").
_TESTS = re.compile(rf"(?<![\w-])(?:[Tt]ests?|TESTS?)\b(?!\s+(?i:{ROLE_NOUN.pattern}))")
_ANY_HEAD = re.compile(r"(?<![\w-])(?:[Tt]est(?:s|ing)?|TEST(?:S|ING)?)\b")
# Between the words of one kind ("end to end", "A/B", "non-functional").
_KIND_WORD = re.compile(r"[A-Za-z]+")
_INSIDE_KIND = re.compile(r"[ /-]")
MAX_KNOWN_KIND_WORDS = 3
# "regression, smoke and sanity testing", "unit/integration tests": kinds sharing their head.
_BETWEEN_CONJUNCTS = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s*/\s*|\s+(?:and|or|&)\s+)$")
CONJUNCT_GAP_CHARS = 12
# How far back the words of a kind, or the word before a head, are looked for.
LOOKBACK_CHARS = 40
# The word just before a head ("multivariate" of "A/B and multivariate testing").
_LAST_WORD = re.compile(r"(?<![\w.])([A-Za-z][\w/]*)[ -]*$")


@dataclass(frozen=True)
class TestingKind:
    name: str
    start: int
    end: int
    shares_head: bool = False
    """Named with the head of the kind after it ("UI" of "UI and API test suites"): it reads
    as testing over a skill of the same words (UI Design)."""

    @property
    def well_known(self) -> bool:
        """ "smoke testing", "API testing"; not "Web Services Testing" nor "Retesting"."""
        return _kind_key(self.name.rpartition(" ")[0]) in _LOWER_CASE_KINDS


def kinds_of_testing(text: str) -> list[TestingKind]:
    """Every kind of testing the text names, as written, in text order."""
    if "test" not in text.lower():  # most lines: skip the slow patterns
        return []
    found = [kind for match in _BEFORE_TESTING.finditer(text) if (kind := _kind(text, match))]
    heads = _heads(text)
    found += _well_known_before_heads(text, heads, found)
    found += _conjuncts(text, heads, found)
    found += [TestingKind(m[0], m.start(), m.end()) for m in _RETESTING.finditer(text)]
    return sorted(found, key=lambda kind: kind.start)


def _heads(text: str) -> list[re.Match[str]]:
    """ "testing", and "test(s)" that does not begin a job title."""
    return [
        head
        for head in _ANY_HEAD.finditer(text)
        if head[0].lower().endswith("testing") or _TESTS.match(text, head.start())
    ]


def _well_known_before_heads(
    text: str, heads: list[re.Match[str]], found: list[TestingKind]
) -> list[TestingKind]:
    """Well-known kinds the capitalised reading leaves: before "test(s)" ("smoke tests", named
    "smoke testing", the practice), and the last part of "smoke/sanity testing"."""
    kinds: list[TestingKind] = []
    for head in heads:
        if any(kind.start <= head.start() < kind.end for kind in found):
            continue
        words_end = len(text[: head.start()].rstrip(" -"))
        start = _known_kind_ending_at(text, words_end)
        if start is not None and words_end < head.start():
            kinds.append(TestingKind(_named(text[start:words_end], head[0]), start, head.end()))
    return kinds


def _conjuncts(
    text: str, heads: list[re.Match[str]], found: list[TestingKind]
) -> list[TestingKind]:
    """The well-known kinds coordinated before a head, each named with it: "regression and smoke
    test suites" also names regression testing, "A/B and multivariate testing" A/B testing
    ("Selenium, TestNG and API testing" names tools). The last conjunct is the kind before the
    head, else the word just before it."""
    conjuncts: list[TestingKind] = []
    for head in heads:
        end = _first_conjunct_start(text, head, found)
        while end is not None and (
            gap := _BETWEEN_CONJUNCTS.search(text, max(0, end - CONJUNCT_GAP_CHARS), end)
        ):
            start = _known_kind_ending_at(text, gap.start())
            if start is None:
                break
            name = _named(text[start : gap.start()], head[0])
            conjuncts.append(TestingKind(name, start, gap.start(), shares_head=True))
            end = start
    return conjuncts


def _first_conjunct_start(text: str, head: re.Match[str], found: list[TestingKind]) -> int | None:
    """Where the last conjunct before the head begins: its kind's first word, else the word."""
    kind = next((kind for kind in found if kind.start <= head.start() < kind.end), None)
    if kind:
        return kind.start
    word = _LAST_WORD.search(text, max(0, head.start() - LOOKBACK_CHARS), head.start())
    return word.start() if word else None


def _known_kind_ending_at(text: str, end: int) -> int | None:
    """Where the longest well-known kind ending at `end` starts, if one does."""
    words = list(_KIND_WORD.finditer(text, max(0, end - LOOKBACK_CHARS), end))
    if not words or words[-1].end() != end:
        return None
    best = None
    for index in range(len(words) - 1, max(-1, len(words) - 1 - MAX_KNOWN_KIND_WORDS), -1):
        start = words[index].start()
        if index < len(words) - 1 and not _INSIDE_KIND.fullmatch(
            text[words[index].end() : words[index + 1].start()]
        ):
            break
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
            break  # the window began inside a word
        if _kind_key(text[start:end]) in _LOWER_CASE_KINDS:
            best = start
    return best


def _kind_key(phrase: str) -> str:
    """ "A/B" stays "a/b"; "end-to-end" is "end to end"."""
    lowered = phrase.lower()
    return lowered if lowered in _LOWER_CASE_KINDS else " ".join(_KIND_WORD.findall(lowered))


def _named(kind: str, head: str) -> str:
    """The kind named as a practice, in the case its head was written: "smoke Tests" ->
    "smoke Testing"."""
    testing = "TESTING" if head.isupper() else "Testing" if head[0].isupper() else "testing"
    return f"{kind} {testing}"


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


def beside_kinds(
    text: str, found: Sequence[SkillMention], *, well_known: bool = False
) -> tuple[list[SkillMention], list[TestingKind]]:
    """The finder's mentions and the kinds of testing it did not name (only `well_known` ones
    if asked): the longer name wins ("API Testing" over "API"; "Unit testing" known to the
    finder keeps its name)."""
    kinds = [_after_named_skills(kind, found, text) for kind in kinds_of_testing(text)]
    kinds = [kind for kind in kinds if kind.well_known or not well_known]
    mentions = [
        m
        for m in found
        if not any(
            k.start <= m.start
            and m.end <= k.end
            and (k.end - k.start > m.end - m.start or k.shares_head)
            for k in kinds
        )
    ]
    unnamed = [
        kind
        for kind in kinds
        if not any(m.start < kind.end and kind.start < m.end for m in mentions)
    ]
    return mentions, unnamed


def _after_named_skills(
    kind: TestingKind, mentions: Sequence[SkillMention], text: str
) -> TestingKind:
    """ "Selenium Web Services Testing" is Selenium and Web Services Testing: the kind starts
    after the last skill named inside it, as long as a word is left before "testing" ("API
    Testing" stays whole)."""
    start = kind.start
    for m in mentions:
        rest = text[m.end : kind.end]
        if kind.start <= m.start and m.end < kind.end and len(rest.split()) > 1:
            start = m.end + len(rest) - len(rest.lstrip(" -"))
    return kind if start == kind.start else TestingKind(text[start : kind.end], start, kind.end)
