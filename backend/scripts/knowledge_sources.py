"""Readers for the raw open data the knowledge files are built from (see ../shared/data).

O*NET files are tab-separated with a header line; ESCO files are CSV whose fields may hold
several lines (one alternative label per line) or " | "-separated lists (the collections).
"""

import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ONET_DIR = "onet-29.2"
ESCO_DIR = "esco"
ONET_FILES = (
    "Occupation Data.txt",
    "Alternate Titles.txt",
    "Sample of Reported Titles.txt",
    "Technology Skills.txt",
    "Tools Used.txt",
    "Task Statements.txt",
    "Related Occupations.txt",
    "Job Zones.txt",
)
ESCO_FILES = (
    "occupations_en.csv",
    "skills_en.csv",
    "transversalSkillsCollection_en.csv",
    "ictSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
)


@dataclass
class OnetRow:
    code: str
    name: str
    category: str
    hot: bool = False
    in_demand: bool = False


@dataclass
class Onet:
    version: str
    release: str
    occupations: list[dict[str, str]]
    alternate_titles: dict[str, list[dict[str, str]]]
    reported_titles: dict[str, list[dict[str, str]]]
    technology: list[OnetRow]
    tools: list[OnetRow]
    tasks: dict[str, list[dict[str, str]]]
    related: dict[str, list[dict[str, str]]]
    job_zones: dict[str, int]


@dataclass
class EscoSkill:
    uri: str
    label: str
    alt_labels: list[str]
    reuse_level: str
    skill_type: str = ""
    broader: list[str] = field(default_factory=list)


