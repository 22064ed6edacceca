"""Build the app's occupational knowledge (app/data/knowledge/) from O*NET and ESCO.

    cd backend && ../.venv/bin/python scripts/build_knowledge.py [SOURCE_DIR] [--out DIR]

SOURCE_DIR holds onet-29.2/ and esco/ (default: ../shared/data beside the repository). The
output is committed: the running app reads only app/data/knowledge/, never SOURCE_DIR. Same
input, same bytes: records are sorted, JSON is written compactly and gzip carries no timestamp.
"""

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parents[1]
if str(BACKEND_DIR) not in sys.path:
    sys.path.insert(0, str(BACKEND_DIR))

from app.knowledge.credits import ESCO_ATTRIBUTION, ONET_ATTRIBUTION, ONET_VERSION  # noqa: E402
from app.knowledge.indexing import skill_index, title_index  # noqa: E402
from app.knowledge.skills import SKILL_COLUMNS, SKILL_KINDS, SOURCES, encode_row  # noqa: E402
from scripts.everyday_english import is_common_english  # noqa: E402
from scripts.knowledge_names import (  # noqa: E402
    ProductNames,
    category_acronyms,
    find_vendors,
    ordinary_words,
    vendor_abbreviations,
)
from scripts.knowledge_occupations import esco_occupations, onet_occupations  # noqa: E402
from scripts.knowledge_skills import (  # noqa: E402
    SkillStats,
    build_skills,
    everyday_forms,
    skill_json,
)
from scripts.knowledge_sources import (  # noqa: E402
    Esco,
    Onet,
    input_digests,
    read_curated,
    read_esco,
    read_onet,
)

REPO_DIR = BACKEND_DIR.parent
DEFAULT_SOURCE = REPO_DIR.parent / "shared" / "data"
DEFAULT_OUT = BACKEND_DIR / "app" / "data" / "knowledge"
CURATED_FILE = BACKEND_DIR / "app" / "data" / "skills.json"
FORMAT = 1


def _prose(onet: Onet, esco: Esco) -> list[str]:
    prose = [row["Task"] for rows in onet.tasks.values() for row in rows]
    prose += [row["Description"] for row in onet.occupations]
    return prose + [row["description"] for row in esco.occupations]


def everyday_vocabulary(onet: Onet, esco: Esco) -> frozenset[str]:
    """Words written in lower case in the open data's prose and in ESCO's skill and occupation
    labels ("your" in "speak about your work in public", "dealer" in "car dealer")."""
    labels = [label for skill in esco.skills for label in (skill.label, *skill.alt_labels)]
    labels += [
        label
        for row in esco.occupations
        for label in (row["preferredLabel"], *row["altLabels"].splitlines())
    ]
    return ordinary_words([*_prose(onet, esco), *labels])


def everyday_english(marked: frozenset[str]) -> Callable[[str], bool]:
    """Common English words (scripts/everyday_english.py) that name no product on their own:
    "Leverage", "Robust". Not one styled with inner capitals ("TeamMate"), nor one the open data
    writes in lower case ("Dealer"), which stays a name that the app reads only in context."""

    def everyday(word: str) -> bool:
        styled = any(char.isupper() for char in word[1:]) and not word.isupper()
        return not styled and word.lower() not in marked and is_common_english(word)

    return everyday


def product_names(
    onet: Onet, esco: Esco, curated: list[dict], everyday: frozenset[str]
) -> ProductNames:
    """Vendors and ordinary words come from the data itself (see scripts/knowledge_names.py),
    the vendors' short names from the curated list, everyday English words from wordfreq."""
    vocabulary = ordinary_words(_prose(onet, esco))
    names = sorted({row.name for row in onet.technology})
    categories = sorted({row.category for row in onet.technology})
    vendors = find_vendors(names, categories, vocabulary)
    return ProductNames(
        vendors,
        vocabulary,
        category_acronyms(categories),
        vendor_abbreviations(curated, vendors),
        everyday_english(everyday),
    )


