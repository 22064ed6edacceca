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

import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from bench.match_roles import run_labelled_bench  # noqa: E402


def main() -> None:
    run_labelled_bench(
        __doc__.split("\n\n")[0],
        "match_disciplines",
        "discipline",
        "(engineering disciplines: 'same-field top resume' = a resume of the posting's one)",
    )


if __name__ == "__main__":
    main()
