"""The skills taxonomy shipped in app/data/skills.json: canonical names, categories, aliases
and related skills, with alias normalisation, extraction from free text and autocomplete."""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.skills.ambiguity import AMBIGUOUS
from app.skills.matcher import SkillMatcher, SkillMention, normalize_key

SKILLS_FILE = Path(__file__).resolve().parents[1] / "data" / "skills.json"
RELATED_SIMILARITY = 0.5


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...]
    related: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Taxonomy:
    def __init__(self, skills: list[Skill]) -> None:
        # Planning an interview compares every bank question's skills with every target, some
        # 8,000 lookups of the same few hundred names: their keys are worth keeping.
        self._key = lru_cache(maxsize=16384)(normalize_key)
        self._skills = {skill.name: skill for skill in skills}
        self._name_for_key: dict[str, str] = {}
        for skill in skills:
            for form in skill.forms:
                self._name_for_key.setdefault(normalize_key(form), skill.name)
        self._neighbours: dict[str, set[str]] = {name: set() for name in self._skills}
        for skill in skills:
            for other in skill.related:
                self._neighbours[skill.name].add(other)
                self._neighbours.setdefault(other, set()).add(skill.name)
        rules = {key: rule for key, rule in AMBIGUOUS.items() if key in self._name_for_key}
        self._matcher = SkillMatcher(self._name_for_key, rules)

    @classmethod
    def from_file(cls, path: Path = SKILLS_FILE) -> "Taxonomy":
        entries = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            [
                Skill(
                    name=entry["name"],
                    category=entry["category"],
                    aliases=tuple(entry.get("aliases", ())),
                    related=tuple(entry.get("related", ())),
                )
                for entry in entries
            ]
        )

    def canonical(self, name: str) -> str | None:
        """The canonical name for a name or alias in any case or spacing ("k8s" -> "Kubernetes")."""
        return self._name_for_key.get(self._key(name))

    def category(self, name: str) -> str | None:
        canonical = self.canonical(name)
        return self._skills[canonical].category if canonical else None

    def skill(self, name: str) -> Skill | None:
        canonical = self.canonical(name)
        return self._skills[canonical] if canonical else None

    def find(self, text: str) -> list[SkillMention]:
        """Every skill mention in the text with its position, ambiguous words resolved."""
        return self._matcher.find(text)

    def extract(self, text: str) -> list[str]:
        """Canonical skills found in the text, in order of first appearance, without repeats."""
        return list(dict.fromkeys(mention.name for mention in self.find(text)))

    def similarity(self, a: str, b: str) -> float:
        """1.0 for the same skill, 0.5 when one lists the other as related, otherwise 0."""
        first = self.canonical(a) or self._key(a)
        second = self.canonical(b) or self._key(b)
        if first == second:
            return 1.0
        if second in self._neighbours.get(first, ()):
            return RELATED_SIMILARITY
        return 0.0

    def related(self, name: str) -> list[str]:
        """Skills directly related to this one, in either direction, sorted by name."""
        canonical = self.canonical(name)
        return sorted(self._neighbours.get(canonical, ())) if canonical else []

    def search(self, prefix: str, limit: int = 10) -> list[str]:
        """Autocomplete: exact names first, then names and aliases starting with the prefix,
        then names with a later word starting with it; shorter names first within a tier."""
        query = normalize_key(prefix)
        if not query or limit <= 0:
            return []
        ranked: dict[str, tuple[int, int, str]] = {}
        for key, name in self._name_for_key.items():
            tier = _search_tier(query, key, name)
            if tier is not None:
                rank = (tier, len(name), name.lower())
                ranked[name] = min(ranked.get(name, rank), rank)
        return sorted(ranked, key=ranked.__getitem__)[:limit]

    def names(self) -> list[str]:
        return sorted(self._skills, key=str.lower)

    def categories(self) -> list[str]:
        return sorted({skill.category for skill in self._skills.values()})


def _search_tier(query: str, key: str, name: str) -> int | None:
    name_key = normalize_key(name)
    is_name = key == name_key
    if is_name and key == query:
        return 0
    if key.startswith(query):
        return 1 if is_name else 2
    if is_name and any(word.startswith(query) for word in key.split(" ")[1:]):
        return 3
    return None


@lru_cache(maxsize=1)
def get_taxonomy() -> Taxonomy:
    return Taxonomy.from_file()