def _encode(payload: dict) -> bytes:
    # ASCII, so the app parses a one-byte-per-character string (non-ASCII text is escaped).
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def sources_manifest(onet: Onet) -> list[dict]:
    return [
        {
            "id": "onet",
            "name": f"O*NET {onet.version} Database",
            "version": onet.version,
            "release": onet.release,
            "publisher": "U.S. Department of Labor, Employment and Training Administration",
            "url": "https://www.onetcenter.org/database.html",
            "license": "CC BY 4.0",
            "license_url": "https://creativecommons.org/licenses/by/4.0/",
            "attribution": ONET_ATTRIBUTION.replace(ONET_VERSION, onet.version),
        },
        {
            "id": "esco",
            "name": "ESCO (European Skills, Competences, Qualifications and Occupations)",
            "version": "v1 (English CSV export)",
            "publisher": "European Commission",
            "url": "https://esco.ec.europa.eu/",
            "license": "Free reuse with attribution (Commission Decision 2011/833/EU)",
            "attribution": ESCO_ATTRIBUTION,
        },
    ]


def _counts(
    skills: list[dict], occupations: list[dict], stats: SkillStats, everyday_count: int
) -> dict:
    by_source: Counter[str] = Counter()
    for skill in skills:
        by_source.update(skill["sources"])
    return {
        "skills": len(skills),
        "skills_by_source": dict(sorted(by_source.items())),
        "skills_by_kind": dict(sorted(Counter(skill["kind"] for skill in skills).items())),
        "aliases": sum(len(skill["aliases"]) for skill in skills),
        "aliases_by_source": {
            "open_data": stats.open_aliases_kept + stats.curated_aliases_redundant,
            "curated": stats.curated_aliases_kept,
        },
        "aliases_dropped": {
            "open_data_ambiguous": stats.open_aliases_ambiguous,
            "brand_words": stats.brand_aliases,
            "curated_naming_another_skill": stats.curated_aliases_dropped,
            "curated_already_in_open_data": stats.curated_aliases_redundant,
        },
        "curated_skills_merged_into_open_data": stats.curated_merged,
        "everyday_technology_words": everyday_count,
        "occupations": len(occupations),
        "occupations_by_source": dict(
            sorted(Counter(item["source"] for item in occupations).items())
        ),
        "occupation_titles": sum(1 + len(item.get("alt_titles", ())) for item in occupations),
        "esco_occupations_linked_to_onet": sum(bool(item.get("onet")) for item in occupations),
    }


def build(source: Path, out: Path, curated_file: Path = CURATED_FILE) -> dict:
    """Read the raw data, write skills.json.gz, occupations.json.gz and manifest.json."""
    onet, esco = read_onet(source), read_esco(source)
    curated = read_curated(curated_file)
    vocabulary = everyday_vocabulary(onet, esco)
    names = product_names(onet, esco, curated, vocabulary)
    records, stats = build_skills(onet, esco, curated, names)
    skills = [skill_json(record) for record in records]
    everyday = everyday_forms(records, vocabulary)
    onet_items = onet_occupations(onet, records)
    occupations = onet_items + esco_occupations(esco, onet_items)
    files = {
        "skills.json.gz": _encode(
            {
                "format": FORMAT,
                "columns": list(SKILL_COLUMNS),
                "kinds": list(SKILL_KINDS),
                "sources": list(SOURCES),
                "skills": [encode_row(skill) for skill in skills],
                "index": skill_index(skills),
                "everyday": everyday,
            }
        ),
        "occupations.json.gz": _encode(
            {
                "format": FORMAT,
                "occupations": occupations,
                "title_index": title_index(occupations),
            }
        ),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        _write(out / name, data)
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    manifest = {
        "format": FORMAT,
        "content_hash": hashlib.sha256("".join(digests.values()).encode()).hexdigest(),
        "files": {
            name: {"sha256": digest, "json_bytes": len(files[name])}
            for name, digest in digests.items()
        },
        "counts": _counts(skills, occupations, stats, len(everyday)),
        "sources": sources_manifest(onet),
        "curated": {
            "path": "backend/app/data/skills.json",
            "sha256": hashlib.sha256(curated_file.read_bytes()).hexdigest(),
        },
        "inputs": input_digests(source),
        "esco_skill_alt_label_blocks": esco.alt_label_blocks,
        "built_by": "backend/scripts/build_knowledge.py",
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--curated", type=Path, default=CURATED_FILE)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    manifest = build(args.source, args.out, args.curated)
    sizes = {path.name: path.stat().st_size for path in sorted(args.out.iterdir())}
    print(json.dumps(manifest["counts"], indent=2))
    print("files:", ", ".join(f"{name} {size / 1024:.0f} KiB" for name, size in sizes.items()))
    print(f"built in {time.perf_counter() - started:.1f} s into {args.out}")


if __name__ == "__main__":
    main()
