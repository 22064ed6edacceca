"""What the job description parser reads from real postings: skills against experts' skill
spans, years asked for, titles and occupations.

    cd backend && ../.venv/bin/python -m bench.job_postings [--baseline OLD_PARSING_MODULE]

Sets: bench/data/postings_dev.jsonl and postings_test.jsonl (see bench/data/SOURCES.md): UK job
ads from Adzuna (2013, mostly one paragraph, many written by recruitment agencies) and SkillSpan
postings with experts' skill and knowledge spans. The parser's section and sentence rules were
tuned looking at dev; test is reported, never tuned on.

- Skills (SkillSpan postings): the required and nice-to-have skills against the skills the
  experts' spans name (read by the same skill finder, so only which text is read differs).
  Precision: read skills the experts marked; recall: marked skills read.
- Years: postings with years asked for, and with more than 20 (a company's age, not a
  requirement, in these sets).
- Titles (postings without a given title): a title found in the text, and whether it shares
  half its words with the source's title; occupation: the given title reads as one.

`--baseline app.jobs.some_module` adds the same figures for another parse function (a copy of
the parser before a change) beside the current one. `--false-positives` lists, for each dev
posting (never test: it is for finding what to fix), the skills read that the experts did not
mark, each with the kind and text of the passage it was read from.
"""

import argparse
import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

from app.jobs.parsed import ParsedJob
from app.jobs.parsing import parse_job_description
from app.jobs.passages import read_passages
from app.skills.finder import get_skill_finder

DATA = Path(__file__).resolve().parent / "data"
SETS = ("dev", "test")
IMPLAUSIBLE_YEARS = 20
_WORD = re.compile(r"[a-z0-9+#]+")

Parse = Callable[..., ParsedJob]


def _rows(split: str) -> list[dict]:
    lines = (DATA / f"postings_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").lower()))


def _skill_figures(rows: list[dict], parse: Parse) -> dict[str, float]:
    finder = get_skill_finder()
    hits = read = marked = found = 0
    for row in rows:
        if not row.get("skills"):
            continue
        spans = [*row["skills"], *(row.get("knowledge") or [])]
        gold = {name for span in spans for name in finder.names(span)}
        job = parse(row["text"])
        predicted = set(job.required_skills) | set(job.nice_to_have_skills)
        hits += len(predicted & gold)
        read += len(predicted)
        marked += len(gold)
        found += len(gold & predicted)
    return {"precision": hits / max(read, 1), "recall": found / max(marked, 1), "read": read}


def _other_figures(rows: list[dict], parse: Parse) -> dict[str, float]:
    years = implausible = titled = agreeing = occupied = 0
    for row in rows:
        job = parse(row["text"])
        if job.years_required is not None:
            years += 1
            implausible += job.years_required > IMPLAUSIBLE_YEARS
        if job.title:
            titled += 1
            source = _words(row["title"])
            agreeing += len(_words(job.title) & source) >= max(1, len(_words(job.title)) / 2)
        occupied += parse(row["text"], title=row["title"]).occupation is not None
    count = max(len(rows), 1)
    return {
        "with years": years / count,
        f"years > {IMPLAUSIBLE_YEARS}": implausible,
        "title found": titled / count,
        "title agrees": agreeing / max(titled, 1),
        "occupation": occupied / count,
    }


def _list_false_positives() -> None:
    """Dev only: the skills read that no expert span names, and where each was read."""
    finder = get_skill_finder()
    for row in _rows("dev"):
        if not row.get("skills"):
            continue
        spans = [*row["skills"], *(row.get("knowledge") or [])]
        gold = {name for span in spans for name in finder.names(span)}
        job = parse_job_description(row["text"])
        wrong = [s for s in [*job.required_skills, *job.nice_to_have_skills] if s not in gold]
        if not wrong:
            continue
        print(f"== {row['id']} ({row['field']}) title {job.title!r}")
        _, passages = read_passages(row["text"])
        for skill in wrong:
            where = [
                f"[{passage.kind}] {passage.text[:160]}"
                for passage in passages
                if passage.kind != "other" and skill in finder.names(passage.text)
            ]
            print(f"  {skill}: " + (" | ".join(where[:2]) or "(from the title)"))


def _report(name: str, parse: Parse) -> None:
    for split in SETS:
        rows = _rows(split)
        skills = _skill_figures(rows, parse)
        other = _other_figures(rows, parse)
        print(
            f"{name:>9} {split:>4} ({len(rows)} postings): skills precision "
            f"{skills['precision']:.3f} recall {skills['recall']:.3f} ({skills['read']} read); "
            + "; ".join(
                f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}"
                for key, value in other.items()
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="module with another parse_job_description")
    parser.add_argument(
        "--false-positives", action="store_true", help="list dev postings' skills read wrongly"
    )
    args = parser.parse_args()
    if args.false_positives:
        _list_false_positives()
        return
    if args.baseline:
        _report("baseline", importlib.import_module(args.baseline).parse_job_description)
    _report("current", parse_job_description)


if __name__ == "__main__":
    main()
