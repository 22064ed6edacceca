"""Skills from app/data/knowledge/skills.json.gz: lookup by any spelling of a name or alias,
and prefix autocomplete over sorted keys (a binary search, then only the matching range)."""

import bisect
from dataclasses import dataclass
from typing import Literal

import numpy as np

from app.knowledge.indexing import SkillKeys, unpack_u32
from app.knowledge.keys import lookup_key

SkillKind = Literal["technology", "tool", "knowledge", "competence", "transversal", "language"]
Source = Literal["onet", "esco", "curated"]
SKILL_KINDS: tuple[SkillKind, ...] = (
    "technology", "tool", "knowledge", "competence", "transversal", "language",
)  # fmt: skip
SOURCES: tuple[Source, ...] = ("onet", "esco", "curated")
# Autocomplete tiers, best first.
EXACT_NAME, EXACT_ALIAS, NAME_PREFIX, ALIAS_PREFIX, LATER_WORD_TIER = range(5)
CURATED_BOOST = 100
HOT_BOOST = 20
SKILL_COLUMNS = (
    "name", "kind", "sources", "aliases", "broader", "category", "hot", "in_demand",
    "occupations", "related", "esco",
)  # fmt: skip
"""The values of a row of skills.json.gz, in order. Rows load lighter than objects, and so do
their values: the kind is its number in SKILL_KINDS, the sources a bit mask over SOURCES, the
occupations one space-separated string, and an empty list is null (see `encode_row`)."""
NAME, KIND, SOURCE_BITS, HOT, OCCUPATIONS = (
    SKILL_COLUMNS.index(column) for column in ("name", "kind", "sources", "hot", "occupations")
)
CURATED_BIT = 1 << SOURCES.index("curated")


@dataclass(frozen=True, slots=True)
class Skill:
    id: int
    name: str
    kind: SkillKind
    sources: tuple[Source, ...]
    aliases: tuple[str, ...]
    broader: tuple[str, ...]
    """O*NET's product category ("Spreadsheet software") or ESCO's broader skills."""
    category: str | None
    """The curated list's category ("software", "healthcare")."""
    hot: bool
    """O*NET Hot Technology: often listed in employers' job postings."""
    in_demand: bool
    """O*NET In Demand for at least one occupation."""
    occupations: tuple[str, ...]
    """O*NET-SOC codes of the occupations that list this technology or tool."""
    related: tuple[str, ...]
    esco: str | None
    """ESCO concept URI."""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def source(self) -> Source:
        """The first of its sources: O*NET, then ESCO, then the project's curated list."""
        return self.sources[0]


@dataclass(frozen=True, slots=True)
class SkillMatch:
    skill: Skill
    matched: str
    """The name or alias that matched the query."""


