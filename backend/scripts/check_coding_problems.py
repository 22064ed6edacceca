"""Check the shipped coding problems against their reference solutions, in the sandbox.

    cd backend && ../.venv/bin/python -m scripts.check_coding_problems          # check only
    cd backend && ../.venv/bin/python -m scripts.check_coding_problems --write  # fill and save

Both references run every example and hidden test of every problem in
`app/data/coding_problems/*.json`. With `--write`, generated tests without an `expected` value
get the Python reference's answer and the files are written back (one line per expected value).
Needs bubblewrap, like any code run on the server. Exits 1 when any problem disagrees.
"""

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from app.coding.catalog import PROBLEMS_DIR, dumps_problems
from app.coding.problem_schemas import ProblemCreate
from app.coding.runners.local import LocalSandboxRunner
from app.coding.validation import check_problem
from app.core.config import CodeRunnerSettings


async def _check_file(runner: LocalSandboxRunner, path: Path, *, write: bool) -> int:
    raw = json.loads(await asyncio.to_thread(path.read_text, encoding="utf-8"))
    failures = 0
    for index, entry in enumerate(raw):
        data = ProblemCreate.model_validate(entry)
        started = time.perf_counter()
        result = await check_problem(runner, data)
        took = time.perf_counter() - started
        print(f"{'ok ' if result.ok else 'BAD'} {data.slug:40} {took:5.1f}s")
        for problem in result.problems:
            print(f"    {problem.language} / {problem.test}: {problem.message}")
        for warning in result.warnings:
            print(f"    warning: {warning}")
        failures += len(result.problems)
        raw[index] = {**entry, "tests": result.tests}
    if write:
        await asyncio.to_thread(path.write_text, dumps_problems(raw), encoding="utf-8")
    return failures


async def main(write: bool) -> int:
    runner = LocalSandboxRunner(CodeRunnerSettings(max_concurrency=2))
    failures = 0
    for path in sorted(PROBLEMS_DIR.glob("*.json")):
        print(f"== {path.name}")
        failures += await _check_file(runner, path, write=write)
    print(f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="fill expected values and save")
    sys.exit(asyncio.run(main(parser.parse_args().write)))
