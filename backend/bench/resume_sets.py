"""Build the resume and job-posting bench sets from public repositories.

Reads four public collections (licences and commits in bench/data/SOURCES.md) from local bare
git mirrors and writes, under `bench/data/`:

- `resumes_{dev,test}.jsonl`: `{"id", "source", "field", "source_label", "text", "skills",
  "soft_skills", "degree_level", "first_title"}`;
- `postings_{dev,test}.jsonl`: `{"id", "source", "field", "source_label", "title", "text",
  "skills", "knowledge"}`.

Nobody on this team wrote these texts or labels; the committed files are the derived sets, so
the benches run without the mirrors.

    cd backend && ../.venv/bin/python -m bench.resume_sets /path/to/mirrors

where each mirror is `<owner>+<name>/repo` (a bare clone). `field` is a coarse occupational
field shared by resumes and postings (FIELDS maps each source's own label, kept in
`source_label`); `skills`, `degree_level` and `first_title` come only from human annotations
and are null where a source has none. Every item's split is decided by the first byte of the
SHA-1 of its id (even: dev), never by what a model scores; caps per field keep the files small
and are filled in SHA-1 order, so they are deterministic too.
"""

import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader

DATA = Path(__file__).resolve().parent / "data"
SOURCES = {
    "Sbhawal/resumeScraper": "6373d2dc71744f734a8876ae1de4a764960e777d",
    "vrundag91/Resume-Corpus-Dataset": "8323e09e638ad246e1ff263a48e0711f483653d4",
    "VahidHedley/Predict-Salaries-from-Text": "b0c10a7e46b9f9ecbd48d806902f472d25393d3f",
    "kris927b/SkillSpan": "2ccf3de5b5af7a5409b8dd814fb1315dd6e0ae1b",
}
# LiveCareer resumes per category and split; Adzuna and SkillSpan postings per field and split.
RESUMES_PER_CATEGORY = 5
POSTINGS_PER_FIELD = 12
SKILLSPAN_PER_SPLIT = 30

# The source's own label -> the coarse field shared by resumes and postings.
FIELDS = {
    # LiveCareer resume categories (the job title searched on livecareer.com)
    "ACCOUNTANT": "finance/accounting",
    "ADVOCATE": "legal",
    "AGRICULTURE": "agriculture",
    "APPAREL": "apparel/fashion",
    "ARTS": "arts",
    "AUTOMOBILE": "automotive",
    "AVIATION": "aviation",
    "BANKING": "finance/accounting",
    "BPO": "customer-service",
    "BUSINESS-DEVELOPMENT": "sales",
    "CHEF": "chef/hospitality",
    "CONSTRUCTION": "construction",
    "CONSULTANT": "consulting",
    "DESIGNER": "design",
    "DIGITAL-MEDIA": "marketing/media",
    "ENGINEERING": "engineering",
    "FINANCE": "finance/accounting",
    "FITNESS": "fitness",
    "HEALTHCARE": "nursing/healthcare",
    "HR": "hr",
    "INFORMATION-TECHNOLOGY": "software",
    "PUBLIC-RELATIONS": "marketing/media",
    "SALES": "sales",
    "TEACHER": "teaching",
    # Adzuna job-ad categories
    "Accounting & Finance Jobs": "finance/accounting",
    "Admin Jobs": "admin",
    "Consultancy Jobs": "consulting",
    "Creative & Design Jobs": "design",
    "Customer Services Jobs": "customer-service",
    "Energy, Oil & Gas Jobs": "engineering",
    "Engineering Jobs": "engineering",
    "HR & Recruitment Jobs": "hr",
    "Healthcare & Nursing Jobs": "nursing/healthcare",
    "Hospitality & Catering Jobs": "chef/hospitality",
    "IT Jobs": "software",
    "Legal Jobs": "legal",
    "Logistics & Warehouse Jobs": "logistics",
    "Manufacturing Jobs": "manufacturing",
    "PR, Advertising & Marketing Jobs": "marketing/media",
    "Property Jobs": "property",
    "Retail Jobs": "retail",
    "Sales Jobs": "sales",
    "Teaching Jobs": "teaching",
    "Trade & Construction Jobs": "construction",
    "Travel Jobs": "travel",
    # SkillSpan subsets: "tech" is StackOverflow job ads; "house" is mixed and unlabelled.
    "tech": "software",
}
# Highest level wins; applied to the human-annotated `higher_education` span only.
DEGREES = [
    ("PhD", r"\bph\s?\.?\s?d\b|\bdoctor(ate| of philosophy)\b"),
    (
        "Master",
        r"\bmasters?\b|\bm\s?\.?\s?(tech|sc|s|e|a|com|phil|pharm|ed)\b|\bmba\b|\bmca\b",
    ),
    (
        "Bachelor",
        r"\bbachelors?\b|\bb\s?\.?\s?(tech|sc|s|e|a|com|pharm|ed)\b|\bbba\b|\bbca\b",
    ),
    ("Associate", r"\bassociates?\b( degree| of)"),
]
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
PHONE = re.compile(r"(?<!\d)(\+?\d[\d ()-]{8,}\d)(?!\d)")

