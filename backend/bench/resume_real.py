"""Resume parsing on real resumes written by others (bench/data/resumes_{dev,test}.jsonl, built
by bench/resume_sets.py; sources in bench/data/SOURCES.md), dev and test side by side.

    cd backend && ../.venv/bin/python -m bench.resume_real [--verbose]

`--verbose` prints the dev split's skill, degree and title misses (never the test split's).

- Skills, against human span annotations (Resume Corpus: annotators marked phrases such as
  "IT Skills HTML CSS Networking SQL", not single names). A reported skill is right when its
  words occur inside one annotated span; an annotated span is found when a reported skill
  lies inside it. Precision, recall and F1 are over those two counts.
- Supported: the share of reported skills whose letters and digits occur in the resume's text
  (case, spacing and punctuation ignored), over every resume of the split.
- Degree level: `highest_degree` against the annotated degree's level.
- First title: the first experience entry's title against the first annotated designation,
  equal or one containing the other, word for word. That designation is often the headline or
  a phrase of the summary ("An efficient IT Network professional"), not a job: "first job
  title" counts only the resumes whose first annotated designation lies after the experience
  heading, where it is the most recent job's title (chosen by where the annotator's span is,
  never by what the parser found).
- Time: parsing one resume's text, p50 and p95.
"""

import argparse
import json
import re
import statistics
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.knowledge.keys import lookup_key, words
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text

DATA = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 1, 1)
AIM = {"skills F1": 0.85, "supported": 0.95, "degree level": 0.95, "first job title": 0.90}
_EXPERIENCE_HEADING = re.compile(
    r"Work Experience|Professional Experience|Work History|Employment History"
    r"|\bEXPERIENCE\b|\bExperience\b"
)


@dataclass
class Figures:
    right_skills: int = 0
    reported_skills: int = 0
    found_spans: int = 0
    annotated_spans: int = 0
    supported: int = 0
    reported_anywhere: int = 0
    degrees_right: int = 0
    degrees: int = 0
    titles_right: int = 0
    titles: int = 0
    job_titles_right: int = 0
    job_titles: int = 0

    def row(self) -> dict[str, str]:
        precision = _ratio(self.right_skills, self.reported_skills)
        recall = _ratio(self.found_spans, self.annotated_spans)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "skills precision": f"{precision:.3f}",
            "skills recall": f"{recall:.3f}",
            "skills F1": f"{f1:.3f}",
            "supported": f"{_ratio(self.supported, self.reported_anywhere):.3f}",
            "degree level": f"{_ratio(self.degrees_right, self.degrees):.3f} of {self.degrees}",
            "first title": f"{_ratio(self.titles_right, self.titles):.3f} of {self.titles}",
            "first job title": (
                f"{_ratio(self.job_titles_right, self.job_titles):.3f} of {self.job_titles}"
            ),
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _inside(skill: str, span: str) -> bool:
    needle = " ".join(words(skill))
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", span) is not None


def score(row: dict, parsed: ParsedResume, figures: Figures, *, verbose: bool = False) -> None:
    compact_text = lookup_key(row["text"])
    names = [skill.name for skill in parsed.skills]
    figures.reported_anywhere += len(names)
    figures.supported += sum(lookup_key(name) in compact_text for name in names)
    if row.get("skills"):
        spans = [" ".join(words(span)) for span in row["skills"] + (row.get("soft_skills") or [])]
        figures.reported_skills += len(names)
        figures.right_skills += sum(any(_inside(n, span) for span in spans) for n in names)
        figures.annotated_spans += len(spans)
        figures.found_spans += sum(any(_inside(n, span) for n in names) for span in spans)
        if verbose:
            outside = [n for n in names if not any(_inside(n, span) for span in spans)]
            missed = [span for span in spans if not any(_inside(n, span) for n in names)]
            print(f"skills {row['id']}: outside spans {outside}; spans missed {missed}")
    if row.get("degree_level"):
        figures.degrees += 1
        right = parsed.highest_degree == row["degree_level"]
        figures.degrees_right += right
        if verbose and not right:
            print(f"degree {row['id']}: {parsed.highest_degree} != {row['degree_level']}")
    if row.get("first_title"):
        figures.titles += 1
        title = parsed.experience[0].title if parsed.experience else None
        right = _same_title(title, row["first_title"])
        figures.titles_right += right
        if _labelled_in_experience(row["text"], row["first_title"]):
            figures.job_titles += 1
            figures.job_titles_right += right
        if verbose and not right:
            print(f"title {row['id']}: {title!r} != {row['first_title']!r}")


def _labelled_in_experience(text: str, label: str) -> bool:
    heading = _EXPERIENCE_HEADING.search(text)
    return heading is not None and text.find(label) >= heading.end()


def _same_title(found: str | None, expected: str) -> bool:
    if not found:
        return False
    a, b = " ".join(words(found)), " ".join(words(expected))
    return bool(a and b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def run(split: str, *, verbose: bool = False) -> tuple[Figures, list[float]]:
    figures, times = Figures(), []
    for line in (DATA / f"resumes_{split}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        started = time.perf_counter()
        parsed = parse_resume_text(row["text"], today=TODAY)
        times.append((time.perf_counter() - started) * 1000)
        score(row, parsed, figures, verbose=verbose)
    return figures, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the dev split's misses")
    args = parser.parse_args()
    parse_resume_text("warm up: Python, SQL", today=TODAY)
    results = {
        split: run(split, verbose=args.verbose and split == "dev") for split in ("dev", "test")
    }
    rows = {split: figures.row() for split, (figures, _) in results.items()}
    print(f"{'measure':<20}{'dev':>18}{'test':>18}   aim")
    for measure in rows["dev"]:
        aim = AIM.get(measure)
        print(
            f"{measure:<20}{rows['dev'][measure]:>18}{rows['test'][measure]:>18}"
            f"   {'>= ' + str(aim) if aim else ''}"
        )
    for split, (_, times) in results.items():
        cuts = statistics.quantiles(times, n=20)
        print(f"parse time {split}: p50 {statistics.median(times):.1f} ms, p95 {cuts[18]:.1f} ms")


if __name__ == "__main__":
    main()
