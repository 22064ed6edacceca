"""Skill records from O*NET (technologies, tools), ESCO (skills, languages) and the curated
list in app/data/skills.json, merged into one entry per skill with unambiguous aliases.

Deterministic rules, in order:
1. One record per spelling key: O*NET technologies, then O*NET tools, then ESCO skills; a later
   record whose name has the key of an earlier one is merged into it.
2. A curated skill joins the open record named like it, else the one named like one of its
   aliases, else the one that has its name as an alias (most occupations first); it keeps its
   name (the app's established wording) and the open name becomes an alias. Otherwise it stays
   a curated record.
3. Every name claims its key. A curated alias is kept when its key is free: an alias that is
   another skill's name adds nothing. An open-data alias is kept when no name or curated alias
   holds it and exactly one record proposes it: a name derived from the record's own (O*NET)
   outranks an ESCO alternative label ("LabVIEW" is National Instruments LabVIEW, not ESCO's
   "computer programming", which lists it); two equal claims drop the alias.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.knowledge.keys import lookup_key
from scripts.knowledge_names import ProductNames, practice_of, product_base, singular
from scripts.knowledge_sources import Esco, Onet, OnetRow

SOURCE_ORDER = ("onet", "esco", "curated")
SOFT_CATEGORY = "soft"


@dataclass
class SkillRecord:
    name: str
    kind: str
    sources: set[str]
    proposed: list[str] = field(default_factory=list)
    """Other names derived from its own (or of records merged into it): strong claims."""
    labels: list[str] = field(default_factory=list)
    """ESCO's alternative labels: weaker claims, yielding to a record whose name gives them."""
    practices: list[str] = field(default_factory=list)
    """The practice a generic software name is named after ("Functional testing"): an alias
    unless a curated skill is that practice, which stays a skill of its own rather than
    becoming the software."""
    curated_aliases: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    category: str | None = None
    hot: bool = False
    in_demand: bool = False
    occupations: set[str] = field(default_factory=set)
    in_demand_for: set[str] = field(default_factory=set)
    related: list[str] = field(default_factory=list)
    esco: str | None = None
    aliases: list[str] = field(default_factory=list)
    key: str = ""
    alias_keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.key = lookup_key(self.name)

    def rename(self, name: str) -> None:
        self.name, self.key = name, lookup_key(name)

    def absorb(self, other: "SkillRecord") -> None:
        self.sources |= other.sources
        self.proposed += [other.name, *other.proposed]
        self.labels += other.labels
        self.practices += other.practices
        self.broader += [item for item in other.broader if item not in self.broader]
        self.hot = self.hot or other.hot
        self.in_demand = self.in_demand or other.in_demand
        self.occupations |= other.occupations
        self.in_demand_for |= other.in_demand_for
        self.esco = self.esco or other.esco


@dataclass
class SkillStats:
    curated_merged: int = 0
    curated_aliases_kept: int = 0
    curated_aliases_redundant: int = 0
    curated_aliases_dropped: int = 0
    open_aliases_kept: int = 0
    open_aliases_ambiguous: int = 0
    brand_aliases: int = 0


def onet_records(rows: list[OnetRow], kind: str, names: ProductNames | None) -> list[SkillRecord]:
    """One record per product; for technologies, names that differ by a trailing "software" or
    a lower-case note ("ESRI ArcGIS software", "Esri ArcGIS", "ESRI ArcGIS (analytical or
    scientific feature)") are one product, named as most occupations name it."""
    grouped: dict[str, list[OnetRow]] = defaultdict(list)
    for row in rows:
        base = product_base(row.name) if names is not None else row.name
        grouped[lookup_key(base)].append(row)
    records = []
    for key in sorted(grouped):
        group = grouped[key]
        spellings = Counter(row.name for row in group)
        ordered = sorted(spellings, key=lambda name: (-spellings[name], len(name), name))
        record = SkillRecord(
            name=ordered[0],
            kind=kind,
            sources={"onet"},
            broader=sorted({row.category for row in group}),
            hot=any(row.hot for row in group),
            in_demand=any(row.in_demand for row in group),
            occupations={row.code for row in group},
            in_demand_for={row.code for row in group if row.in_demand},
        )
        if names is not None:
            record.proposed = [form for name in ordered for form in (name, *names.aliases(name))]
            record.practices = [form for name in ordered if (form := practice_of(name))]
        elif (single := singular(ordered[0])) is not None:
            record.proposed = [single]
        records.append(record)
    return records


