"""Resume-to-posting matching on real postings and resumes of many fields, dev and test side by
side.

Every posting is matched against every resume of the same split, both parsed with the app's own
parsers (`parse_job_description`, `parse_resume_text`). A resume of the posting's field is a
positive, any other a negative. The sets (bench/match_sets.py) hold only items whose source
category and own title name the same field: LiveCareer's and Adzuna's categories alone are
often the search term or the placing agency's ("HR & Recruitment" for developer jobs).
Printed, per split:

- ROC-AUC per field: for each posting, the chance that a resume of its field outscores one of
  another field (ties count half; Mann-Whitney), averaged over the field's postings; then the
  mean over fields;
- how many postings have a resume of their own field as the best-scoring one, out of the
  postings whose field has resumes in the split;
- the time of one match (wall clock, the app's caches as in production: a text is embedded
  the first time it is seen), p50 and p95 over all matches, and p50 of each resume's first
  match (its texts embedded then).

Weights were tuned on dev only; test figures are reported, never tuned on. The data and its
sources: bench/data/match_postings_{dev,test}.jsonl and match_resumes_{dev,test}.jsonl (see
SOURCES.md).

`--no-titles` adds the same figures on title-blind resumes ("dev no-titles", "test
no-titles"): the sets keep only items whose title names their field, and the matcher reads
titles, so a matcher that leaned on titles alone would look good here and fail on resumes
without them (plain-text resumes that open with a list of skills). The rule, fixed before any
title-blind score was seen: from each resume's text,

1. the first non-empty line (the headline, the candidate's current title) is dropped;
2. for each job title the app's parser reads from the original text (case-insensitive,
   trimmed): a line that is exactly that title is dropped; a line that begins with it and
   goes on with a comma, dash, bar or bracket keeps only what follows (the dates); any other
   line of at most 5 words holding it as whole words is dropped ("Senior Accountant", read
   as "accountant").

The resume is then parsed again as it stands. Summaries and duties keep any title words their
sentences use ("Insightful UX/UI Designer with experience in..."), as real prose does; the
postings keep their titles.

`--wrong` prints, for each posting whose best-scoring resume is of another field, that
resume, the best one of the posting's field, and the fields each side was read as.

    cd backend && ../.venv/bin/python -m bench.matching [--verbose] [--no-titles] [--wrong]
    (--only-no-titles: the title-blind figures alone; --split dev: one split; --split devwide:
    the wider dev-only set of `bench.match_sets --wide`, to find failures to learn from)
"""

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.jobs.match_family import job_families, resume_families  # noqa: E402
from app.jobs.matching import match_resume_to_job  # noqa: E402
from app.jobs.parsed import MatchResult, ParsedJob  # noqa: E402
from app.jobs.parsing import parse_job_description  # noqa: E402
from app.resumes.parsed import ParsedResume  # noqa: E402
from app.resumes.parsing.parser import parse_resume_text  # noqa: E402
from app.skills.finder import get_skill_finder  # noqa: E402

DATA = BACKEND / "bench" / "data"
SPLITS = ("dev", "test")
AIM_AUC, AIM_MEAN_AUC, AIM_TOP_SHARE, AIM_P50_MS = 0.90, 0.95, 0.9, 20.0


@dataclass(frozen=True)
class Posting:
    id: str
    field: str
    parsed: ParsedJob


@dataclass(frozen=True)
class Resume:
    id: str
    field: str
    parsed: ParsedResume


@dataclass
class SplitFigures:
    postings: int = 0
    resumes: int = 0
    rankable: int = 0
    """Postings whose field has resumes in the split: only these can have one on top."""
    auc_by_field: dict[str, float] = field(default_factory=dict)
    same_field_top: int = 0
    times_ms: list[float] = field(default_factory=list)
    first_times_ms: list[float] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def mean_auc(self) -> float:
        return statistics.fmean(self.auc_by_field.values()) if self.auc_by_field else float("nan")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


TITLE_TAIL = re.compile(r"\s*[,\-\u2013\u2014|(]")
SHORT_LINE_WORDS = 5


def without_titles(text: str) -> str:
    """The resume's text with its headline and job-title lines removed (the module's rule)."""
    titles = {
        title.strip().lower()
        for job in parse_resume_text(text).experience
        if (title := job.title) and title.strip()
    }
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index == first:
            continue
        kept_line = _line_without_titles(line, titles)
        if kept_line is not None:
            kept.append(kept_line)
    return "\n".join(kept)


