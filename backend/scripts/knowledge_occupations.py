"""Occupation records from O*NET (titles, tasks, job zone, technologies, tools, related
occupations) and ESCO (labels, ISCO group), with each ESCO occupation linked to the O*NET
occupation that shares its titles."""

import re
from collections import defaultdict
from collections.abc import Callable

from app.adapters.embeddings.local import LocalEmbedder
from app.knowledge.keys import lookup_key, stem, words
from scripts.knowledge_skills import SkillRecord
from scripts.knowledge_sources import Esco, Onet, split_lines

MAX_TASKS = 8
MAX_DESCRIPTION = 300
MIN_LINK_SCORE = 2.0
TASK_TYPE_ORDER = {"Core": 0, "Supplemental": 1}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def short_description(text: str) -> str:
    """Whole sentences up to MAX_DESCRIPTION characters; a longer first sentence is cut."""
    kept = ""
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > MAX_DESCRIPTION:
            break
        kept = candidate
    if kept:
        return kept
    return text[:MAX_DESCRIPTION].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _unique(titles: list[str], exclude: str) -> list[str]:
    seen = {lookup_key(exclude)}
    unique = []
    for title in titles:
        key = lookup_key(title)
        if key and key not in seen:
            seen.add(key)
            unique.append(title)
    return unique


def onet_alt_titles(onet: Onet, code: str, title: str) -> list[str]:
    """Reported titles (most used first), then alternate titles by how many O*NET sources
    report them, each followed by its short form ("Registered Nurse (RN)", "RN")."""
    reported = sorted(
        onet.reported_titles.get(code, []),
        key=lambda row: row["Shown in My Next Move"] != "Y",
    )
    alternates = sorted(
        onet.alternate_titles.get(code, []),
        key=lambda row: -len(row["Source(s)"].split(",")),
    )
    titles = [row["Reported Job Title"] for row in reported]
    for row in alternates:
        titles.append(row["Alternate Title"])
        if row["Short Title"] not in ("", "n/a"):
            titles.append(row["Short Title"])
    return _unique([title.strip() for title in titles], title)


def _tasks(onet: Onet, code: str) -> list[str]:
    rows = sorted(
        enumerate(onet.tasks.get(code, [])),
        key=lambda item: (TASK_TYPE_ORDER.get(item[1]["Task Type"], 2), item[0]),
    )
    return [row["Task"].strip() for _, row in rows[:MAX_TASKS]]


def _related(onet: Onet, code: str, known: set[str]) -> list[str]:
    rows = [row for row in onet.related.get(code, []) if row["Relatedness Tier"] != "Supplemental"]
    rows.sort(key=lambda row: int(row["Index"]))
    return [row["Related O*NET-SOC Code"] for row in rows if row["Related O*NET-SOC Code"] in known]


def _skill_ids(skills: list[SkillRecord]) -> tuple[dict, dict, dict]:
    """Per occupation, the ids of its technologies (in-demand and hot first), of the ones in
    demand for it, and of its tools."""
    technology: dict[str, list[tuple]] = defaultdict(list)
    tools: dict[str, list[tuple]] = defaultdict(list)
    in_demand: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(skills):
        for code in sorted(record.occupations):
            target = tools if record.kind == "tool" else technology
            rank = (code not in record.in_demand_for, not record.hot, record.key)
            target[code].append((rank, index))
            if code in record.in_demand_for:
                in_demand[code].append(index)
    return (
        {code: [index for _, index in sorted(pairs)] for code, pairs in technology.items()},
        dict(in_demand),
        {code: [index for _, index in sorted(pairs)] for code, pairs in tools.items()},
    )


