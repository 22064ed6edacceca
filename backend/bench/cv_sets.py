"""Matching sets from a second, independent resume population: CVs written in India and the Gulf.

The other matching sets take their resumes from LiveCareer and the Resume Corpus, which hold few
developers by language and few civil, mechanical or electrical engineers; every rule tuned on
them was tuned on that population. This builder labels CVs of arefinnomi/curriculum_vitae_data
(ODbL; mostly Indian, graduates and engineers, as the team's held-out check is) by the title
they state, with the same fixed title rules as the other sets (bench/posting_fields.py for the
field, bench/engineering_disciplines.py for the discipline), and pairs them with the postings
those sets already hold. (bench/software_roles.py is not used: on this population its patterns
read "A/C Technician", "QA/QC Engineer" and "SAP Coordinator" of construction sites as
software roles.)

The rule, fixed before any matcher was scored on these CVs:

1. The texts: every PDF of the repository's `pdf/` folder of at most 6 pages, extracted as
   bench/resume_sets.py extracts PDFs; at least 100 words; a CV whose first 300 characters
   (whitespace and case folded) repeat an earlier one in SHA-1 order is a duplicate and dropped
   (the README warns of duplicates).
2. The titles a CV states: among its first 30 non-empty lines, those of at most 7 words that
   hold a job noun (engineer, developer, tester, analyst, accountant, ...), and the phrase after
   "as a", "working as", "designation:", "position:" or "post of" in its first 80 lines.
3. A title is read up to " in ", " at ", " with ", " for " or a comma: what follows names the
   employer or the industry ("Storekeeper in The Hotel Wood Bridge" is no hotel job).
4. A title about site or plant quality control ("QA/QC Engineer") is not read: the field rule
   takes "QA" for software testing.
5. A CV gets a label when the titles it states name exactly one under that rule (none or two
   leave it out of that set); the line that named it is kept as its `title`.

Split by the SHA-1 of the id as everywhere here; per label and split, in SHA-1 order, at most
`CAP` CVs. The texts hold names, addresses and phone numbers of real people, so they are not
committed: `bench/data/cv_labels.jsonl` records each kept CV's id, split, labels and title, and
this script writes the sets (with copies of the postings of the sets they join) to a folder
that the benches read with `--data`:

    cd backend && ../.venv/bin/python -m bench.cv_sets /path/to/mirrors /tmp/cv-sets
    ../.venv/bin/python -m bench.matching --data /tmp/cv-sets
    ../.venv/bin/python -m bench.match_disciplines --data /tmp/cv-sets
"""

import hashlib
import io
import json
import logging
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

from pypdf import PdfReader

from bench.engineering_disciplines import title_disciplines
from bench.posting_fields import title_field
from bench.resume_sets import DATA, pdf_text, split_of

REPO = "arefinnomi/curriculum_vitae_data"
COMMIT = "3741146208486bff7b17679a8b924d0ef1382bf2"
MAX_PAGES = 6
MIN_WORDS = 100
CAP = 15
LABELS = DATA / "cv_labels.jsonl"

JOB_NOUN = re.compile(
    r"\b(engineer|developer|programmer|tester|analyst|administrator|admin|architect|designer|"
    r"consultant|manager|technician|supervisor|lead|executive|officer|accountant|specialist|"
    r"coordinator|intern|trainee|teacher|lecturer|professor|nurse|chef|cook|clerk|assistant|"
    r"auditor|draughtsman|draftsman|foreman|operator|representative|agent|associate|"
    r"scientist|pharmacist|doctor|physician|therapist)s?\b",
    re.IGNORECASE,
)
STATED_AS = re.compile(
    r"\b(?:as an?|working as|designation\s*[:\-]|position\s*[:\-]|post of an?|role of an?)\s+"
    r"([A-Za-z./+#&() -]{3,60})",
    re.IGNORECASE,
)
BULLETS = " \t•●➢*-:|"
EMPLOYER_AFTER = re.compile(r"\s(?:in|at|with|for)\s.*|,.*", re.IGNORECASE)
"""What follows a title's job: "Storekeeper in The Hotel Wood Bridge" names a hotel, not a job."""
QUALITY_CONTROL = re.compile(r"\bqa ?/ ?qc\b|\bqc\b|quality control", re.IGNORECASE)
"""Site and plant quality control, which the field rule would read as software testing."""

