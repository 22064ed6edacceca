"""Text primitives for the local evaluator: segments with offsets, tokens, a Porter stemmer,
stopwords, British-to-American spelling and a few cheap synonym groups.

Everything here is pure and cached, since the same words recur across thousands of answers.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! ? (or a newline) followed by space and a capital, digit or quote;
# "e.g. the", "0.5" and "vs. Redis" therefore stay inside their sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"')\]]*)\s+(?=[\"'(\[]?[A-Z0-9])|\n+|;\s+")
_ABBREVIATION = re.compile(r"\b(?:[eE]\.g|[iI]\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx)\.$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['\u2019][a-z]+)?|\d+(?:[.,]\d+)*")
_IZE_ENDINGS = r"(e|ed|es|ing|ation|ations|er|ers|able)$"
_ISE = re.compile(r"(?<=[a-z]{3})is" + _IZE_ENDINGS)
_IZE = re.compile(r"(?<=[a-z]{3})iz" + _IZE_ENDINGS)
_WORD = re.compile(r"[A-Za-z]+")


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable word lists."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each either etc few for from further get gets got had
    hadn't has hasn't have haven't having he he'd he'll he's her here hers herself him himself
    his how i i'd i'll i'm i've if in into is isn't it it'd it'll it's its itself just let let's
    me might more most must mustn't my myself no nor not now of off on once one only or other
    our ours ourselves out over own per same she she'd she's should shouldn't so some such
    than that that's the their theirs them themselves then there there's these they they'd
    they'll they're they've this those through to too under until up upon us very via was
    wasn't we we'd we'll we're we've were weren't what what's when where which while who whom
    why will with won't would wouldn't yes yet you you'd you'll you're you've your yours
    yourself yourselves e.g i.e eg ie
    tell describe explain walk give example time times would how what something someone
    really basically actually literally um uh yeah okay ok"""
)

# Words that appear in almost any interview answer: they count, but little.
GENERIC = word_set(
    """use make work team thing way need help important good great well better best new right
    sure keep take try look see know think want go come say said lot lots different kind sort
    able many much every always usually often sometimes things people person everyone everybody
    part whole big small overall general really situation approach process case point end start
    first next last then later day week month year job role company project stuff"""
)

# Words key points use to describe a good answer rather than its topic ("Describes a specific
# example", "Shows clear ownership").
RUBRIC = word_set(
    """specific specifically concrete concretely describe describes describing explains explaining
    shows showing demonstrates demonstrating mentions mentioning candidate clear clearly real
    actual actually examples instance instances"""
)

_BRITISH = {
    "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "favour": "favor",
    "honour": "honor", "labour": "labor", "catalogue": "catalog", "centre": "center",
    "programme": "program", "judgement": "judgment", "analyse": "analyze", "analysed": "analyzed",
    "analysing": "analyzing", "modelling": "modeling", "travelled": "traveled",
    "cancelled": "canceled", "counsellor": "counselor", "counsellors": "counselors",
    "analyses": "analyzes", "programmes": "programs", "cheque": "check", "cheques": "checks",
    "aeroplane": "airplane", "aeroplanes": "airplanes", "oedema": "edema",
    "hypoglycaemia": "hypoglycemia", "hyperglycaemia": "hyperglycemia",
    "tachypnoea": "tachypnea", "tachypnoeic": "tachypneic", "towards": "toward",
}  # fmt: skip

_AMERICAN = {american: british for british, american in _BRITISH.items()}

# Groups of words read as one concept; the first word names the group.
_SYNONYM_GROUPS = (
    "fix resolve solve repair remedy",
    "error mistake failure fail fault",
    "talk speak discuss conversation chat",
    "listen hear",
    "coworker colleague teammate peer",
    "manager supervisor boss",
    "customer client",
    "physician doctor prescriber",
    "inform tell notify",
    "learn lesson taught tutorial",
    "conflict disagree disagreement tension clash dispute",
    "parent father mother guardian",
    "measure metric benchmark",
    "document record",
    "goal objective target aim",
    "result outcome",
    "price pricing expensive cost",
    "discount concession",
    "reduce decrease drop lower shrink",
    "increase raise grow rise boost",
    "agree compromise consensus",
    "delay late slip postpone",
    "evidence data proof",
    "prevent avoid",
    "quick fast rapid speedy",
    "large big huge",
    "ask question inquire",
    "identify find discover spot notice uncover",
)


def cues(*alternatives: str) -> re.Pattern[str]:
    """A family of cue phrases as one whole-word regex, matched against *lower-cased* text:
    compiling without re.IGNORECASE makes these scans several times faster."""
    pattern = r"\b(?:" + "|".join(alternatives) + r")\b"
    if re.search(r"\\[WSDBAZ]", pattern):
        raise ValueError("upper-case escapes do not survive lower-casing")
    return re.compile(pattern.lower())


