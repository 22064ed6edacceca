"""Build the role-matching bench's sets: software postings and resumes labelled with the kind
of software work their title names (bench/software_roles.py).

bench/match_sets.py puts all of software in one field; these sets tell a Java developer from a
tester or a network engineer, so `bench.match_roles` can ask whether a Java posting ranks a
Java developer first. Sources (all credited in bench/data/SOURCES.md, same commits):

- postings: Adzuna ads (`Train_rev1.csv`, every row) of the "IT Jobs" category or whose title
  names software (bench/posting_fields.py: a "Project Manager" of nursing homes is not an IT
  project manager), by their `Title`; SkillSpan's StackOverflow ads (`tech`, all three files),
  by their title: the first sentence up to its first de-identification tag or "Date posted";
- resumes: Resume Corpus resumes (already in `resumes_*.jsonl`) by their annotated designation
  (`first_title`); LiveCareer resumes of every category by their headline (first line), those
  outside INFORMATION-TECHNOLOGY only when the headline also reads as software; texts reused
  from the existing sets where they were extracted already.

An item is kept when its title names exactly one role and its text is long enough. Split by
the SHA-1 of the id as bench/resume_sets.py does; per role and split, items in SHA-1 order up
to the caps, so no role's many network engineers crowd the rest out of the top picks. Writes
`bench/data/match_roles_{resumes,postings}_{dev,test}.jsonl`, one line per item:
`{"id", "source", "role", "title", "text"}`.

    cd backend && ../.venv/bin/python -m bench.match_role_sets /path/to/mirrors
"""

import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pypdf import PdfReader

from bench.match_sets import read_jsonl, write
from bench.posting_fields import title_field
from bench.resume_sets import (
    DATA,
    Item,
    Mirror,
    _livecareer_id,
    c1_to_cp1252,
    demojibake,
    pdf_text,
    sha,
    split_of,
)
from bench.software_roles import title_role

RESUMES_PER_ROLE = 10
POSTINGS_PER_ROLE = 12
MIN_RESUME_WORDS = 100
MIN_POSTING_WORDS = 40
SKILLSPAN_TITLE_END = re.compile(r"<[A-Z]+>|\bDate posted\b")
LEADING_TAGS = re.compile(r"^(\s*<[A-Z]+>)+")


Labeller = Callable[[str, str, str, str], Item | None]
"""(id, source, title, text) -> the set's line, or None when the title names no single label."""


def role_item(item_id: str, source: str, title: str, text: str) -> Item | None:
    """The set's line for an item, or None when its title names no single role."""
    role = title_role(title)
    if role is None:
        return None
    return {"id": item_id, "source": source, "role": role, "title": title, "text": text}


def adzuna_postings(mirror: Mirror) -> Iterator[Item]:
    for row in csv.DictReader(io.StringIO(mirror.show("Train_rev1.csv"))):
        title = row["Title"].strip()
        text = row["FullDescription"].strip()
        software = row["Category"] == "IT Jobs" or title_field(title) == "software"
        if software and len(text.split()) >= MIN_POSTING_WORDS:
            item = role_item(f"adzuna-{row['Id']}", mirror.repo, title, text)
            if item:
                yield item


def skillspan_title(first_sentence: str) -> str:
    """A StackOverflow ad's title: its first sentence without the tags and listing details."""
    rest = LEADING_TAGS.sub("", first_sentence)
    return SKILLSPAN_TITLE_END.split(rest, maxsplit=1)[0].strip(" -|")


def skillspan_postings(mirror: Mirror) -> Iterator[Item]:
    """data/json/*.json, `tech` only: one sentence a line, grouped into postings by `idx`."""
    postings: dict[str, list[list[str]]] = defaultdict(list)
    for name in ("train", "dev", "test"):
        for line in mirror.show(f"data/json/{name}.json").splitlines():
            sentence = json.loads(line)
            if sentence["source"] == "tech":
                tokens = [c1_to_cp1252(token) for token in sentence["tokens"]]
                postings[f"skillspan-{name}-tech-{sentence['idx']}"].append(tokens)
    for item_id, sentences in postings.items():
        text = "\n".join(" ".join(tokens) for tokens in sentences)
        if len(text.split()) >= MIN_POSTING_WORDS:
            item = role_item(item_id, mirror.repo, skillspan_title(text.split("\n")[0]), text)
            if item:
                yield item