@dataclass
class Esco:
    occupations: list[dict[str, str]]
    skills: list[EscoSkill]
    languages: dict[str, str]
    """ESCO URI of a language competence ("write Hungarian") -> its language ("Hungarian")."""
    alt_label_blocks: dict[str, int] = field(default_factory=dict)
    """How the alternative labels of skills_en.csv were attributed (see `realign_alt_labels`)."""


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _by_code(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        grouped[row["O*NET-SOC Code"]].append(row)
    return dict(grouped)


def _onet_version(directory: Path) -> tuple[str, str]:
    readme = (directory / "Read Me.txt").read_text(encoding="utf-8")
    version = re.search(r"O\*NET (\d+(?:\.\d+)*) Database", readme)
    release = re.search(r"^(\w+ \d{4}) Release", readme, re.M)
    return (version[1] if version else "unknown", release[1] if release else "unknown")


def _onet_rows(rows: list[dict[str, str]]) -> list[OnetRow]:
    return [
        OnetRow(
            code=row["O*NET-SOC Code"],
            name=row["Example"].strip(),
            category=row["Commodity Title"].strip(),
            hot=row.get("Hot Technology") == "Y",
            in_demand=row.get("In Demand") == "Y",
        )
        for row in rows
        if row["Example"].strip()
    ]


def read_onet(root: Path) -> Onet:
    directory = root / ONET_DIR
    version, release = _onet_version(directory)
    return Onet(
        version=version,
        release=release,
        occupations=_tsv(directory / "Occupation Data.txt"),
        alternate_titles=_by_code(_tsv(directory / "Alternate Titles.txt")),
        reported_titles=_by_code(_tsv(directory / "Sample of Reported Titles.txt")),
        technology=_onet_rows(_tsv(directory / "Technology Skills.txt")),
        tools=_onet_rows(_tsv(directory / "Tools Used.txt")),
        tasks=_by_code(_tsv(directory / "Task Statements.txt")),
        related=_by_code(_tsv(directory / "Related Occupations.txt")),
        job_zones={
            row["O*NET-SOC Code"]: int(row["Job Zone"])
            for row in _tsv(directory / "Job Zones.txt")
            if row["Job Zone"].isdigit()
        },
    )


def split_lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def split_bars(value: str) -> list[str]:
    return [part.strip() for part in value.split(" | ") if part.strip()]


def _norm(label: str) -> str:
    return " ".join(label.lower().split())


def realign_alt_labels(rows: list[dict[str, str]]) -> tuple[dict[int, list[str]], Counter]:
    """Attribute each altLabels block of skills_en.csv to the skill it describes.

    In the copy we have, the altLabels column is out of step with its rows: "work in teams"
    carries the labels of "identify suspicious behaviour". Each block lists its own skill's
    preferred label among its lines (the first rows, which are in step, show it; and the
    blocks found this way agree with the collections files, which are in step), so a block is
    given to the one skill whose preferred label it contains. A block naming several skills
    goes to the one not already given a block. A block naming none ("take the initiative",
    "give impetus" for "show initiative") goes to the one skill still without a block whose
    every word it contains; failing that it is dropped.
    """
    rows_of_label: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        rows_of_label[_norm(row["preferredLabel"])].append(index)
    blocks = [split_lines(row["altLabels"]) for row in rows]
    candidates = [
        sorted({match for line in block for match in rows_of_label.get(_norm(line), ())})
        for block in blocks
    ]
    owner: dict[int, list[str]] = {}
    counts: Counter = Counter()
    for index, (block, found) in enumerate(zip(blocks, candidates, strict=True)):
        if block and len(found) == 1:
            owner.setdefault(found[0], []).extend(block)
            counts["in_step" if found[0] == index else "realigned"] += 1
    unnamed = []
    for block, found in zip(blocks, candidates, strict=True):
        unclaimed = [match for match in found if match not in owner]
        if block and len(found) > 1 and len(unclaimed) == 1:
            owner[unclaimed[0]] = list(block)
            counts["realigned"] += 1
        elif block and len(found) > 1:
            counts["dropped"] += 1
        elif block and not found:
            unnamed.append(block)
    label_words = [_content_words(row["preferredLabel"]) for row in rows]
    for block in unnamed:
        words = set().union(*map(_content_words, block))
        fits = [i for i, need in enumerate(label_words) if i not in owner and need <= words]
        if len(fits) == 1:
            owner[fits[0]] = list(block)
            counts["realigned_by_words"] += 1
        else:
            counts["dropped"] += 1
    return owner, counts


_SMALL = frozenset(["a", "an", "and", "for", "in", "of", "on", "the", "to", "with"])


def _content_words(label: str) -> set[str]:
    return set(re.findall(r"[a-z]+", label.lower())) - _SMALL


def read_esco(root: Path) -> Esco:
    directory = root / ESCO_DIR
    collected: dict[str, dict[str, str]] = {}
    for name in ESCO_FILES[2:]:
        for row in _csv(directory / name):
            collected.setdefault(row["conceptUri"], row)
    languages = {
        row["conceptUri"]: split_bars(row["broaderConceptPT"])[0]
        for row in _csv(directory / "languageSkillsCollection_en.csv")
        if row["skillType"] != "knowledge" and row["broaderConceptPT"]
    }
    rows = _csv(directory / "skills_en.csv")
    alt_labels, counts = realign_alt_labels(rows)
    skills = []
    for index, row in enumerate(rows):
        extra = collected.get(row["conceptUri"], {})
        labels = split_bars(extra.get("altLabels", "")) + alt_labels.get(index, [])
        skills.append(
            EscoSkill(
                uri=row["conceptUri"],
                label=row["preferredLabel"].strip(),
                alt_labels=list(dict.fromkeys(labels)),
                reuse_level=row["reuseLevel"],
                skill_type=extra.get("skillType", ""),
                broader=split_bars(extra.get("broaderConceptPT", "")),
            )
        )
    return Esco(
        occupations=_csv(directory / "occupations_en.csv"),
        skills=skills,
        languages=languages,
        alt_label_blocks=dict(sorted(counts.items())),
    )


def read_curated(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def input_digests(root: Path) -> dict[str, str]:
    """SHA-256 of every input file read, so a build records exactly what it came from."""
    paths = [root / ONET_DIR / name for name in ("Read Me.txt", *ONET_FILES)]
    paths += [root / ESCO_DIR / name for name in ESCO_FILES]
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in paths
    }
