"""What the occupational knowledge costs a process: the time to import and load it, the memory
it adds (RSS, from /proc/self/status), and the time of typical lookups.

    cd backend && ../.venv/bin/python -m bench.knowledge [--repeats 200]

Each load runs in this fresh process once (they happen once per process in the app). numpy
is imported first and reported apart: the app already imports it for recordings.
"""

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

AIM_LOAD_S = 2.0
AIM_RSS_MB = 150.0
SKILL_QUERIES = ("AUTO CAD", "k8s", "microsoft excel", "Registered nursing", "spanish")
PREFIXES = ("py", "ex", "auto", "c", "nurs", "sales")
TITLES = (
    "Sr. Mechanical Design Engineer",
    "Registered Nurse",
    "Civil Engineer",
    "Account Executive",
    "Senior Software Engineer",
    "Frontend Developer",
)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measured(label: str, action: Callable[[], object]) -> tuple[float, float]:
    before, started = rss_mb(), time.perf_counter()
    action()
    seconds, added = time.perf_counter() - started, rss_mb() - before
    print(f"{label:<34} {seconds * 1000:8.0f} ms {added:8.1f} MB")
    return seconds, added


def per_call_ms(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()

    print(f"{'step':<34} {'time':>11} {'RSS added':>11}")
    measured("import numpy (already in the app)", lambda: __import__("numpy"))
    import_s, import_mb = measured(
        "import app.knowledge", lambda: __import__("app.knowledge.store")
    )
    from app.knowledge.store import get_knowledge

    knowledge = get_knowledge()
    skills_s, skills_mb = measured("load skills (first skill lookup)", lambda: knowledge.skills)
    occupations_s, occupations_mb = measured(
        "load occupations (first title lookup)", lambda: knowledge.occupations
    )
    total_s = import_s + skills_s + occupations_s
    total_mb = import_mb + skills_mb + occupations_mb
    print(f"{'total':<34} {total_s * 1000:8.0f} ms {total_mb:8.1f} MB")
    print(
        f"aim: load <= {AIM_LOAD_S:.1f} s (start-up pays none of it: loading is lazy), "
        f"RSS <= {AIM_RSS_MB:.0f} MB with the model"
    )
    manifest = knowledge.manifest
    counts = manifest["counts"]
    print(
        f"{counts['skills']} skills, {counts['aliases']} aliases, "
        f"{counts['occupations']} occupations, {counts['occupation_titles']} titles"
    )

    print(f"\n{'lookup':<44} {'median':>9} {'p95':>9}")
    cases: list[tuple[str, Callable[[], object]]] = []
    cases += [(f"skill {q!r}", partial(knowledge.skills.get, q)) for q in SKILL_QUERIES]
    cases += [(f"autocomplete {p!r}", partial(knowledge.skills.search, p)) for p in PREFIXES]
    cases += [(f"title {t!r}", partial(knowledge.occupations.search, t)) for t in TITLES]
    for label, action in cases:
        median, p95 = per_call_ms(action, args.repeats)
        print(f"{label:<44} {median:7.2f}ms {p95:7.2f}ms")


if __name__ == "__main__":
    main()