def resume_corpus_resumes(labelled: Labeller = role_item) -> Iterator[Item]:
    """Resume Corpus resumes by their annotated designation, as `labelled` labels them."""
    for split in ("dev", "test"):
        for row in read_jsonl(DATA / f"resumes_{split}.jsonl"):
            if (
                row["source"] == "vrundag91/Resume-Corpus-Dataset"
                and row["first_title"]
                and len(row["text"].split()) >= MIN_RESUME_WORDS
            ):
                item = labelled(row["id"], row["source"], row["first_title"], row["text"])
                if item:
                    yield item


def livecareer_resumes(mirror: Mirror) -> Iterator[Item]:
    """Every category's PDFs, by their headline. Outside INFORMATION-TECHNOLOGY a headline must
    also read as software (bench/posting_fields.py, as postings outside "IT Jobs" must): a
    construction "Project Manager" or an aviation "Quality Engineer" is no IT role."""
    known = known_texts(mirror.repo)
    for path in mirror.ls("data"):
        if not path.endswith(".pdf"):
            continue
        item_id = _livecareer_id(path)
        it_category = path.split("/")[1] == "INFORMATION-TECHNOLOGY"
        text = known.get(item_id)
        if text is None:
            data = mirror.show_bytes(path)
            if not names_software_role(pdf_headline(data), it_category):
                continue  # the headline alone decides: skip extracting the rest
            text = pdf_text(data)
        headline = text.split("\n", 1)[0].strip()
        if len(text.split()) >= MIN_RESUME_WORDS and names_software_role(headline, it_category):
            item = role_item(item_id, mirror.repo, headline, text)
            if item:
                yield item


def pdf_headline(data: bytes) -> str:
    """The first line of a PDF's text as pdf_text gives it, from its first page alone."""
    reader = PdfReader(io.BytesIO(data))
    first = reader.pages[0].extract_text() if reader.pages else ""
    lines = (line.strip() for line in demojibake(first or "").splitlines())
    return next((line for line in lines if line), "")


def names_software_role(headline: str, it_category: bool) -> bool:
    """The headline names one role and, outside the IT category, reads as software."""
    return title_role(headline) is not None and (it_category or title_field(headline) == "software")


def known_texts(repo: str) -> dict[str, str]:
    """The texts of `repo`'s items already extracted into any set, by id."""
    return {
        row["id"]: row["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for row in read_jsonl(path)
        if row.get("source") == repo and row.get("text")
    }


def capped(items: Iterable[Item], cap: int, label: str = "role") -> dict[str, list[Item]]:
    """Items by split, at most `cap` of one `label` (role, discipline) per split, in SHA-1 order
    of the id."""
    taken: Counter[tuple[str, str]] = Counter()
    splits: dict[str, list[Item]] = {"dev": [], "test": []}
    for item in sorted(items, key=lambda item: sha(item["id"])):
        split = split_of(item["id"])
        if taken[item[label], split] < cap:
            taken[item[label], split] += 1
            splits[split].append(item)
    return splits


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    postings = [
        *adzuna_postings(Mirror(root, "VahidHedley/Predict-Salaries-from-Text")),
        *skillspan_postings(Mirror(root, "kris927b/SkillSpan")),
    ]
    resumes = [
        *resume_corpus_resumes(),
        *livecareer_resumes(Mirror(root, "Sbhawal/resumeScraper")),
    ]
    for kind, items, cap in (
        ("resumes", resumes, RESUMES_PER_ROLE),
        ("postings", postings, POSTINGS_PER_ROLE),
    ):
        for split, kept in capped(items, cap).items():
            write(f"match_roles_{kind}_{split}", kept, counted_by="role")


if __name__ == "__main__":
    main()