def esco_records(esco: Esco) -> list[SkillRecord]:
    """ESCO skills; a language competence ("write Hungarian") is folded into its language."""
    folded: dict[str, list[str]] = defaultdict(list)
    by_uri = {skill.uri: skill for skill in esco.skills}
    for uri, language in esco.languages.items():
        folded[language] += [by_uri[uri].label, *by_uri[uri].alt_labels] if uri in by_uri else []
    records = []
    for skill in sorted(esco.skills, key=lambda item: (item.label, item.uri)):
        if skill.uri in esco.languages:
            continue
        records.append(
            SkillRecord(
                name=skill.label,
                kind=_esco_kind(skill.label, skill.reuse_level, skill.skill_type, folded),
                sources={"esco"},
                labels=[*skill.alt_labels, *folded.get(skill.label, ())],
                broader=list(skill.broader),
                esco=skill.uri,
            )
        )
    return records


def _esco_kind(label: str, reuse: str, skill_type: str, languages: dict) -> str:
    if label in languages:
        return "language"
    if skill_type == "knowledge":
        return "knowledge"
    return "transversal" if reuse == "transversal" else "competence"


def merge_by_name(groups: list[list[SkillRecord]]) -> dict[str, SkillRecord]:
    merged: dict[str, SkillRecord] = {}
    for records in groups:
        for record in records:
            existing = merged.get(record.key)
            if existing is None:
                merged[record.key] = record
            else:
                existing.absorb(record)
    return merged


def add_curated(
    merged: dict[str, SkillRecord], curated: list[dict], names: ProductNames, stats: SkillStats
) -> None:
    """Rule 2 of the module docstring."""
    called: dict[str, list[SkillRecord]] = defaultdict(list)
    for known in merged.values():
        for form in (known.name, *known.proposed, *known.labels):
            called[lookup_key(form)].append(known)
    for entry in curated:
        name_key = lookup_key(entry["name"])
        taken = merged.get(name_key)
        if taken is not None and "curated" in taken.sources:
            taken.curated_aliases += [entry["name"], *entry.get("aliases", ())]
            continue
        record = _open_match(entry, merged, called, names)
        if record is None:
            kind = "transversal" if entry["category"] == SOFT_CATEGORY else "competence"
            record = SkillRecord(name=entry["name"], kind=kind, sources=set())
            merged[name_key] = record
        else:
            stats.curated_merged += 1
            if record.key != name_key:
                record.proposed.insert(0, record.name)
                del merged[record.key]
                merged[name_key] = record
            record.rename(entry["name"])
        record.sources.add("curated")
        record.curated_aliases = list(entry.get("aliases", ()))
        record.category = entry["category"]
        record.related = list(entry.get("related", ()))


def _open_match(
    entry: dict, merged: dict[str, SkillRecord], called: dict, names: ProductNames
) -> SkillRecord | None:
    """The open record a curated skill is another name for, if any (rule 2)."""
    name_key = lookup_key(entry["name"])
    if name_key in merged:
        return merged[name_key]
    keys = {lookup_key(form) for form in (entry["name"], *entry.get("aliases", ()))}
    candidates = {id(record): record for key in keys for record in called.get(key, ())}
    fits = []
    for record in candidates.values():
        rank = _same_skill(entry["name"], keys, record, names)
        if rank is not None and "curated" not in record.sources:
            fits.append((rank, -len(record.occupations), record.key, record))
    return min(fits, key=lambda fit: fit[:3])[3] if fits else None


def _same_skill(name: str, keys: set[str], record: SkillRecord, names: ProductNames) -> int | None:
    """O*NET: `ProductNames.same_product`. ESCO: each side lists the other's name, since
    ESCO's alternative labels can be loose."""
    if record.kind in ("technology", "tool"):
        return names.same_product(record.name, name, keys)
    labels = {lookup_key(label) for label in (*record.proposed, *record.labels)}
    both = record.key in keys and lookup_key(name) in labels
    return 1 if both else None


