"""Resume-to-posting matching within engineering: does a posting rank a resume of its own
DISCIPLINE (civil, mechanical, electrical, ...) above the others?

The sets (bench/match_discipline_sets.py) hold engineering postings and resumes labelled by
the discipline their title names (bench/engineering_disciplines.py). Scored exactly as
bench/matching.py scores fields, with its helpers, the discipline standing in for the field
(so its "same-field" row here reads "same-discipline"), per split:

- ROC-AUC per discipline: for each posting, the chance that a resume of its discipline
  outscores a resume of another discipline (ties count half), averaged over the discipline's
  postings; mean and min over disciplines;
- how many postings have a resume of their own discipline as the best-scoring one, out of
  the postings whose discipline has resumes in the split.

`--no-titles` adds the same figures on title-blind resumes, by bench/match_roles.py's rule
(`title_blind`): the labels come from the resumes' titles, so a matcher that reads titles is
close to reading the answer. `--wrong` explains, for each dev posting whose best resume is of
another discipline, what both sides were read as.

    cd backend && ../.venv/bin/python -m bench.match_disciplines [--no-titles] [--verbose]
        [--wrong] [--split dev]
"""

import argparse
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.jobs.parsing import parse_job_description  # noqa: E402
from app.resumes.parsing.parser import parse_resume_text  # noqa: E402
from app.skills.finder import get_skill_finder  # noqa: E402
from bench.match_roles import title_blind  # noqa: E402
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
)


def load_discipline_split(
    split: str, data: Path = DATA, *, no_titles: bool = False
) -> tuple[list[Posting], list[Resume]]:
    """The split's postings and resumes parsed as the app parses them, `field` = discipline."""
    skills = get_skill_finder()
    postings = [
        Posting(
            row["id"],
            row["discipline"],
            parse_job_description(row["text"], row["title"], skills=skills),
        )
        for row in read_jsonl(data / f"match_disciplines_postings_{split}.jsonl")
    ]
    resumes = [
        Resume(
            row["id"],
            row["discipline"],
            parse_resume_text(title_blind(row["text"], row["title"]) if no_titles else row["text"]),
        )
        for row in read_jsonl(data / f"match_disciplines_resumes_{split}.jsonl")
    ]
    return postings, resumes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=SPLITS, help="only this split (default: both)")
    parser.add_argument("--verbose", action="store_true", help="one line per posting")
    parser.add_argument("--no-titles", action="store_true", help="also score title-blind resumes")
    parser.add_argument(
        "--wrong", action="store_true", help="dev postings whose best resume is of another one"
    )
    args = parser.parse_args()
    warm_up()
    figures: dict[str, SplitFigures] = {}
    for split in [args.split] if args.split else SPLITS:
        figures[split] = evaluate(*load_discipline_split(split, args.data))
        if args.no_titles:
            figures[f"{split} no-titles"] = evaluate(
                *load_discipline_split(split, args.data, no_titles=True)
            )
    print("(engineering disciplines: 'same-field top resume' = a resume of the posting's one)")
    report(figures, verbose=args.verbose, wrong=args.wrong)


if __name__ == "__main__":
    main()
