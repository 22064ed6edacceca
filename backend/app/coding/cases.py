"""From a problem to the jobs a runner takes: names per language, starter code, and each
example or hidden test as concrete arguments with its time limit."""

import json
import re
from dataclasses import dataclass
from typing import Any

from app.coding.generators import describe, make_args_json
from app.coding.problem_schemas import Signature, TestKind
from app.coding.runners.base import Language, RunJob, TestInput

LARGE_TIME_FACTOR = 2
MAX_DESCRIBED_INPUT = 300


def camel(name: str) -> str:
    """`two_sum` -> `twoSum`; class names stay as they are."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def entry_name(signature: Signature, language: Language) -> str:
    if language == "python" or signature.kind == "class":
        return signature.name
    return camel(signature.name)


def _params(params: list[str], language: Language) -> str:
    return ", ".join(camel(p) if language == "javascript" else p for p in params)


def starter_code(signature: Signature, language: Language) -> str:
    """An empty solution with the right names, for the editor to start from."""
    if signature.kind == "function":
        params = _params(signature.params, language)
        if language == "python":
            return f"def {signature.name}({params}):\n    pass\n"
        return f"function {camel(signature.name)}({params}) {{\n\n}}\n"
    init = _params(signature.params, language)
    if language == "python":
        methods = "".join(
            f"\n    def {m.name}(self{', ' if m.params else ''}{_params(m.params, language)}):"
            "\n        pass\n"
            for m in signature.methods
        )
        return (
            f"class {signature.name}:\n    def __init__(self{', ' if init else ''}{init}):\n"
            f"        pass\n{methods}"
        )
    methods = "".join(
        f"\n  {camel(m.name)}({_params(m.params, language)}) {{\n  }}\n" for m in signature.methods
    )
    return f"class {signature.name} {{\n  constructor({init}) {{\n  }}\n{methods}}}\n"


def _ops_for(args: list[Any], language: Language) -> list[Any]:
    """Class operations with method names in the language's style."""
    if language == "python":
        return args
    return [[op[0] if i == 0 else camel(op[0]), op[1]] for i, op in enumerate(args)]


@dataclass(frozen=True)
class Case:
    """One example or hidden test, ready to run and to judge."""

    name: str
    kind: TestKind
    args_json: str
    expected: Any
    time_limit_ms: int
    size: int | None
    described_input: str

    @property
    def large(self) -> bool:
        return self.kind == TestKind.LARGE


def _describe_args(args_json: str, generate: list[dict[str, Any]] | None) -> str:
    if generate:
        return ", ".join(describe(spec) for spec in generate)
    text = args_json[1:-1]
    if len(text) > MAX_DESCRIBED_INPUT:
        text = text[: MAX_DESCRIBED_INPUT - 1] + "…"
    return text


def _size_of(test: dict[str, Any]) -> int | None:
    if test.get("size"):
        return int(test["size"])
    for spec in test.get("generate") or []:
        for params in spec.values():
            if isinstance(params, dict):
                for key in ("n", "nodes", "rows"):
                    if isinstance(params.get(key), int):
                        return int(params[key])
    return None


def test_case(test: dict[str, Any], *, time_limit_ms: int) -> Case:
    """A stored hidden test as a `Case` (generated arguments are made here, cached)."""
    generate = test.get("generate")
    if generate:
        args_json = make_args_json(json.dumps(generate, sort_keys=True))
    else:
        args_json = json.dumps(test["args"], separators=(",", ":"))
    kind = TestKind(test.get("kind", "normal"))
    limit = test.get("time_limit_ms") or (
        time_limit_ms * LARGE_TIME_FACTOR if kind == TestKind.LARGE else time_limit_ms
    )
    return Case(
        name=test["name"],
        kind=kind,
        args_json=args_json,
        expected=test.get("expected"),
        time_limit_ms=int(limit),
        size=_size_of(test),
        described_input=_describe_args(args_json, generate),
    )


def example_cases(examples: list[dict[str, Any]], *, time_limit_ms: int) -> list[Case]:
    return [
        test_case(
            {"name": f"Example {number}", "args": ex["args"], "expected": ex["expected"]},
            time_limit_ms=time_limit_ms,
        )
        for number, ex in enumerate(examples, start=1)
    ]


def hidden_cases(tests: list[dict[str, Any]], *, time_limit_ms: int) -> list[Case]:
    """Normal and edge tests first, then large ones from the smallest: a large input that runs
    out of time ends the larger ones (they are skipped), bounding the whole run."""
    cases = [test_case(test, time_limit_ms=time_limit_ms) for test in tests]
    small = [case for case in cases if not case.large]
    large = sorted((case for case in cases if case.large), key=lambda case: case.size or 0)
    return small + large


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def run_job(signature: Signature, language: Language, code: str, cases: list[Case]) -> RunJob:
    entry = entry_name(signature, language)
    assert _IDENT.match(entry)
    tests = []
    for case in cases:
        args_json = case.args_json
        if signature.kind == "class" and language == "javascript":
            args_json = json.dumps(_ops_for(json.loads(args_json), language))
        tests.append(TestInput(args_json, case.time_limit_ms, case.large))
    return RunJob(language, code, signature.kind, entry, tests)