def resolve_aliases(records: list[SkillRecord], stats: SkillStats) -> None:
    """Rule 3 of the module docstring; fills `record.aliases`."""
    owner: dict[str, SkillRecord] = {record.key: record for record in records}
    for record in records:
        open_keys = {lookup_key(alias) for alias in (*record.proposed, *record.labels)}
        for alias in record.curated_aliases:
            key = lookup_key(alias)
            if not key or key == record.key:
                continue
            if owner.setdefault(key, record) is record:
                added = _add_alias(record, alias, key)
                stats.curated_aliases_kept += added and key not in open_keys
                stats.curated_aliases_redundant += added and key in open_keys
            else:
                stats.curated_aliases_dropped += 1
    strong: dict[str, set[str]] = defaultdict(set)
    weak: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for alias in (*record.proposed, *record.practices):
            strong[lookup_key(alias)].add(record.key)
        for alias in record.labels:
            weak[lookup_key(alias)].add(record.key)
    for record in records:
        for alias in (*record.proposed, *record.practices, *record.labels):
            key = lookup_key(alias)
            if not key or key in owner:
                continue
            claimants = strong[key] or weak[key]
            if claimants == {record.key}:
                owner[key] = record
                stats.open_aliases_kept += _add_alias(record, alias, key)
            elif record.key in claimants:
                stats.open_aliases_ambiguous += 1


def _add_alias(record: SkillRecord, alias: str, key: str) -> bool:
    if key in record.alias_keys:
        return False
    record.alias_keys.add(key)
    record.aliases.append(alias)
    return True


def build_skills(
    onet: Onet, esco: Esco, curated: list[dict], names: ProductNames
) -> tuple[list[SkillRecord], SkillStats]:
    stats = SkillStats()
    merged = merge_by_name(
        [
            onet_records(onet.technology, "technology", names),
            onet_records(onet.tools, "tool", None),
            esco_records(esco),
        ]
    )
    add_curated(merged, curated, names, stats)
    records = sorted(merged.values(), key=lambda record: (record.key, record.name))
    resolve_aliases(records, stats)
    add_brand_aliases(records, names, stats)
    return records, stats


def add_brand_aliases(records: list[SkillRecord], names: ProductNames, stats: SkillStats) -> None:
    """A brand word no name or alias has claimed ("Abaqus", "SolidWorks", "ANSYS") becomes an
    alias of the technology that bears it and is used by the most occupations, so a resume
    saying "Abaqus" finds "Dassault Systemes Abaqus"."""
    taken = {key for record in records for key in (record.key, *record.alias_keys)}
    bearers: dict[str, list[tuple[int, int, str, SkillRecord, str]]] = defaultdict(list)
    for record in records:
        if record.kind != "technology":
            continue
        for word in names.brand_words(record.name):
            key = lookup_key(word)
            if key not in taken:
                rank = (-len(record.occupations), len(record.name), record.key)
                bearers[key].append((*rank, record, word))
    for key, claims in sorted(bearers.items()):
        *_, record, word = min(claims, key=lambda claim: claim[:3])
        stats.brand_aliases += _add_alias(record, word, key)


def everyday_forms(records: list[SkillRecord], vocabulary: frozenset[str]) -> list[str]:
    """The one-word names of technologies that are also ordinary lower-case words of the open
    data ("Perform" of "FinEng Solutions PerfoRM", "Your", "Dealer", "Profile"): the app reads
    them as the product only where their context says so."""
    return sorted(
        {
            word
            for record in records
            if record.kind == "technology"
            for form in (record.name, *record.aliases)
            if (word := form.lower()).isalpha() and word in vocabulary
        }
    )


def sources_of(record: SkillRecord) -> list[str]:
    return [source for source in SOURCE_ORDER if source in record.sources]


def skill_json(record: SkillRecord) -> dict:
    """A skill as a dict keyed by SKILL_COLUMNS (written as a row by `encode_row`)."""
    return {
        "name": record.name,
        "kind": record.kind,
        "sources": sources_of(record),
        "aliases": record.aliases,
        "broader": record.broader,
        "category": record.category,
        "hot": record.hot,
        "in_demand": record.in_demand,
        "occupations": sorted(record.occupations),
        "related": record.related,
        "esco": record.esco,
    }