def onet_occupations(onet: Onet, skills: list[SkillRecord]) -> list[dict]:
    known = {row["O*NET-SOC Code"] for row in onet.occupations}
    technology, in_demand, tools = _skill_ids(skills)
    rows = sorted(onet.occupations, key=lambda item: item["O*NET-SOC Code"])
    titles = {row["O*NET-SOC Code"]: row["Title"].strip() for row in rows}
    alt_titles = without_titles_named_elsewhere(
        titles, {code: onet_alt_titles(onet, code, title) for code, title in titles.items()}
    )
    occupations = []
    for row in rows:
        code = row["O*NET-SOC Code"]
        item = {
            "code": code,
            "title": titles[code],
            "source": "onet",
            "alt_titles": alt_titles[code],
            "description": short_description(row["Description"]),
            "job_zone": onet.job_zones.get(code),
            "tasks": _tasks(onet, code),
            "technology": technology.get(code, []),
            "in_demand": in_demand.get(code, []),
            "tools": tools.get(code, []),
            "related": _related(onet, code, known),
        }
        occupations.append({name: value for name, value in item.items() if value})
    return occupations


def without_titles_named_elsewhere(
    titles: dict[str, str], alt_titles: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Each occupation's alternate titles without those of another kind of job (their head
    noun is not in its own title) that another occupation's own title names word for word:
    O*NET lists "Software Tester" under Software Developers and under Software Quality
    Assurance Analysts and Testers alike, and a tester is the latter; a "History Teacher" stays
    a secondary school teacher beside History Teachers, Postsecondary. One-word titles
    ("Tester") name no one occupation and are kept."""
    own = {code: set(title_key(title).split()) for code, title in titles.items()}
    listed: dict[str, list[str]] = defaultdict(list)
    for code, found in alt_titles.items():
        for title in found:
            listed[title_key(title)].append(code)
    elsewhere: set[tuple[str, str]] = set()
    for key, codes in listed.items():
        owners = [code for code in codes if set(key.split()) <= own[code]]
        if " " in key and owners:
            head = key.split()[-1]
            elsewhere.update((code, key) for code in codes if head not in own[code])
    return {
        code: [title for title in found if (code, title_key(title)) not in elsewhere]
        for code, found in alt_titles.items()
    }


def title_key(title: str) -> str:
    return " ".join(stem(word) for word in words(title))


def _onet_title_votes(onet_items: list[dict]) -> dict[str, dict[str, float]]:
    """Title key -> O*NET code -> weight (the official title counts double)."""
    votes: dict[str, dict[str, float]] = defaultdict(dict)
    for item in onet_items:
        for position, title in enumerate([item["title"], *item.get("alt_titles", [])]):
            key = title_key(title)
            weight = 2.0 if position == 0 else 1.0
            votes[key][item["code"]] = max(votes[key].get(item["code"], 0.0), weight)
    return votes


def esco_occupations(esco: Esco, onet_items: list[dict]) -> list[dict]:
    votes = _onet_title_votes(onet_items)
    candidates = {row["conceptUri"]: _link_scores(row, votes) for row in esco.occupations}
    groups = _group_crosswalk(esco, candidates)
    closeness = _description_closeness(esco, onet_items, candidates)
    occupations = []
    for row in sorted(esco.occupations, key=lambda item: item["conceptUri"]):
        title, alt_titles = _labels(row)
        unlikely = _unlikely_home(groups, row["iscoGroup"])
        ranked = sorted(
            candidates[row["conceptUri"]].items(),
            key=lambda pair: (
                -pair[1],
                unlikely(pair[0]),
                -closeness.get((row["conceptUri"], pair[0]), 0.0),
                pair[0],
            ),
        )
        best = [pair for pair in ranked[:1] if pair[1] >= MIN_LINK_SCORE]
        item = {
            "code": row["conceptUri"],
            "title": title,
            "source": "esco",
            "alt_titles": alt_titles,
            "description": short_description(row["description"]) if row["description"] else "",
            "isco_group": row["iscoGroup"],
            "onet": [code for code, _ in best],
        }
        occupations.append({name: value for name, value in item.items() if value})
    return occupations


def _labels(row: dict) -> tuple[str, list[str]]:
    """An ESCO occupation's preferred label and its other labels (alternative and hidden)."""
    title = row["preferredLabel"].strip()
    return title, _unique(split_lines(row["altLabels"]) + split_lines(row["hiddenLabels"]), title)


