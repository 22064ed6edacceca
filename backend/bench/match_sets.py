"""Build the matching bench's sets: resumes and postings whose field two labels agree on.

A source's own category is not always the job's field: LiveCareer files a resume under the
search term that found it ("AGRICULTURE" holds an RN staff nurse, "HEALTHCARE" a
pharmaceutical sales representative), Adzuna files an ad under the placing agency's category
("HR & Recruitment" holds Java developer jobs). Here an item is kept only when its category
and its own title name the same field (bench/posting_fields.py: a fixed rule on the title; for
a LiveCareer resume the title is its headline, the candidate's current job), so a matcher is
never marked wrong for ranking a nurse first on a nursing job. SkillSpan's StackOverflow ads
(software, from `postings_{split}.jsonl`) are kept as they are.

Writes `bench/data/match_{resumes,postings}_{dev,test}.jsonl` (the line format of
`resumes_*.jsonl` / `postings_*.jsonl`). Split by the SHA-1 of the id as in
bench/resume_sets.py; per field and split, items are taken in SHA-1 order up to the caps.

`--wide` writes `match_{resumes,postings}_devwide.jsonl` instead: dev items only, by the same
split and rules with larger caps (WIDE), so it holds the dev set and more. Dev passes the
targets with few failures left to learn from; the wide set gives a change more postings to be
wrong on without a test item ever entering tuning (`bench.matching --split devwide`).

    cd backend && ../.venv/bin/python -m bench.match_sets /path/to/mirrors [--wide]
"""

import csv
import io
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.posting_fields import title_field
from bench.resume_sets import (
    DATA,
    FIELDS,
    Item,
    Mirror,
    _livecareer_id,
    adzuna_item,
    livecareer_item,
    pdf_text,
    sha,
    split_of,
)

RESUMES_PER_FIELD = 8
TRIED_PER_CATEGORY = 20
"""Resumes read per category and split (the texts bench/resume_sets.py already extracted are
reused, the same first ones in SHA-1 order): reading a PDF is slow, and a category whose resumes
seldom hold its own field (AGRICULTURE) would otherwise be read to the end."""
POSTINGS_PER_FIELD = 12
MIN_RESUME_WORDS = 100
MIN_POSTING_WORDS = 40


@dataclass(frozen=True)
class Caps:
    resumes_per_field: int = RESUMES_PER_FIELD
    tried_per_category: int = TRIED_PER_CATEGORY
    postings_per_field: int = POSTINGS_PER_FIELD
    splits: tuple[str, ...] = ("dev", "test")


WIDE = Caps(resumes_per_field=16, tried_per_category=48, postings_per_field=20, splits=("dev",))


def agreeing_resumes(mirror: Mirror, caps: Caps = Caps()) -> Iterator[Item]:
    """LiveCareer resumes whose headline names the field their category maps to."""
    known = {
        row["id"]: row["text"]
        for split in ("dev", "test")
        for row in read_jsonl(DATA / f"resumes_{split}.jsonl")
        if row["source"] == mirror.repo
    }
    paths = sorted(
        (path for path in mirror.ls("data") if path.endswith(".pdf")),
        key=lambda path: sha(_livecareer_id(path)),
    )
    taken: Counter[tuple[str, str]] = Counter()
    tried: Counter[tuple[str, str]] = Counter()
    for path in paths:
        category = path.split("/")[1]
        field = FIELDS[category]
        item_id = _livecareer_id(path)
        split = split_of(item_id)
        if (
            split not in caps.splits
            or taken[field, split] >= caps.resumes_per_field
            or tried[category, split] >= caps.tried_per_category
        ):
            continue
        tried[category, split] += 1
        text = known.get(item_id) or pdf_text(mirror.show_bytes(path))
        headline = text.split("\n", 1)[0]
        if len(text.split()) < MIN_RESUME_WORDS or title_field(headline) != field:
            continue
        taken[field, split] += 1
        yield livecareer_item(mirror, item_id, category, text)


def agreeing_postings(mirror: Mirror, caps: Caps = Caps()) -> Iterator[Item]:
    """Adzuna ads whose title names the field their category maps to."""
    rows = list(csv.DictReader(io.StringIO(mirror.show("Train_rev1.csv"))))
    taken: Counter[tuple[str, str]] = Counter()
    for row in sorted(rows, key=lambda r: sha(f"adzuna-{r['Id']}")):
        field = FIELDS.get(row["Category"])
        item_id = f"adzuna-{row['Id']}"
        split = split_of(item_id)
        if (
            field is None
            or split not in caps.splits
            or taken[field, split] >= caps.postings_per_field
        ):
            continue
        title = row["Title"].strip()
        if len(row["FullDescription"].split()) < MIN_POSTING_WORDS or title_field(title) != field:
            continue
        taken[field, split] += 1
        yield adzuna_item(mirror, row)


def skillspan_software(split: str) -> list[Item]:
    """SkillSpan's StackOverflow ads, as bench/resume_sets.py derived them."""
    rows = read_jsonl(DATA / f"postings_{split}.jsonl")
    return [row for row in rows if row["source"] == "kris927b/SkillSpan" and row["field"]]


def read_jsonl(path: Path) -> list[Item]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def write(name: str, items: list[Item], *, counted_by: str = "field") -> None:
    """Write `bench/data/<name>.jsonl` and print how many items of each `counted_by` it holds."""
    with (DATA / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts = Counter(str(item[counted_by]) for item in items)
    print(f"{name}: {len(items)}  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))


def main() -> None:
    wide = "--wide" in sys.argv[1:]
    arguments = [argument for argument in sys.argv[1:] if argument != "--wide"]
    if len(arguments) != 1:
        sys.exit(__doc__)
    root = Path(arguments[0])
    caps = WIDE if wide else Caps()
    resumes: dict[str, list[Item]] = defaultdict(list)
    for item in agreeing_resumes(Mirror(root, "Sbhawal/resumeScraper"), caps):
        resumes[split_of(item["id"])].append(item)
    postings: dict[str, list[Item]] = defaultdict(list)
    for item in agreeing_postings(Mirror(root, "VahidHedley/Predict-Salaries-from-Text"), caps):
        postings[split_of(item["id"])].append(item)
    for split in caps.splits:
        name = f"{split}wide" if wide else split
        write(f"match_resumes_{name}", resumes[split])
        write(f"match_postings_{name}", postings[split] + skillspan_software(split))


if __name__ == "__main__":
    main()
