"""Resume layouts in the wild (Indeed exports, LinkedIn PDF exports, two-column templates, plain
resumes with degrees in every common form): how many resumes get their most recent job, their
whole job list, their highest degree and their education entries right, on each set of
tests/fixtures/resume_layouts (how each was used for tuning: SOURCES.md there).

    cd backend && ../.venv/bin/python -m bench.resume_layouts [--show-misses dev]

Each document is rendered as users upload it (text, or a PDF drawn with reportlab), extracted
with `extract_text` and parsed with `parse_resume_text`, as the upload route does."""

import argparse
import statistics
import time
from datetime import date

from app.resumes.extraction import extract_text
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text
from tests.resumes.layout_documents import SETS, LayoutFixture, load_set

TODAY = date(2025, 6, 15)
CHECKS = ("first title", "first company", "all jobs", "highest degree", "education")


def jobs_of(parsed: ParsedResume) -> list[dict]:
    return [
        {"title": job.title, "company": job.company, "start": job.start, "end": job.end}
        for job in parsed.experience
    ]


def education_of(parsed: ParsedResume) -> list[dict]:
    return [
        {"level": entry.level, "field": entry.field, "institution": entry.institution}
        for entry in parsed.education
    ]


def check(fixture: LayoutFixture, parsed: ParsedResume) -> dict[str, tuple[bool, object, object]]:
    """Each check: (passed, expected, found)."""
    expected = fixture.expected
    jobs = jobs_of(parsed)
    first = jobs[0] if jobs else {"title": None, "company": None}
    wanted_first = expected["jobs"][0]
    pairs = {
        "first title": (wanted_first["title"], first["title"]),
        "first company": (wanted_first["company"], first["company"]),
        "all jobs": (expected["jobs"], jobs),
        "highest degree": (expected["highest_degree"], parsed.highest_degree),
        "education": (expected["education"], education_of(parsed)),
    }
    return {name: (want == got, want, got) for name, (want, got) in pairs.items()}


def run_set(set_name: str, *, show_misses: bool) -> list[float]:
    fixtures = load_set(set_name)
    passed = dict.fromkeys(CHECKS, 0)
    parse_ms: list[float] = []
    for fixture in fixtures:
        text = extract_text(fixture.document()).text
        started = time.perf_counter()
        parsed = parse_resume_text(text, today=TODAY)
        parse_ms.append((time.perf_counter() - started) * 1000)
        for name, (ok, want, got) in check(fixture, parsed).items():
            passed[name] += ok
            if show_misses and not ok:
                print(f"  MISS {fixture.file_name} [{name}]\n    want {want}\n    got  {got}")
    print(f"{set_name}: {len(fixtures)} resumes")
    for name in CHECKS:
        print(f"  {name:15} {passed[name]:3d} / {len(fixtures)}")
    return parse_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", choices=SETS, help="print what a set got wrong")
    args = parser.parse_args()
    times: list[float] = []
    for set_name in SETS:
        times += run_set(set_name, show_misses=args.show_misses == set_name)
    print(
        f"parse time per resume: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"
    )


if __name__ == "__main__":
    main()