Item = dict[str, Any]


class Mirror:
    def __init__(self, root: Path, repo: str) -> None:
        self.repo = repo
        self.git_dir = root / repo.replace("/", "+") / "repo"
        self.commit = SOURCES[repo]

    def show_bytes(self, path: str) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.git_dir}", "show", f"{self.commit}:{path}"],
            check=True,
            capture_output=True,
        ).stdout

    def show(self, path: str) -> str:
        return self.show_bytes(path).decode("utf-8")

    def ls(self, path: str) -> list[str]:
        out = subprocess.run(
            ["git", f"--git-dir={self.git_dir}", "ls-tree", "-r", "--name-only", self.commit, path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return out.splitlines()


def sha(key: str) -> bytes:
    return hashlib.sha1(key.encode()).digest()


def split_of(key: str) -> str:
    return "dev" if sha(key)[0] % 2 == 0 else "test"


def unique(spans: list[str]) -> list[str]:
    """Span texts in order of appearance, stripped of edge punctuation, without repeats."""
    seen: set[str] = set()
    out = []
    for span in spans:
        span = " ".join(span.split()).strip(" ,.;:-")
        if span and span.lower() not in seen:
            seen.add(span.lower())
            out.append(span)
    return out


# A UTF-8 lead byte then continuation bytes, all as cp1252 characters ("Ã©" for "é").
MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)


def _undo_cp1252(match: re.Match[str]) -> str:
    try:
        return match.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group()


def demojibake(text: str) -> str:
    """The scraped HTML was UTF-8 read as cp1252 ("sautÃ©"); undo that where it applies."""
    text = MOJIBAKE.sub(_undo_cp1252, text).replace("ï¼", ":")  # a fullwidth colon, cut short
    text = re.sub(r"Â(?=\s|$)", "", text)  # a no-break space the PDF turned into a space
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\uff1a", ":")


def c1_to_cp1252(text: str) -> str:
    """C1 control characters that are really cp1252 quotes and dashes read as Latin-1."""
    return re.sub("[\u0080-\u009f]", _c1_char, text)


def _c1_char(match: re.Match[str]) -> str:
    return bytes([ord(match.group())]).decode("cp1252", "replace")


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    lines = [line.strip() for line in demojibake(raw).splitlines()]
    text = "\n".join(line for line in lines if line)
    # Layout fragments ("Company Name\n:\nCity\n,\nState") back onto one line.
    return re.sub(r"\n([:,]|to)\n", r" \1 ", text)


def livecareer(mirror: Mirror) -> Iterator[Item]:
    """data/<CATEGORY>/<id>.pdf, rendered by the dataset's author from the scraped HTML."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for path in mirror.ls("data"):
        if path.endswith(".pdf"):
            by_category[path.split("/")[1]].append(path)
    for category, paths in sorted(by_category.items()):
        taken: Counter[str] = Counter()
        for path in sorted(paths, key=lambda p: sha(_livecareer_id(p))):
            item_id = _livecareer_id(path)
            split = split_of(item_id)
            if taken[split] >= RESUMES_PER_CATEGORY:
                continue
            text = pdf_text(mirror.show_bytes(path))
            if len(text.split()) < 100:
                continue  # an empty or near-empty render
            taken[split] += 1
            yield livecareer_item(mirror, item_id, category, text)


def livecareer_item(mirror: Mirror, item_id: str, category: str, text: str) -> Item:
    """A LiveCareer resume's line: labelled by its category, no human annotations."""
    return {
        "id": item_id,
        "source": mirror.repo,
        "field": FIELDS[category],
        "source_label": category,
        "text": text,
        "skills": None,
        "soft_skills": None,
        "degree_level": None,
        "first_title": None,
    }


def _livecareer_id(path: str) -> str:
    return "livecareer-" + path.rsplit("/", 1)[-1].removesuffix(".pdf")


def degree_level(spans: list[str]) -> str | None:
    for level, pattern in DEGREES:
        if any(re.search(pattern, span, re.IGNORECASE) for span in spans):
            return level
    return None


def resume_corpus(mirror: Mirror) -> Iterator[Item]:
    """Label Studio exports: one task per resume, spans labelled by the annotator."""
    seen: set[str] = set()
    for path in mirror.ls("data-files"):
        if not path.endswith(".json"):
            continue
        for task in json.loads(mirror.show(path)):
            if not task["annotations"]:
                continue  # exported but never annotated
            text = task["data"]["text"]
            if text in seen:
                continue
            seen.add(text)
            first = min(task["annotations"], key=lambda a: a["id"])
            spans: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for result in first["result"]:
                value = result.get("value", {})
                for label in value.get("labels", []):
                    spans[label].append((value["start"], value["text"]))
            by_label = {k: [t for _, t in sorted(v)] for k, v in spans.items()}
            titles = unique(by_label.get("designation", []))
            yield {
                "id": f"resumecorpus-{task['id']}",
                "source": mirror.repo,
                "field": None,
                "source_label": None,
                "text": PHONE.sub("[phone]", EMAIL.sub("[email]", text)),
                "skills": unique(by_label.get("technical_skills", [])),
                "soft_skills": unique(by_label.get("soft-skills", [])),
                "degree_level": degree_level(by_label.get("higher_education", [])),
                "first_title": titles[0] if titles else None,
            }


def adzuna(mirror: Mirror) -> Iterator[Item]:
    """Train_rev1.csv: the first 2,499 rows of Adzuna's Kaggle salary-prediction training set."""
    rows = list(csv.DictReader(io.StringIO(mirror.show("Train_rev1.csv"))))
    by_field: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        field = FIELDS.get(row["Category"])
        if field:
            by_field[field].append(row)
    for _field, group in sorted(by_field.items()):
        taken: Counter[str] = Counter()
        for row in sorted(group, key=lambda r: sha(f"adzuna-{r['Id']}")):
            item_id = f"adzuna-{row['Id']}"
            split = split_of(item_id)
            if taken[split] >= POSTINGS_PER_FIELD or len(row["FullDescription"].split()) < 40:
                continue
            taken[split] += 1
            yield adzuna_item(mirror, row)


def adzuna_item(mirror: Mirror, row: dict[str, str]) -> Item:
    """An Adzuna ad's line: labelled by its category, no skill annotations."""
    return {
        "id": f"adzuna-{row['Id']}",
        "source": mirror.repo,
        "field": FIELDS.get(row["Category"]),
        "source_label": row["Category"],
        "title": row["Title"].strip(),
        "text": row["FullDescription"].strip(),
        "skills": None,
        "knowledge": None,
    }


def _spans(tokens: list[str], tags: list[str]) -> list[str]:
    spans: list[list[str]] = []
    for token, tag in zip(tokens, tags, strict=True):
        if tag.startswith("B"):
            spans.append([token])
        elif tag.startswith("I") and spans:
            spans[-1].append(token)
    return [" ".join(s) for s in spans]


def skillspan(mirror: Mirror) -> Iterator[Item]:
    """data/json/*.json: one sentence a line, grouped into postings by `idx` per file."""
    postings: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name in ("train", "dev", "test"):
        for line in mirror.show(f"data/json/{name}.json").splitlines():
            sentence = json.loads(line)
            postings[f"skillspan-{name}-{sentence['source']}-{sentence['idx']}"].append(sentence)
    taken: Counter[str] = Counter()
    for item_id in sorted(postings, key=sha):
        split = split_of(item_id)
        if taken[split] >= SKILLSPAN_PER_SPLIT:
            continue
        sentences = postings[item_id]
        for s in sentences:
            s["tokens"] = [c1_to_cp1252(t) for t in s["tokens"]]
        lines = [" ".join(s["tokens"]) for s in sentences]
        skills = [sp for s in sentences for sp in _spans(s["tokens"], s["tags_skill"])]
        knowledge = [sp for s in sentences for sp in _spans(s["tokens"], s["tags_knowledge"])]
        if not skills and not knowledge:
            continue  # the annotators found nothing to mark: likely a stub
        taken[split] += 1
        source = sentences[0]["source"]
        yield {
            "id": item_id,
            "source": mirror.repo,
            "field": FIELDS.get(source),
            "source_label": source,
            "title": lines[0],
            "text": "\n".join(lines),
            "skills": unique(knowledge + skills),
            "knowledge": unique(knowledge),
        }


RESUME_SOURCES = {
    "Sbhawal/resumeScraper": livecareer,
    "vrundag91/Resume-Corpus-Dataset": resume_corpus,
}
POSTING_SOURCES = {
    "VahidHedley/Predict-Salaries-from-Text": adzuna,
    "kris927b/SkillSpan": skillspan,
}


def build(root: Path, extractors: dict[str, Any]) -> dict[str, list[Item]]:
    splits: dict[str, list[Item]] = {"dev": [], "test": []}
    for repo, extract in extractors.items():
        for item in extract(Mirror(root, repo)):
            splits[split_of(item["id"])].append(item)
    return splits


def write(kind: str, splits: dict[str, list[Item]]) -> None:
    for name, items in splits.items():
        with (DATA / f"{kind}_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        by_field = Counter(str(item["field"]) for item in items)
        summary = "  ".join(f"{k}={v}" for k, v in sorted(by_field.items()))
        print(f"{kind} {name}: {len(items)}  {summary}")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    DATA.mkdir(exist_ok=True)
    write("resumes", build(root, RESUME_SOURCES))
    write("postings", build(root, POSTING_SOURCES))


if __name__ == "__main__":
    main()