@dataclass(frozen=True)
class Segment:
    """A sentence or clause of the answer, with its offsets so evidence can be quoted verbatim."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    start: int
    text: str


def segments(text: str) -> list[Segment]:
    """Sentences (and clauses after a semicolon), each with its span in the original text."""
    parts: list[Segment] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) is not None else match.start()
        if _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue
        _append_segment(parts, text, start, end)
        start = match.end()
    _append_segment(parts, text, start, len(text))
    return parts


def _append_segment(parts: list[Segment], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped)
        parts.append(Segment(offset, offset + len(stripped), stripped))


def tokens(text: str) -> list[Token]:
    return [Token(match.start(), match.group()) for match in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def concept(token: str) -> str | None:
    """The concept key of a token: lower-cased, American spelling, stemmed, synonyms merged;
    None for stopwords and bare numbers."""
    word = token.lower().replace("\u2019", "'")
    if word[0].isdigit():
        return None
    # An all-caps word is a keyword or an acronym ("EXPLAIN", "IN"), never a stopword.
    if (word in STOPWORDS or word in RUBRIC) and not (len(token) > 1 and token.isupper()):
        return None
    key = stem(american_spelling(word).removesuffix("'s"))
    return _SYNONYMS.get(key, key)


def american_spelling(word: str) -> str:
    """A lower-case word in American spelling ("prioritise" -> "prioritize")."""
    return _ISE.sub(r"iz\1", _BRITISH.get(word, word))


def british_spelling(word: str) -> str:
    """A lower-case word in British spelling ("prioritize" -> "prioritise")."""
    return _AMERICAN.get(word) or _IZE.sub(r"is\1", word)


def respelled(text: str, spelling: Callable[[str], str]) -> str:
    """`text` with each word that `spelling` changes in that spelling (lower case), the other
    words as written."""

    def word(match: re.Match[str]) -> str:
        written = match.group()
        lowered = written.lower()
        spelled = spelling(lowered)
        return written if spelled == lowered else spelled

    return _WORD.sub(word, text)


def weight(key: str) -> float:
    """How much a concept says about the topic: skills most, generic words little."""
    if key.startswith("@"):
        return 1.5
    return 0.3 if key in _GENERIC_KEYS else 1.0


# --- Porter stemmer (M. F. Porter, 1980), with a final "i", "y" or "e" dropped so that
# "deployed" and "deployment", "policy" and "policies", "disagreed" and "disagreement" meet. ---

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}  # fmt: skip
_STEP4 = (
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
    "ive", "ize", "ion", "al", "er", "ic", "ou",
)  # fmt: skip


def _consonant(word: str, i: int) -> bool:
    char = word[i]
    if char in "aeiou":
        return False
    if char == "y":
        return i == 0 or not _consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    count, previous_vowel = 0, False
    for i in range(len(stem)):
        vowel = not _consonant(stem, i)
        if previous_vowel and not vowel:
            count += 1
        previous_vowel = vowel
    return count


def _has_vowel(stem: str) -> bool:
    return any(not _consonant(stem, i) for i in range(len(stem)))


def _cvc(word: str) -> bool:
    return (
        len(word) >= 3
        and _consonant(word, len(word) - 3)
        and not _consonant(word, len(word) - 2)
        and _consonant(word, len(word) - 1)
        and word[-1] not in "wxy"
    )


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        return word[:-1] if _measure(word[:-3]) > 0 else word
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if word.endswith(("at", "bl", "iz")):
                return word + "e"
            if len(word) > 1 and word[-1] == word[-2] and word[-1] not in "aeiouylsz":
                return word[:-1]
            return word + "e" if _measure(word) == 1 and _cvc(word) else word
    return word


def _replace(word: str, table: dict[str, str], minimum: int) -> str:
    for suffix in sorted(table, key=len, reverse=True):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            return base + table[suffix] if _measure(base) > minimum else word
    return word


def _step4(word: str) -> str:
    for suffix in _STEP4:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if suffix == "ion" and not base.endswith(("s", "t")):
                return word
            return base if _measure(base) > 1 else word
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if len(word) <= 2:
        return word
    word = _step1(word)
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    if len(word) > 4 and word.endswith("li") and word[-3] in "cdeghkmnrt":
        word = word[:-2]  # Porter2's adverbs: "quickly" -> "quick"
    word = _replace(word, _STEP2, 0)
    word = _replace(word, _STEP3, 0)
    word = _step4(word)
    if word.endswith("e"):
        base = word[:-1]
        if _measure(base) > 1 or (_measure(base) == 1 and not _cvc(base)):
            word = base
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    if len(word) > 3 and word[-1] in "iye":
        word = word[:-1]
    return word


_SYNONYMS = {
    stem(word): stem(group.split()[0]) for group in _SYNONYM_GROUPS for word in group.split()
}
_GENERIC_KEYS = frozenset(_SYNONYMS.get(stem(word), stem(word)) for word in GENERIC)