def _line_without_titles(line: str, titles: set[str]) -> str | None:
    stripped = line.strip()
    lowered = stripped.lower()
    for title in titles:
        if lowered == title:
            return None
        if lowered.startswith(title) and TITLE_TAIL.match(lowered[len(title) :]):
            return stripped[len(title) :].lstrip(" ,-\u2013\u2014|")
    words = lowered.split()
    if len(words) <= SHORT_LINE_WORDS:
        for title in titles:
            if re.search(rf"(?<!\w){re.escape(title)}(?!\w)", lowered):
                return None
    return line


def load_split(
    split: str, data: Path = DATA, *, no_titles: bool = False
) -> tuple[list[Posting], list[Resume]]:
    """The split's postings and resumes, parsed as the app parses them (title-blind resumes
    with `no_titles`)."""
    skills = get_skill_finder()
    postings = [
        Posting(
            row["id"],
            row["field"],
            parse_job_description(row["text"], row.get("title"), skills=skills),
        )
        for row in read_jsonl(data / f"match_postings_{split}.jsonl")
        if row.get("field")
    ]
    resumes = [
        Resume(
            row["id"],
            row["field"],
            parse_resume_text(without_titles(row["text"]) if no_titles else row["text"]),
        )
        for row in read_jsonl(data / f"match_resumes_{split}.jsonl")
        if row.get("field")
    ]
    return postings, resumes


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """P(a positive outscores a negative), ties counting half (the Mann-Whitney U over n*m)."""
    if not positives or not negatives:
        return float("nan")
    ranked = sorted([(score, 1) for score in positives] + [(score, 0) for score in negatives])
    rank_sum, position = 0.0, 0
    while position < len(ranked):
        end = position
        while end < len(ranked) and ranked[end][0] == ranked[position][0]:
            end += 1
        average_rank = (position + 1 + end) / 2  # 1-based ranks position+1 .. end
        rank_sum += average_rank * sum(label for _, label in ranked[position:end])
        position = end
    wins = rank_sum - len(positives) * (len(positives) + 1) / 2
    return wins / (len(positives) * len(negatives))


def timed_match(resume: ParsedResume, job: ParsedJob) -> tuple[MatchResult, float]:
    started = time.perf_counter()
    result = match_resume_to_job(resume, job)
    return result, 1000 * (time.perf_counter() - started)


def evaluate(postings: list[Posting], resumes: list[Resume]) -> SplitFigures:
    figures = SplitFigures(postings=len(postings), resumes=len(resumes))
    resume_fields = {resume.field for resume in resumes}
    aucs: dict[str, list[float]] = defaultdict(list)
    for number, posting in enumerate(postings):
        scored = []
        for resume in resumes:
            result, elapsed = timed_match(resume.parsed, posting.parsed)
            figures.times_ms.append(elapsed)
            if number == 0:
                figures.first_times_ms.append(elapsed)
            scored.append((result.score, resume))
        positives = [score for score, resume in scored if resume.field == posting.field]
        negatives = [score for score, resume in scored if resume.field != posting.field]
        auc = roc_auc(positives, negatives)
        if auc == auc:  # not NaN: the split has resumes of this field and of others
            aucs[posting.field].append(auc)
        best_score, best = max(scored, key=lambda pair: pair[0])
        figures.rankable += posting.field in resume_fields
        figures.same_field_top += best.field == posting.field
        if best.field != posting.field and posting.field in resume_fields:
            figures.wrong.append(wrong_line(posting, scored))
        figures.details.append(
            f"  {posting.id} [{posting.field}] {posting.parsed.title!r}: AUC {auc:.3f}, "
            f"top {best.id} [{best.field}] {best_score}"
        )
    figures.auc_by_field = {name: statistics.fmean(values) for name, values in aucs.items()}
    return figures