class SkillIndex:
    """Rows stay as parsed; a `Skill` is made when one is asked for."""

    def __init__(self, payload: dict) -> None:
        legend = (payload["columns"], payload["kinds"], payload["sources"])
        if legend != (list(SKILL_COLUMNS), list(SKILL_KINDS), list(SOURCES)):
            raise ValueError(f"Unexpected skills file layout: {legend}")
        self._rows: list[list] = payload["skills"]
        index: SkillKeys = payload["index"]
        self._keys: list[str] = index["keys"]
        self._ids = unpack_u32(index["skill"]).astype(np.int32)
        self._forms = unpack_u32(index["form"]).astype(np.int32)
        self._later_keys: list[str] = index["later_keys"]
        self._later_ids = unpack_u32(index["later_skill"]).astype(np.int32)
        self._by_key = dict(zip(self._keys, self._ids.tolist(), strict=True))
        self._kinds = np.fromiter((row[KIND] for row in self._rows), np.int8, len(self._rows))
        self._preference = _preference(self._rows)
        self.everyday: frozenset[str] = frozenset(payload.get("everyday", ()))
        """One-word technology names that are also ordinary words of the open data ("your",
        "perform"), in lower case."""

    def __len__(self) -> int:
        return len(self._rows)

    def skill(self, skill_id: int) -> Skill:
        return decode_row(skill_id, self._rows[skill_id])

    def get(self, name: str) -> Skill | None:
        """The skill a name or alias stands for, in any case, spacing or punctuation:
        "AUTO CAD", "autocad" and "Autodesk AutoCAD" are one skill."""
        skill_id = self._by_key.get(lookup_key(name))
        return None if skill_id is None else self.skill(skill_id)

    def search(
        self, query: str, *, limit: int = 10, kinds: frozenset[str] | None = None
    ) -> list[SkillMatch]:
        """Autocomplete: exact names, exact aliases, names then aliases starting with the query,
        then names with a later word starting with it; more widely used skills first."""
        key = lookup_key(query)
        if not key or limit <= 0:
            return []
        ids, tiers, forms = self._candidates(key)
        if kinds is not None:
            wanted = [SKILL_KINDS.index(kind) for kind in kinds if kind in SKILL_KINDS]
            keep = np.isin(self._kinds[ids], wanted)
            ids, tiers, forms = ids[keep], tiers[keep], forms[keep]
        order = np.lexsort((self._preference[ids], tiers))
        _, first = np.unique(ids[order], return_index=True)
        chosen = order[np.sort(first)][:limit]
        found = [(self.skill(int(ids[i])), int(forms[i])) for i in chosen]
        return [SkillMatch(skill, skill.forms[form]) for skill, form in found]

    def _candidates(self, key: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every entry whose key starts with `key`: skill ids, tiers and which form matched."""
        names = _prefix_range(self._keys, key)
        later = _prefix_range(self._later_keys, key)
        forms = self._forms[names.start : names.stop]
        tiers = np.where(forms == 0, NAME_PREFIX, ALIAS_PREFIX)
        exact = 0  # the query itself sorts first among the keys it starts
        while exact < len(names) and self._keys[names.start + exact] == key:
            exact += 1
        tiers[:exact] -= NAME_PREFIX
        return (
            np.concatenate(
                (self._ids[names.start : names.stop], self._later_ids[later.start : later.stop])
            ),
            np.concatenate((tiers, np.full(len(later), LATER_WORD_TIER))),
            np.concatenate((forms, np.zeros(len(later), np.int32))),
        )


def encode_row(skill: dict) -> list:
    """The stored row of a skill given as a dict keyed by SKILL_COLUMNS (used by the build)."""
    row = []
    for column in SKILL_COLUMNS:
        value = skill[column]
        if column == "kind":
            value = SKILL_KINDS.index(value)
        elif column == "sources":
            value = sum(1 << SOURCES.index(source) for source in value)
        elif column == "occupations":
            value = " ".join(value)
        row.append(value if value or isinstance(value, bool | int) else None)
    return row


def decode_row(skill_id: int, row: list) -> Skill:
    name, kind, bits, aliases, broader, category, hot, in_demand, codes, related, esco = row
    return Skill(
        id=skill_id,
        name=name,
        kind=SKILL_KINDS[kind],
        sources=tuple(source for bit, source in enumerate(SOURCES) if bits >> bit & 1),
        aliases=tuple(aliases or ()),
        broader=tuple(broader or ()),
        category=category,
        hot=hot,
        in_demand=in_demand,
        occupations=tuple(codes.split()) if codes else (),
        related=tuple(related or ()),
        esco=esco,
    )


def _preference(rows: list[list]) -> np.ndarray:
    """One number per skill that orders autocomplete ties: more used, then shorter, then A-Z."""
    popularity = [_popularity(row) for row in rows]
    order = sorted(
        range(len(rows)),
        key=lambda i: (-popularity[i], len(rows[i][NAME]), rows[i][NAME].lower()),
    )
    preference = np.empty(len(rows), np.int32)
    preference[order] = np.arange(len(rows), dtype=np.int32)
    return preference


def _popularity(row: list) -> int:
    """How widely used: occupations listing it, with a lift for curated and hot skills."""
    codes = row[OCCUPATIONS]
    occupations = codes.count(" ") + 1 if codes else 0
    curated = CURATED_BOOST if row[SOURCE_BITS] & CURATED_BIT else 0
    return occupations + curated + (HOT_BOOST if row[HOT] else 0)


def _prefix_range(keys: list[str], prefix: str) -> range:
    start = bisect.bisect_left(keys, prefix)
    # Keys hold only [a-z0-9+#&], all below "\x7f": this bounds every key with the prefix.
    return range(start, bisect.bisect_left(keys, prefix + "\x7f", lo=start))