def _tied(scores: dict[str, float]) -> list[str]:
    """The O*NET codes sharing the best link score, when it is high enough to link at all."""
    top = max(scores.values(), default=0.0)
    return [code for code, score in scores.items() if score == top] if top >= MIN_LINK_SCORE else []


def _link_scores(row: dict, votes: dict[str, dict[str, float]]) -> dict[str, float]:
    """O*NET code -> how many of the ESCO occupation's labels it shares (preferred ones count
    double)."""
    title, alt_titles = _labels(row)
    score: defaultdict[str, float] = defaultdict(float)
    for position, label in enumerate([title, *alt_titles]):
        for code, weight in votes.get(title_key(label), {}).items():
            score[code] += weight * (2.0 if position == 0 else 1.0)
    return dict(score)


CrossWalk = dict[tuple[str, str], float]
"""(ISCO sub-major group, SOC major group) -> share of that ISCO group's clear links."""
RARE_GROUP_SHARE = 0.1
"""Below this share of its ISCO group's clear links, an O*NET major group is an unlikely home:
it loses a tie to any other."""


def _group_crosswalk(esco: Esco, candidates: dict[str, dict[str, float]]) -> CrossWalk:
    """Where ESCO's groups and O*NET's meet, learned from the links no tie decides: "quality
    engineer" (ISCO 2149) shares as many labels with software testers as with validation
    engineers, and the engineering professionals of ISCO 21 that link clearly link to O*NET's
    engineers (17), almost never to its computer occupations (15)."""
    counts: defaultdict[tuple[str, str], float] = defaultdict(float)
    totals: defaultdict[str, float] = defaultdict(float)
    for row in esco.occupations:
        best = _tied(candidates[row["conceptUri"]])
        if len(best) != 1:
            continue
        isco = row["iscoGroup"][:2]
        counts[isco, best[0][:2]] += 1
        totals[isco] += 1
    return {(isco, soc): count / totals[isco] for (isco, soc), count in counts.items()}


def _unlikely_home(crosswalk: CrossWalk, isco_group: str) -> Callable[[str], bool]:
    """Whether an O*NET code lies in a major group this ISCO group's occupations rarely link to."""
    return lambda code: crosswalk.get((isco_group[:2], code[:2]), 0.0) < RARE_GROUP_SHARE


def _description_closeness(
    esco: Esco, onet_items: list[dict], candidates: dict[str, dict[str, float]]
) -> dict[tuple[str, str], float]:
    """(ESCO uri, O*NET code) -> cosine of their titles and descriptions with the built-in
    sentence model, for the O*NET occupations tied for an ESCO occupation's labels: "biomedical
    engineer" ties bioengineers with "Engineers, All Other", and reads like the first."""
    onet_text = {
        item["code"]: f"{item['title']}. {item.get('description', '')}" for item in onet_items
    }
    pairs: list[tuple[str, str, str]] = []
    for row in esco.occupations:
        tied = _tied(candidates[row["conceptUri"]])
        if len(tied) > 1:
            text = f"{row['preferredLabel'].strip()}. {row['description'] or ''}"
            pairs += [(row["conceptUri"], code, text) for code in tied]
    if not pairs:
        return {}
    embedder = LocalEmbedder()
    esco_texts = sorted({text for _, _, text in pairs})
    onet_codes = sorted({code for _, code, _ in pairs})
    esco_vectors = dict(zip(esco_texts, embedder.encode(esco_texts), strict=True))
    onet_vectors = dict(
        zip(onet_codes, embedder.encode([onet_text[code] for code in onet_codes]), strict=True)
    )
    return {
        (uri, code): float(esco_vectors[text] @ onet_vectors[code]) for uri, code, text in pairs
    }
