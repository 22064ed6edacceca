"""Would the kind of work (bench/kind_spread.py) help matching within a field? Measured on the
dev within-field sets, with the field-level guards beside them.

Printed:

1. alone: each posting ranks the resumes by kind agreement only, on bench.match_roles and
   bench.match_disciplines (dev and test), beside the matcher's own figures;
2. folded in (dev only): the matcher's occupation part lowered by how far the resume's kinds
   differ from the posting's within the fields they share (GAMMAS: 0 is the matcher as it is),
   with the guards it must not break: bench.matching dev and the generic, export and career
   cases of bench.match_title_cases.

Session 19 (2026-12-06), matcher of 9dbe02d. Alone, the kind ranks within a field better
than the matcher on both splits (mean ROC-AUC roles .809 dev / .745 test, disciplines .686 /
.718; the matcher .765 / .695 and .568 / .575). Every way of folding it in tried so far moves
field-level picks (of 90 dev postings): lowered at gamma 0.15, roles .780 and disciplines .588
but matching dev 88 -> 86, export 81 -> 78, career 84 -> 77; added to the occupation part
(0.15 x kind agreement), roles .773, export 78, career 80; a lift for resumes whose top field
is the posting's, generic 80 -> 65 (a marketing resume read mostly as sales lifted over the
salespeople); a lift gated on field agreement of 0.6 or 0.8 gained nothing within the field.
The best lowering found gates on sure field agreement (0.8 rising to 0.95, 0.3 of the field's
part): roles .786, disciplines .592 with titles, but title-blind no better (roles .718,
disciplines .563) and field-level picks still lost (stray 84 -> 80, export 81 -> 79, devwide
118 -> 116 of 122), so it was not kept either. Many of the lost picks go to one dev resume,
an "ENGINEERING MANAGER" (LiveCareer ENGINEERING) who is a software test manager: the kind
reads it rightly as a tester and lifts it for software testing postings, and the bench counts
that wrong; on test, 13 of 26 wrong field-level picks likewise go to one "WEBSITE DESIGNER"
(design) whose jobs are "Senior Software Developer". The sets' rule (category and headline
agree) does not catch resumes whose work is another field's.
So the matcher does not use it: a kind read surely enough to move field-level picks, or
field-level picks that do not rest on near-ties, is the open problem.

    cd backend && ../.venv/bin/python -m bench.kind_signal
"""

import sys
import types
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:  # run as a script: make `app` importable
    sys.path.insert(0, str(BACKEND))

import app.jobs.matching as matching  # noqa: E402
import bench.matching as bench_matching  # noqa: E402
from app.jobs.match_family import FIELD_SHARE  # noqa: E402
from app.jobs.match_occupation import OccupationFit  # noqa: E402
from app.jobs.match_specialism import Specialism  # noqa: E402
from app.jobs.parsed import ParsedJob  # noqa: E402
from app.resumes.parsed import ParsedResume  # noqa: E402
from bench import match_title_cases  # noqa: E402
from bench.kind_spread import job_kinds, kind_agreement, resume_kinds  # noqa: E402
from bench.match_roles import load_labelled_split  # noqa: E402
from bench.matching import Posting, Resume  # noqa: E402

GAMMAS = (0.0, 0.15, 0.3, 0.5)
Scorer = Callable[[ParsedResume, ParsedJob], object]
WITHIN = (("match_roles", "role"), ("match_disciplines", "discipline"))


def kind_score(resume: ParsedResume, job: ParsedJob) -> types.SimpleNamespace:
    return types.SimpleNamespace(score=kind_agreement(job_kinds(job), resume_kinds(resume)))


def folded(gamma: float) -> Scorer:
    """match_resume_to_job with the occupation part lowered by kind disagreement."""
    real_lift = matching.specialism_lift
    real_match = matching.match_resume_to_job

    def match(resume: ParsedResume, job: ParsedJob) -> object:
        def lift(occupation: OccupationFit, specialism: Specialism) -> OccupationFit:
            fit = real_lift(occupation, specialism)
            agreement = fit.field_agreement
            if gamma == 0 or not fit.applies or agreement <= 0:
                return fit
            kind = min(1.0, kind_agreement(job_kinds(job), resume_kinds(resume)) / agreement)
            loss = FIELD_SHARE * agreement * gamma * (1 - kind)
            return replace(fit, score=max(0.0, fit.score - loss))

        matching.specialism_lift = lift
        try:
            return real_match(resume, job)
        finally:
            matching.specialism_lift = real_lift

    return match


def figures(scorer: Scorer, postings: list[Posting], resumes: list[Resume]) -> str:
    bench_matching.match_resume_to_job = scorer  # type: ignore[assignment]
    found = bench_matching.evaluate(postings, resumes)
    return f"{found.mean_auc:.3f} {found.same_field_top:>2}/{found.rankable}"


def main() -> None:
    bench_matching.warm_up()
    matcher = matching.match_resume_to_job
    print("alone (mean ROC-AUC, same-kind top)    kind alone        matcher")
    for sets, label in WITHIN:
        for split in ("dev", "test"):
            postings, resumes = load_labelled_split(sets, label, split, bench_matching.DATA)
            alone = figures(kind_score, postings, resumes)
            print(f"  {sets} {split:<5} {alone:>22} {figures(matcher, postings, resumes):>14}")
    within = {
        sets: load_labelled_split(sets, label, "dev", bench_matching.DATA) for sets, label in WITHIN
    }
    postings, resumes = bench_matching.load_split("dev")
    guards = {"dev": resumes} | {
        case: match_title_cases.rewritten(resumes, match_title_cases.CASES[case])
        for case in ("generic", "export", "career")
    }
    print("folded in, dev: gamma | roles | disciplines | matching " + " | ".join(guards))
    for gamma in GAMMAS:
        scorer = folded(gamma)
        row = [figures(scorer, *within[sets]) for sets, _ in WITHIN]
        row += [figures(scorer, postings, guarded) for guarded in guards.values()]
        print(f"  {gamma:.2f} | " + " | ".join(row), flush=True)


if __name__ == "__main__":
    main()
