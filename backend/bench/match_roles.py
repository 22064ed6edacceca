"""Resume-to-posting matching within software: does a posting rank a resume of its own KIND
of software work (Java developer, tester, network engineer, ...) above the others?

The sets (bench/match_role_sets.py) hold software postings and resumes labelled by the role
their title names (bench/software_roles.py). Scored exactly as bench/matching.py scores fields,
with its helpers, the role standing in for the field (so its "same-field" row here reads
"same-role"), per split:

- ROC-AUC per role: for each posting, the chance that a resume of its role outscores a
  resume of another software role (ties count half), averaged over the role's postings;
  mean and min over roles;
- how many postings have a resume of their own role as the best-scoring one, out of the
  postings whose role has resumes in the split (a role with no resume there cannot win).

`--no-titles` adds the same figures on title-blind resumes. Here it matters more than in
bench.matching: the labels come from the resumes' titles, so a matcher that reads titles is
close to reading the answer. The rule: a resume of several lines loses its headline and
job-title lines as bench/matching.py's `without_titles` removes them; a resume of one line
loses every occurrence, as whole words and in any case, of the title it was labelled by and
of the job titles the app's parser reads (the Resume Corpus keeps no line breaks: a first run
that dropped their first line dropped whole resumes, and was discarded; this rule was written
before any score of it was seen).

`--wrong` explains, for each dev posting whose best resume is of another role, what both
sides were read as.

    cd backend && ../.venv/bin/python -m bench.match_roles [--no-titles] [--verbose] [--wrong]
"""

import argparse
import re
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.jobs.parsing import parse_job_description  # noqa: E402
from app.resumes.parsing.parser import parse_resume_text  # noqa: E402
from app.skills.finder import get_skill_finder  # noqa: E402
from bench.matching import (  # noqa: E402
    DATA,
    SPLITS,
    Posting,
    Resume,
    SplitFigures,
    evaluate,
    read_jsonl,
    report,
    warm_up,
    without_titles,
)


def title_blind(text: str, title: str) -> str:
    """The resume without its titles (the module's rule)."""
    if "\n" in text.strip():
        return without_titles(text)
    titles = {title} | {job.title for job in parse_resume_text(text).experience if job.title}
    for name in sorted((t.strip() for t in titles if t.strip()), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def load_labelled_split(
    sets: str, label: str, split: str, data: Path = DATA, *, no_titles: bool = False
) -> tuple[list[Posting], list[Resume]]:
    """The split's postings and resumes of `sets` (bench/data/<sets>_{postings,resumes}_<split>
    .jsonl) parsed as the app parses them, `field` = their `label` (role, discipline)."""
    skills = get_skill_finder()
    postings = [
        Posting(
            row["id"], row[label], parse_job_description(row["text"], row["title"], skills=skills)
        )
        for row in read_jsonl(data / f"{sets}_postings_{split}.jsonl")
    ]
    resumes = [
        Resume(
            row["id"],
            row[label],
            parse_resume_text(title_blind(row["text"], row["title"]) if no_titles else row["text"]),
        )
        for row in read_jsonl(data / f"{sets}_resumes_{split}.jsonl")
    ]
    return postings, resumes


def run_labelled_bench(description: str, sets: str, label: str, heading: str) -> None:
    """The command line of a within-field bench: `sets` scored with `label` as the field."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=SPLITS, help="only this split (default: both)")
    parser.add_argument("--verbose", action="store_true", help="one line per posting")
    parser.add_argument("--no-titles", action="store_true", help="also score title-blind resumes")
    parser.add_argument(
        "--wrong", action="store_true", help=f"dev postings whose best resume is of another {label}"
    )
    args = parser.parse_args()
    warm_up()
    figures: dict[str, SplitFigures] = {}
    for split in [args.split] if args.split else SPLITS:
        figures[split] = evaluate(*load_labelled_split(sets, label, split, args.data))
        if args.no_titles:
            figures[f"{split} no-titles"] = evaluate(
                *load_labelled_split(sets, label, split, args.data, no_titles=True)
            )
    print(heading)
    report(figures, verbose=args.verbose, wrong=args.wrong)


def main() -> None:
    run_labelled_bench(
        __doc__.split("\n\n")[0],
        "match_roles",
        "role",
        "(roles of software work: 'same-field top resume' = a resume of the posting's role)",
    )


if __name__ == "__main__":
    main()