Reader = Callable[[str], set[str]]
READERS: dict[str, tuple[str, Reader]] = {
    # set name -> (label key, the titles' labels)
    "match": ("field", lambda title: {field} if (field := title_field(title)) else set()),
    "match_disciplines": ("discipline", title_disciplines),
}


def stated_titles(text: str) -> list[str]:
    lines = [line.strip(BULLETS) for line in text.splitlines() if line.strip(BULLETS)]
    titles = [line for line in lines[:30] if len(line.split()) <= 7 and JOB_NOUN.search(line)]
    titles += [match.group(1).strip() for line in lines[:80] for match in STATED_AS.finditer(line)]
    titles = [EMPLOYER_AFTER.sub("", title).strip() for title in titles]
    return [title for title in titles if title and not QUALITY_CONTROL.search(title)]


def label_of(text: str, reader: Reader) -> tuple[str, str] | None:
    """(label, the title that named it) when the CV's stated titles name exactly one label."""
    named: dict[str, str] = {}
    for title in stated_titles(text):
        for label in reader(title):
            named.setdefault(label, title)
    return next(iter(named.items())) if len(named) == 1 else None


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True
    ).stdout


def _extract(job: tuple[Path, str]) -> tuple[str, str | None]:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings of many CVs
    git_dir, path = job
    item_id = "cv-" + Path(path).stem
    try:
        data = _git(git_dir, "show", f"{COMMIT}:{path}")
        if len(PdfReader(io.BytesIO(data)).pages) > MAX_PAGES:
            return item_id, None
        return item_id, pdf_text(data)
    except Exception:
        return item_id, None


def cv_texts(git_dir: Path) -> list[tuple[str, str]]:
    """(id, text) of every readable, long enough, non-duplicate CV, in SHA-1 order of the id."""
    paths = _git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, "pdf/").decode().split()
    paths.sort(key=lambda path: hashlib.sha1(("cv-" + Path(path).stem).encode()).digest())
    with Pool(2) as pool:
        extracted = pool.map(_extract, [(git_dir, path) for path in paths], chunksize=16)
    seen: set[str] = set()
    kept = []
    for item_id, text in extracted:
        if not text or len(text.split()) < MIN_WORDS:
            continue
        opening = " ".join(text.lower().split())[:300]
        if opening not in seen:
            seen.add(opening)
            kept.append((item_id, text))
    return kept


def build(texts: list[tuple[str, str]]) -> dict[str, dict[str, list[dict[str, str]]]]:
    """set name -> split -> the kept CVs' lines, capped per label in SHA-1 order."""
    sets: dict[str, dict[str, list[dict[str, str]]]] = {}
    for name, (key, reader) in READERS.items():
        counts: dict[tuple[str, str], int] = defaultdict(int)
        splits: dict[str, list[dict[str, str]]] = {"dev": [], "test": []}
        for item_id, text in texts:
            found = label_of(text, reader)
            split = split_of(item_id)
            if found is None or counts[split, found[0]] >= CAP:
                continue
            counts[split, found[0]] += 1
            splits[split].append(
                {"id": item_id, "source": REPO, key: found[0], "title": found[1], "text": text}
            )
        sets[name] = splits
    return sets


def write(sets: dict[str, dict[str, list[dict[str, str]]]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict[str, str]] = {}
    for name, splits in sets.items():
        key = READERS[name][0]
        for split, rows in splits.items():
            with (out / f"{name}_resumes_{split}.jsonl").open("w") as file:
                file.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
            shutil.copy(DATA / f"{name}_postings_{split}.jsonl", out)
            for row in rows:
                entry = labels.setdefault(row["id"], {"id": row["id"], "split": split})
                entry[key] = row[key]
                entry[f"{key}_title"] = row["title"]
    with LABELS.open("w") as file:
        file.writelines(json.dumps(entry) + "\n" for _, entry in sorted(labels.items()))


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    git_dir = Path(sys.argv[1]) / REPO.replace("/", "+") / "repo"
    out = Path(sys.argv[2])
    texts = cv_texts(git_dir)
    print(f"{len(texts)} CVs readable, long enough and not duplicates")
    sets = build(texts)
    write(sets, out)
    for name, splits in sets.items():
        key = READERS[name][0]
        for split, rows in splits.items():
            counts: dict[str, int] = defaultdict(int)
            for row in rows:
                counts[row[key]] += 1
            print(name, split, len(rows), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
