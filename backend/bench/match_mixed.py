"""Matching within a field, with every other field in the pool: does a posting rank a resume
of its own kind of work above the other kinds of its field AND above the other fields?

A catalog of many fields holds several kinds of the same field at once (Java developers,
testers, network engineers; civil and mechanical engineers). bench.match_roles and
bench.match_disciplines score the kinds against each other only; bench.matching scores fields
only. Here the pool is both: the postings of the within-field sets (bench/match_role_sets.py,
bench/match_discipline_sets.py) against their resumes plus the resumes of every other field
of the same split of bench/match_sets.py (a resume in both sets counts once, with its kind).

Printed per split, as bench/matching.py prints (its helpers, the kind standing in for the
field): ROC-AUC per kind (its resumes against every other resume in the pool) and how many
postings have a resume of their kind as the best-scoring one; then the same AUC against the
field's other kinds only and against the other fields only, to show where a posting loses.

Session 20 (2026-12-06): roles among every field, mean ROC-AUC .897 dev / .844 test (same-role
top 25/62, 13/40); disciplines .914 / .930 (6/15, 13/17). Against other fields the kinds
score .92-1.00 (web/front-end .92/.77, whose resumes are mostly graphic designers); against
the field's other kinds .21-.98: what is left is telling kinds apart within a field.

    cd backend && ../.venv/bin/python -m bench.match_mixed [--split dev|test] [--verbose]
"""

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

from app.jobs.matching import match_resume_to_job  # noqa: E402
from bench.match_roles import load_labelled_split  # noqa: E402
from bench.matching import (  # noqa: E402
    SPLITS,
    Posting,
    Resume,
    SplitFigures,
    evaluate,
    load_split,
    report,
    roc_auc,
    warm_up,
)

# (within-field sets, their label, the bench.matching field they all belong to)
WITHIN_FIELD = (
    ("match_roles", "role", "software"),
    ("match_disciplines", "discipline", "engineering"),
)


def mixed_pool(
    kinds: list[Resume], field: str, every_field: list[Resume]
) -> tuple[list[Resume], set[str]]:
    """The kinds' resumes plus every other field's, each resume once; and the ids of the
    other fields' resumes."""
    ids = {resume.id for resume in kinds}
    others = [r for r in every_field if r.field != field and r.id not in ids]
    return kinds + others, {resume.id for resume in others}


def where_lost(
    postings: list[Posting], pool: list[Resume], other_fields: set[str]
) -> dict[str, tuple[float, float]]:
    """Per kind, the mean ROC-AUC of its resumes against the field's other kinds and against
    the other fields."""
    found: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for posting in postings:
        scores = {r.id: match_resume_to_job(r.parsed, posting.parsed).score for r in pool}
        own = [scores[r.id] for r in pool if r.field == posting.field]
        fields = [scores[r.id] for r in pool if r.id in other_fields]
        kinds = [
            scores[r.id] for r in pool if r.field != posting.field and r.id not in other_fields
        ]
        pair = (roc_auc(own, kinds), roc_auc(own, fields))
        if pair[0] == pair[0] and pair[1] == pair[1]:  # not NaN
            found[posting.field].append(pair)
    return {
        kind: (statistics.fmean(p[0] for p in pairs), statistics.fmean(p[1] for p in pairs))
        for kind, pairs in found.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, help="only this split (default: both)")
    parser.add_argument("--verbose", action="store_true", help="one line per posting")
    args = parser.parse_args()
    warm_up()
    for sets, label, field in WITHIN_FIELD:
        figures: dict[str, SplitFigures] = {}
        lost: dict[str, dict[str, tuple[float, float]]] = {}
        for split in [args.split] if args.split else SPLITS:
            postings, kinds = load_labelled_split(sets, label, split)
            pool, other_fields = mixed_pool(kinds, field, load_split(split)[1])
            figures[split] = evaluate(postings, pool)
            lost[split] = where_lost(postings, pool, other_fields)
        print(f"\n({sets} among every field: 'same-field top resume' = a resume of the {label})")
        report(figures, verbose=args.verbose, wrong=False)
        print(f"{'ROC-AUC against':34}" + "".join(f"{s + ' kinds/fields':>18}" for s in lost))
        for kind in sorted({k for by_kind in lost.values() for k in by_kind}):
            cells = [
                f"{by_kind[kind][0]:.3f} / {by_kind[kind][1]:.3f}" if kind in by_kind else "-"
                for by_kind in lost.values()
            ]
            print(f"  {kind:32}" + "".join(f"{cell:>18}" for cell in cells))


if __name__ == "__main__":
    main()
