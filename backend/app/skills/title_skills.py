"""The skills a job title names: those written in it ("Java Developer": Java), the practice
its role noun stands for ("Web Developer": Web Development, "QA Tester": QA testing, so
Software Testing), and names whose punctuation an export dropped (". NET Developer",
"ASPNET Developer": .NET, ASP.NET).

The practice is the taxonomy's own: a name of the title's words before the role, then a word
that begins as the role does ("develop-er", "develop-ment"), so no table of roles and
practices is kept here.
"""

import re
from functools import lru_cache

from app.knowledge.role_nouns import ROLE_NOUN
from app.skills.matcher import normalize_key
from app.skills.taxonomy import Taxonomy

MAX_WORDS_BEFORE_ROLE = 3
# A practice shares all of its role's word but this many last letters ("test-er", "account-ant",
# "administrat-or"), and at least MIN_STEM letters.
MAX_ROLE_ENDING = 3
MIN_STEM = 4
# Shorter squashed names are too often words of their own ("Net" of ".NET").
MIN_SQUASHED_CHARS = 5
# ". NET Developer": a stripped export's space after the dot of a name.
_LOOSE_DOT = re.compile(r"(?<![\w.])\.\s+(?=[A-Za-z])")
_WORD = re.compile(r"[A-Za-z0-9#+]+")


def title_skills(title: str, taxonomy: Taxonomy) -> list[str]:
    """Canonical names, those written first, without repeats."""
    named = [*written_in_title(title, taxonomy), *practices(title, taxonomy)]
    return list(dict.fromkeys(named))


def written_in_title(title: str, taxonomy: Taxonomy) -> list[str]:
    """The names the title spells, also without the dots an export dropped."""
    title = _LOOSE_DOT.sub(".", title)
    return taxonomy.extract(title) + _squashed_names(title, taxonomy)


def _squashed_names(title: str, taxonomy: Taxonomy) -> list[str]:
    """ "ASPNET": a name that has dots ("ASP.NET") written without them."""
    squashed = _squashed_forms(taxonomy)
    return [squashed[key] for word in _WORD.findall(title) if (key := word.lower()) in squashed]


@lru_cache(maxsize=4096)
def practices(title: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """For each role in the title, the longest name made of the words before it and a word
    that begins as the role does. Cached: matching reads a resume's titles once per posting."""
    found: list[str] = []
    for role in ROLE_NOUN.finditer(title):
        before = _WORD.findall(title[: role.start()])[-MAX_WORDS_BEFORE_ROLE:]
        for practice in _practice_words(normalize_key(role[0]), taxonomy):
            for count in range(len(before), 0, -1):
                name = taxonomy.canonical(" ".join([*before[-count:], practice]))
                if name:
                    found.append(name)
                    break
    return tuple(found)


@lru_cache(maxsize=256)
def _practice_words(role: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The last words of the taxonomy's names that begin as the role does and are not the role
    ("tester": testing, test, tests), those sharing most of it first."""
    singular = role[:-1] if role.endswith("s") else role
    stem_length = max(MIN_STEM, len(singular) - MAX_ROLE_ENDING)
    shared = {
        word: _shared_prefix(word, singular)
        for word in _last_words(taxonomy)
        if word not in (singular, f"{singular}s")
    }
    return tuple(
        sorted((w for w, n in shared.items() if n >= stem_length), key=lambda w: -shared[w])
    )


@lru_cache(maxsize=4)
def _last_words(taxonomy: Taxonomy) -> frozenset[str]:
    return frozenset(
        normalize_key(form).rpartition(" ")[2]
        for name in taxonomy.names()
        for form in _forms(name, taxonomy)
    )


@lru_cache(maxsize=4)
def _squashed_forms(taxonomy: Taxonomy) -> dict[str, str]:
    """ "aspnet" -> ASP.NET: names with a dot, as one word without it, unless that word is a
    name of its own."""
    squashed: dict[str, str] = {}
    for name in taxonomy.names():
        for form in _forms(name, taxonomy):
            key = form.lower().replace(".", "")
            if (
                "." in form
                and key.isalnum()
                and len(key) >= MIN_SQUASHED_CHARS
                and taxonomy.canonical(key) is None
            ):
                squashed.setdefault(key, name)
    return squashed


def _forms(name: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    skill = taxonomy.skill(name)
    return skill.forms if skill else (name,)


def _shared_prefix(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length
