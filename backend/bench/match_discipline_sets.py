"""Build the discipline-matching bench's sets: engineering postings and resumes labelled with
the discipline their title names (bench/engineering_disciplines.py).

bench/match_sets.py puts all of engineering in one field; these sets tell a civil engineer
from a mechanical or an electrical one, so `bench.match_disciplines` can ask whether a
mechanical posting ranks a mechanical engineer first. Sources (credited in
bench/data/SOURCES.md, same commits):

- postings: Adzuna ads (`Train_rev1.csv`, every row) of the "Engineering Jobs" category or
  whose title names a discipline, by their `Title`;
- resumes: LiveCareer resumes of the ENGINEERING, CONSTRUCTION, AUTOMOBILE and AVIATION
  folders by their headline (first line), texts reused from the existing sets where they
  were extracted already; Resume Corpus resumes (already in `resumes_*.jsonl`) by their
  annotated designation (`first_title`).

An item is kept when its title names exactly one discipline and its text is long enough.
Split by the SHA-1 of the id as bench/resume_sets.py does; per discipline and split, items in
SHA-1 order up to the caps, so no discipline crowds the rest out of the top picks. Writes
`bench/data/match_disciplines_{resumes,postings}_{dev,test}.jsonl`, one line per item:
`{"id", "source", "discipline", "title", "text"}`.

    cd backend && ../.venv/bin/python -m bench.match_discipline_sets /path/to/mirrors
"""

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.engineering_disciplines import title_discipline
from bench.match_role_sets import capped, known_texts, resume_corpus_resumes
from bench.match_sets import write
from bench.resume_sets import Item, Mirror, _livecareer_id, pdf_text

RESUMES_PER_DISCIPLINE = 8
POSTINGS_PER_DISCIPLINE = 12
MIN_RESUME_WORDS = 100
MIN_POSTING_WORDS = 40
LIVECAREER_FOLDERS = ("ENGINEERING", "CONSTRUCTION", "AUTOMOBILE", "AVIATION")


def discipline_item(item_id: str, source: str, title: str, text: str) -> Item | None:
    """The set's line for an item, or None when its title names no single discipline."""
    discipline = title_discipline(title)
    if discipline is None:
        return None
    return {
        "id": item_id,
        "source": source,
        "discipline": discipline,
        "title": title,
        "text": text,
    }


def adzuna_postings(mirror: Mirror) -> Iterator[Item]:
    for row in csv.DictReader(io.StringIO(mirror.show("Train_rev1.csv"))):
        title = row["Title"].strip()
        text = row["FullDescription"].strip()
        engineering = row["Category"] == "Engineering Jobs" or title_discipline(title)
        if engineering and len(text.split()) >= MIN_POSTING_WORDS:
            item = discipline_item(f"adzuna-{row['Id']}", mirror.repo, title, text)
            if item:
                yield item


def livecareer_resumes(mirror: Mirror) -> Iterator[Item]:
    known = known_texts(mirror.repo)
    for folder in LIVECAREER_FOLDERS:
        for path in mirror.ls(f"data/{folder}"):
            if not path.endswith(".pdf"):
                continue
            item_id = _livecareer_id(path)
            text = known.get(item_id) or pdf_text(mirror.show_bytes(path))
            if len(text.split()) >= MIN_RESUME_WORDS:
                headline = text.split("\n", 1)[0].strip()
                item = discipline_item(item_id, mirror.repo, headline, text)
                if item:
                    yield item


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    postings = list(adzuna_postings(Mirror(root, "VahidHedley/Predict-Salaries-from-Text")))
    resumes = [
        *livecareer_resumes(Mirror(root, "Sbhawal/resumeScraper")),
        *resume_corpus_resumes(discipline_item),
    ]
    for kind, items, cap in (
        ("resumes", resumes, RESUMES_PER_DISCIPLINE),
        ("postings", postings, POSTINGS_PER_DISCIPLINE),
    ):
        for split, kept in capped(items, cap, "discipline").items():
            write(f"match_disciplines_{kind}_{split}", kept, counted_by="discipline")


if __name__ == "__main__":
    main()
