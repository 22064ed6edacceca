"""Find skill mentions in free text with one compiled, prefix-factored regex.

Every surface form (canonical names and aliases) goes into a character trie that is turned
into a single regular expression, so a two-page resume is scanned in one pass. Forms that are
also ordinary words are then checked against their `AmbiguityRule`.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.skills.ambiguity import AmbiguityRule

_SEPARATOR = "\x00"
# A mention may not continue a word, a domain ("x.js"), an address or "R&D".
_LEFT_BOUNDARY = r"(?<![\w.&@])"
_RIGHT_BOUNDARY = r"(?![\w+#&@]|\.\w)"
_LIST_PUNCTUATION = r"[,;/|&+()\[\]]"
_LIST_GAP = re.compile(
    rf"\s*(?:{_LIST_PUNCTUATION}\s*)*(?:(?:and|or)\s*)?(?:{_LIST_PUNCTUATION}\s*)*", re.I
)
_LEAD_IN = re.compile(r"\b(?:in|with|using)\s+$", re.I)
_GENERIC_HINTS = r"skills|technologies|tech stack|languages|tools|frameworks|proficien\w*"
_HINT_RADIUS = 60
_MAX_LIST_GAP = 12
_KEY_SEPARATORS = re.compile(r"[\s\-_]+")
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'.]*[ \t]+$")


def normalize_key(text: str) -> str:
    """The lookup key of a surface form: lower case, curly quotes straightened, and runs of
    spaces, hyphens and underscores collapsed to one space ("Go-to-market" == "go to market")."""
    return _KEY_SEPARATORS.sub(" ", text.strip().lower().replace("\u2019", "'"))


# The same spellings recur in every document, so their keys are worth caching.
_cached_key = lru_cache(maxsize=8192)(normalize_key)


@dataclass(frozen=True)
class SkillMention:
    name: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _CompiledRule:
    rule: AmbiguityRule
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    hints: re.Pattern[str] | None


class SkillMatcher:
    def __init__(self, skill_for_key: dict[str, str], rules: dict[str, AmbiguityRule]) -> None:
        self._skill_for_key = skill_for_key
        # The pattern ignores case as Unicode folds it, where lower() keeps some letters apart
        # (the micro sign and the Greek mu): a match's key may need folding to be found.
        self._key_for_folded = {key.casefold(): key for key in skill_for_key}
        self._rules = {key: _compile_rule(rule) for key, rule in rules.items()}
        trie = _trie_pattern(skill_for_key)
        self._pattern = re.compile(f"{_LEFT_BOUNDARY}({trie}){_RIGHT_BOUNDARY}", re.I)

    def find(self, text: str, anchors: Sequence[SkillMention] = ()) -> list[SkillMention]:
        """Every accepted mention, in text order (a skill may appear several times); `anchors`
        are mentions another matcher accepted, which confirm their list neighbours here."""
        accepted: list[SkillMention] = []
        pending: list[tuple[SkillMention, _CompiledRule]] = []
        for match in self._pattern.finditer(text):
            key = _cached_key(match.group(1))
            if key not in self._skill_for_key:
                key = self._key_for_folded.get(key.casefold(), "")
                if not key:
                    continue
            mention = SkillMention(self._skill_for_key[key], match.start(), match.end(), match[1])
            compiled = self._rules.get(key)
            if compiled is None:
                accepted.append(mention)
            elif _passes_filters(text, mention, compiled):
                if compiled.rule.needs_context and mention.text not in compiled.rule.sure_casings:
                    pending.append((mention, compiled))
                else:
                    accepted.append(mention)
        _confirm_pending(text, accepted, pending, anchors)
        return accepted


def _compile_rule(rule: AmbiguityRule) -> _CompiledRule:
    hints = None
    if rule.needs_context and not rule.list_only:
        alternatives = f"{rule.hints}|{_GENERIC_HINTS}" if rule.hints else _GENERIC_HINTS
        hints = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)
    return _CompiledRule(
        rule=rule,
        before=re.compile(rf"(?:{rule.reject_before})", re.I) if rule.reject_before else None,
        after=re.compile(rule.reject_after) if rule.reject_after else None,
        hints=hints,
    )


def _passes_filters(text: str, mention: SkillMention, compiled: _CompiledRule) -> bool:
    if compiled.rule.casings and mention.text not in compiled.rule.casings:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if compiled.before and compiled.before.search(before):
        return False
    company_name = mention.text[0].isupper() and _CAPITALISED_WORD_BEFORE.search(before)
    if compiled.rule.company_word and company_name:
        return False
    return not (compiled.after and compiled.after.match(text, mention.end))


def _confirm_pending(
    text: str,
    accepted: list[SkillMention],
    pending: list[tuple[SkillMention, _CompiledRule]],
    anchors: Sequence[SkillMention] = (),
) -> None:
    """Accept ambiguous mentions that have context, keeping `accepted` in text order.

    Context spreads along a list ("R, Go, Python": Python anchors Go, which anchors R), so each
    accepted mention is offered to its pending neighbours. Only the next mention on either
    side can be a list neighbour (the gap between two must be list punctuation), which keeps
    this linear in the number of mentions."""
    if not pending:
        return
    anchor_ids = {id(m) for m in anchors}
    both: list[tuple[SkillMention, _CompiledRule | None]] = [(m, None) for m in accepted]
    both += [(m, None) for m in anchors]
    both += pending
    sequence = sorted(both, key=lambda pair: pair[0].start)
    confirmed = [compiled is None for _, compiled in sequence]
    _spread(text, sequence, confirmed, [i for i, ok in enumerate(confirmed) if ok])
    # The slower test, a hint word nearby, only for the mentions no list reached.
    own = [
        i
        for i, (mention, compiled) in enumerate(sequence)
        if not confirmed[i] and compiled is not None and _has_own_context(text, mention, compiled)
    ]
    for i in own:
        confirmed[i] = True
    _spread(text, sequence, confirmed, own)
    accepted[:] = [
        mention
        for (mention, _), ok in zip(sequence, confirmed, strict=True)
        if ok and id(mention) not in anchor_ids
    ]


def _spread(
    text: str,
    sequence: list[tuple[SkillMention, _CompiledRule | None]],
    confirmed: list[bool],
    sources: list[int],
) -> None:
    while sources:
        index = sources.pop()
        for other in (index - 1, index + 1):
            if (
                0 <= other < len(sequence)
                and not confirmed[other]
                and _is_list_neighbour(text, sequence[other][0], sequence[index][0])
            ):
                confirmed[other] = True
                sources.append(other)


def _has_own_context(text: str, mention: SkillMention, compiled: _CompiledRule) -> bool:
    """A lead-in ("with Go") or a hint word nearby on the same line."""
    if compiled.rule.lead_in and _LEAD_IN.search(text, max(0, mention.start - 16), mention.start):
        return True
    if compiled.hints is None:
        return False
    start = max(0, mention.start - _HINT_RADIUS)
    end = min(len(text), mention.end + _HINT_RADIUS)
    # Look for line breaks only within the radius: a long line would make this quadratic.
    line_start = text.rfind("\n", start, mention.start) + 1
    line_end = text.find("\n", mention.end, end)
    before = text[max(line_start, start) : mention.start]
    after = text[mention.end : end if line_end == -1 else line_end]
    return compiled.hints.search(f"{before} {after}") is not None


def _is_list_neighbour(text: str, mention: SkillMention, other: SkillMention) -> bool:
    if other.end <= mention.start:
        gap = text[other.end : mention.start]
    elif mention.end <= other.start:
        gap = text[mention.end : other.start]
    else:
        return False
    return (
        len(gap) <= _MAX_LIST_GAP
        and "\n" not in gap
        and bool(gap.strip())
        and _LIST_GAP.fullmatch(gap) is not None
    )


def _trie_pattern(forms: Iterable[str]) -> str:
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form.replace(" ", _SEPARATOR):
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    branches = [_char_pattern(char) + _node_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional group: the longer form wins ("C++" over "C", "Spring Boot" over "Spring").
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char: str) -> str:
    if char == _SEPARATOR:
        return r"[\s\-]+"
    if char == "'":
        return "['\u2019]"
    return re.escape(char)