def wrong_line(posting: Posting, scored: list[tuple[int, Resume]]) -> str:
    """A posting whose best resume is of another field: that resume, the best of the posting's
    field, and the fields of work each was read as (match_family.py)."""
    ranked = sorted(scored, key=lambda pair: -pair[0])
    top_score, top = ranked[0]
    rank, (own_score, own) = next(
        (place, pair) for place, pair in enumerate(ranked, 1) if pair[1].field == posting.field
    )

    def spread(values: dict[str, float]) -> str:
        ordered = sorted(values.items(), key=lambda item: -item[1])[:3]
        return ", ".join(f"{name} {share:.2f}" for name, share in ordered)

    return (
        f"  {posting.id} [{posting.field}] {posting.parsed.title!r} read as "
        f"{{{spread(job_families(posting.parsed))}}}\n"
        f"    top {top.id} [{top.field}] {top_score} "
        f"{{{spread(resume_families(top.parsed))}}}\n"
        f"    own #{rank} {own.id} {own_score} {{{spread(resume_families(own.parsed))}}}"
    )


def warm_up() -> None:
    """Load the taxonomy, knowledge files and model outside the timings (the app does this at
    start-up or on its first request)."""
    job = parse_job_description("Engineer\nDesign parts in CAD.", "Mechanical Engineer")
    match_resume_to_job(parse_resume_text("Jane Doe\nExperience\nEngineer, Acme 2020-2024"), job)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def report(figures: dict[str, SplitFigures], *, verbose: bool, wrong: bool) -> None:
    names = list(figures)
    print(f"{'':34}" + "".join(f"{name:>18}" for name in names))
    fields = sorted({f for item in figures.values() for f in item.auc_by_field})
    rows: list[tuple[str, list[str]]] = [
        ("postings / resumes", [f"{f.postings} / {f.resumes}" for f in figures.values()])
    ]
    for name in fields:
        aucs = [f.auc_by_field.get(name) for f in figures.values()]
        rows.append((f"ROC-AUC {name}", ["-" if v is None else f"{v:.3f}" for v in aucs]))
    rows += [
        (f"mean ROC-AUC (aim >= {AIM_MEAN_AUC})", [f"{f.mean_auc:.3f}" for f in figures.values()]),
        (
            f"min ROC-AUC (aim >= {AIM_AUC})",
            [f"{min(f.auc_by_field.values(), default=float('nan')):.3f}" for f in figures.values()],
        ),
        ("same-field top resume", [f"{f.same_field_top} / {f.rankable}" for f in figures.values()]),
        (
            f"match p50 ms (aim <= {AIM_P50_MS:g})",
            [f"{percentile(f.times_ms, 0.5):.1f}" for f in figures.values()],
        ),
        ("match p95 ms", [f"{percentile(f.times_ms, 0.95):.1f}" for f in figures.values()]),
        (
            "first match of a resume p50 ms",
            [f"{percentile(f.first_times_ms, 0.5):.1f}" for f in figures.values()],
        ),
    ]
    for label, values in rows:
        print(f"{label:34}" + "".join(f"{value:>18}" for value in values))
    if verbose:
        for name in names:
            print(f"\n{name}:")
            print("\n".join(figures[name].details))
    if wrong:
        for name in names:
            if name.startswith("test"):
                continue  # tuning reads dev only
            print(f"\n{name}, postings whose best resume is of another field:")
            print("\n".join(figures[name].wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true", help="one line per posting")
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "devwide"),
        help="only this split (default: dev and test; devwide: the wider dev set of "
        "bench/match_sets.py --wide, for finding failures)",
    )
    parser.add_argument(
        "--no-titles", action="store_true", help="also score title-blind resumes (see above)"
    )
    parser.add_argument(
        "--only-no-titles", action="store_true", help="score title-blind resumes only"
    )
    parser.add_argument(
        "--wrong", action="store_true", help="dev postings whose best resume is of another field"
    )
    args = parser.parse_args()
    warm_up()
    figures: dict[str, SplitFigures] = {}
    for split in [args.split] if args.split else SPLITS:
        if not (args.data / f"match_postings_{split}.jsonl").exists():
            print(f"{split}: no match_postings_{split}.jsonl in {args.data}, skipped")
            continue
        if not args.only_no_titles:
            figures[split] = evaluate(*load_split(split, args.data))
        if args.no_titles or args.only_no_titles:
            blind = load_split(split, args.data, no_titles=True)
            figures[f"{split} no-titles"] = evaluate(*blind)
    if figures:
        report(figures, verbose=args.verbose, wrong=args.wrong)


if __name__ == "__main__":
    main()
