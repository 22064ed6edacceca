"""Large test inputs described in a few words and made on the server, the same every time.

A generated test names one generator per argument, e.g. `{"ints": {"n": 100000, "lo": -1000,
"hi": 1000, "seed": 3}}`, instead of storing a hundred thousand numbers: the data file stays
small, admins can write them, and the failing input can still be described after the interview
("100,000 integers from -1000 to 1000"). Made in-process from a seeded `random.Random`.
"""

import json
import random
import string
from datetime import date as Day
from datetime import timedelta
from functools import lru_cache
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, RootModel, model_validator

MAX_ITEMS = 300_000
MAX_WEIGHT = 3_000_000
"""Roughly the JSON values one generated test may hold (numbers, characters, cells...)."""
LOWER = string.ascii_lowercase


def _ordered(span: tuple[int, int]) -> tuple[int, int]:
    if span[0] > span[1]:
        raise ValueError("the first bound must not exceed the second")
    return span


Span = Annotated[tuple[int, int], AfterValidator(_ordered)]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def weight(self) -> int:
        """Roughly how many JSON values it makes (bounded by MAX_WEIGHT)."""
        return 0


class Ints(_Spec):
    n: int = Field(ge=0, le=MAX_ITEMS)
    lo: int = Field(default=-1_000_000, ge=-(10**12), le=10**12)
    hi: int = Field(default=1_000_000, ge=-(10**12), le=10**12)
    seed: int = 0
    sorted: bool = False
    distinct: bool = False

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        _ordered((self.lo, self.hi))
        return self

    def weight(self) -> int:
        return self.n


class Text(_Spec):
    n: int = Field(ge=0, le=MAX_ITEMS)
    alphabet: str = Field(default=LOWER, min_length=1, max_length=200)
    seed: int = 0

    def weight(self) -> int:
        return self.n


class Words(_Spec):
    n: int = Field(ge=0, le=MAX_ITEMS)
    min_len: int = Field(default=1, ge=0, le=50)
    max_len: int = Field(default=8, ge=0, le=50)
    alphabet: str = Field(default=LOWER, min_length=1, max_length=200)
    seed: int = 0

    def weight(self) -> int:
        return self.n * (max(self.min_len, self.max_len) + 1)


class Repeat(_Spec):
    """`n` copies of `item`: a string repeated into one string, unless `as_list`."""

    item: Any
    n: int = Field(ge=0, le=MAX_ITEMS)
    as_list: bool = False

    def weight(self) -> int:
        return self.n * len(json.dumps(self.item))


class Grid(_Spec):
    rows: int = Field(ge=0, le=2000)
    cols: int = Field(ge=0, le=2000)
    values: list[Any] = Field(min_length=1, max_length=50)
    weights: list[float] | None = None
    seed: int = 0

    @model_validator(mode="after")
    def _weights(self) -> Self:
        if self.weights is not None and (
            len(self.weights) != len(self.values) or min(self.weights) < 0 or sum(self.weights) <= 0
        ):
            raise ValueError("weights: one non-negative weight per value, not all zero")
        return self

    def weight(self) -> int:
        return self.rows * self.cols


class Intervals(_Spec):
    n: int = Field(ge=0, le=MAX_ITEMS)
    max_start: int = Field(default=1_000_000, ge=1, le=10**12)
    max_len: int = Field(default=1000, ge=0, le=10**12)
    seed: int = 0

    def weight(self) -> int:
        return 2 * self.n


class Edges(_Spec):
    """`nodes` numbered 0..nodes-1; a DAG only points from lower to higher numbers (shuffled)."""

    nodes: int = Field(ge=1, le=MAX_ITEMS)
    edges: int = Field(ge=0, le=MAX_ITEMS)
    weights: Span | None = None
    dag: bool = False
    seed: int = 0

    def weight(self) -> int:
        return self.nodes + 3 * self.edges


class Tree(_Spec):
    """A binary tree as nested {"val", "left", "right"} objects; `bst` keeps the search order."""

    n: int = Field(ge=0, le=50_000)
    lo: int = Field(default=-1000, ge=-(10**12), le=10**12)
    hi: int = Field(default=1000, ge=-(10**12), le=10**12)
    bst: bool = False
    seed: int = 0

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        _ordered((self.lo, self.hi))
        return self

    def weight(self) -> int:
        return 4 * self.n


class RecordField(BaseModel):
    """One column of generated records: a choice, an int range, an id, a date or a number."""

    model_config = ConfigDict(extra="forbid")

    choice: list[Any] | None = Field(default=None, min_length=1)
    between: Span | None = Field(default=None, description="An integer in [lo, hi]")
    id: str | None = Field(default=None, max_length=20, description="Ids: prefix1, prefix2...")
    ref: tuple[str, Annotated[int, Field(ge=1)]] | None = Field(
        default=None, description="(prefix, count): prefix1..prefixN"
    )
    date: tuple[Day, Annotated[int, Field(ge=1, le=36_500)]] | None = Field(
        default=None, description="(first ISO day, day span)"
    )

    @model_validator(mode="after")
    def _one_kind(self) -> Self:
        given = [self.choice, self.between, self.id, self.ref, self.date]
        if sum(value is not None for value in given) != 1:
            raise ValueError("a field is exactly one of choice, between, id, ref or date")
        return self


class Records(_Spec):
    n: int = Field(ge=0, le=MAX_ITEMS)
    fields: dict[str, RecordField] = Field(min_length=1, max_length=12)
    seed: int = 0

    def weight(self) -> int:
        return self.n * len(self.fields)


class LogLines(_Spec):
    """`2024-05-01T10:00:07Z ERROR payments 184ms timeout talking to bank` style lines."""

    n: int = Field(ge=0, le=MAX_ITEMS)
    services: list[str] = Field(default=["api", "auth", "billing", "search"], min_length=1)
    levels: list[str] = Field(default=["INFO", "WARN", "ERROR"], min_length=1)
    seed: int = 0

    def weight(self) -> int:
        return 5 * self.n


class OpArg(BaseModel):
    model_config = ConfigDict(extra="forbid")

    between: Span | None = Field(default=None, description="An integer in [lo, hi]")
    choice: list[Any] | None = Field(default=None, min_length=1)
    clock: int | None = Field(
        default=None, ge=0, description="Non-decreasing time, steps up to this"
    )


class OpCall(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=60)
    args: list[OpArg] = Field(default_factory=list, max_length=8)
    weight: float = Field(default=1.0, gt=0)


class Ops(_Spec):
    """Operations on a class: the constructor's arguments, then `n` weighted random calls."""

    n: int = Field(ge=0, le=MAX_ITEMS)
    init: list[Any] = Field(default_factory=list)
    prelude: list[tuple[str, list[Any]]] = Field(
        default_factory=list, max_length=100, description="Calls made first, as written"
    )
    calls: list[OpCall] = Field(min_length=1, max_length=20)
    seed: int = 0

    def weight(self) -> int:
        return self.n * (2 + max(len(call.args) for call in self.calls))


class Range(_Spec):
    start: int = Field(default=0, ge=-(10**12), le=10**12)
    stop: int = Field(ge=-(10**12), le=10**12)
    step: int = Field(default=1, ge=-(10**12), le=10**12)

    @model_validator(mode="after")
    def _size(self) -> Self:
        if self.step == 0:
            raise ValueError("step must not be 0")
        if len(range(self.start, self.stop, self.step)) > MAX_ITEMS:
            raise ValueError(f"a range holds at most {MAX_ITEMS} numbers")
        return self

    def weight(self) -> int:
        return len(range(self.start, self.stop, self.step))


_KINDS: dict[str, type[_Spec]] = {
    "ints": Ints,
    "text": Text,
    "words": Words,
    "repeat": Repeat,
    "grid": Grid,
    "intervals": Intervals,
    "edges": Edges,
    "tree": Tree,
    "records": Records,
    "log_lines": LogLines,
    "ops": Ops,
    "range": Range,
}


class GeneratorSpec(RootModel[dict[str, Any]]):
    """`{"value": <literal>}` or `{<kind>: {<parameters>}}` with one of: ints, text, words,
    repeat, grid, intervals, edges, tree, records, log_lines, ops, range."""

    @model_validator(mode="after")
    def _known(self) -> Self:
        if len(self.root) != 1:
            raise ValueError("a generator names exactly one kind")
        if spec_weight(self.root) > MAX_WEIGHT:
            raise ValueError(f"a generated input holds at most about {MAX_WEIGHT:,} values")
        return self


def _parse(spec: dict[str, Any]) -> _Spec | None:
    ((kind, params),) = spec.items()
    if kind == "value":
        return None
    if kind not in _KINDS:
        raise ValueError(f"unknown generator {kind!r}; use value or one of {sorted(_KINDS)}")
    return _KINDS[kind].model_validate(params)


def spec_weight(spec: dict[str, Any]) -> int:
    """Roughly how many JSON values a spec makes."""
    parsed = _parse(spec)
    return len(json.dumps(spec["value"])) if parsed is None else parsed.weight()


def _ints(spec: Ints) -> list[int]:
    rng = random.Random(spec.seed)
    if spec.distinct:
        span = spec.hi - spec.lo + 1
        values = rng.sample(range(spec.lo, spec.hi + 1), min(spec.n, span))
    else:
        values = [rng.randint(spec.lo, spec.hi) for _ in range(spec.n)]
    return sorted(values) if spec.sorted else values


def _text(spec: Text) -> str:
    rng = random.Random(spec.seed)
    return "".join(rng.choices(spec.alphabet, k=spec.n))


def _words(spec: Words) -> list[str]:
    rng = random.Random(spec.seed)
    low, high = min(spec.min_len, spec.max_len), max(spec.min_len, spec.max_len)
    return ["".join(rng.choices(spec.alphabet, k=rng.randint(low, high))) for _ in range(spec.n)]


def _repeat(spec: Repeat) -> Any:
    if isinstance(spec.item, str) and not spec.as_list:
        return spec.item * spec.n
    return [spec.item] * spec.n


def _grid(spec: Grid) -> list[list[Any]]:
    rng = random.Random(spec.seed)
    return [rng.choices(spec.values, spec.weights, k=spec.cols) for _ in range(spec.rows)]


def _intervals(spec: Intervals) -> list[list[int]]:
    rng = random.Random(spec.seed)
    out = []
    for _ in range(spec.n):
        start = rng.randint(0, spec.max_start)
        out.append([start, start + rng.randint(0, spec.max_len)])
    return out


def _edges(spec: Edges) -> list[list[int]]:
    rng = random.Random(spec.seed)
    order = list(range(spec.nodes))
    rng.shuffle(order)
    out = []
    for _ in range(spec.edges):
        a, b = rng.randrange(spec.nodes), rng.randrange(spec.nodes)
        if spec.dag:
            if a == b:
                continue
            a, b = (a, b) if a < b else (b, a)
            a, b = order[a], order[b]
        edge = [a, b]
        if spec.weights:
            edge.append(rng.randint(*spec.weights))
        out.append(edge)
    return out


def _tree(spec: Tree) -> dict[str, Any] | None:
    rng = random.Random(spec.seed)
    values = [rng.randint(spec.lo, spec.hi) for _ in range(spec.n)]
    if spec.bst:
        values = list(dict.fromkeys(values))
        rng.shuffle(values)
        root: dict[str, Any] | None = None
        for value in values:
            root = _bst_insert(root, value)
        return root
    return _random_shape(values, rng)


def _bst_insert(root: dict[str, Any] | None, value: int) -> dict[str, Any]:
    node = {"val": value, "left": None, "right": None}
    if root is None:
        return node
    current = root
    while True:
        side = "left" if value < current["val"] else "right"
        if current[side] is None:
            current[side] = node
            return root
        current = current[side]


def _random_shape(values: list[int], rng: random.Random) -> dict[str, Any] | None:
    """Values placed in random free slots: a bushy tree of logarithmic-ish depth."""
    if not values:
        return None
    root: dict[str, Any] = {"val": values[0], "left": None, "right": None}
    free = [(root, "left"), (root, "right")]
    for value in values[1:]:
        index = rng.randrange(len(free))
        parent, side = free[index]
        free[index] = free[-1]
        free.pop()
        node: dict[str, Any] = {"val": value, "left": None, "right": None}
        parent[side] = node
        free += [(node, "left"), (node, "right")]
    return root


def _field(spec: RecordField, index: int, rng: random.Random) -> Any:
    if spec.id is not None:
        return f"{spec.id}{index + 1}"
    if spec.choice is not None:
        return rng.choice(spec.choice)
    if spec.between is not None:
        return rng.randint(*spec.between)
    if spec.ref is not None:
        return f"{spec.ref[0]}{rng.randint(1, spec.ref[1])}"
    if spec.date is not None:
        first, span = spec.date
        return (first + timedelta(days=rng.randrange(span))).isoformat()
    return None


def _records(spec: Records) -> list[dict[str, Any]]:
    rng = random.Random(spec.seed)
    return [
        {name: _field(field, index, rng) for name, field in spec.fields.items()}
        for index in range(spec.n)
    ]


_MESSAGES = ("timeout talking to upstream", "ok", "slow query", "cache miss", "retrying")


def _log_lines(spec: LogLines) -> list[str]:
    rng = random.Random(spec.seed)
    second = 0
    lines = []
    for _ in range(spec.n):
        second += rng.randint(0, 3)
        stamp = f"2024-05-01T{second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"
        level, service = rng.choice(spec.levels), rng.choice(spec.services)
        latency = rng.randint(1, 2000)
        lines.append(f"{stamp} {level} {service} {latency}ms {rng.choice(_MESSAGES)}")
    return lines


def _op_arg(arg: OpArg, rng: random.Random, clock: list[int]) -> Any:
    if arg.clock is not None:
        clock[0] += rng.randint(0, arg.clock)
        return clock[0]
    if arg.choice is not None:
        return rng.choice(arg.choice)
    if arg.between is not None:
        return rng.randint(*arg.between)
    return None


def _ops(spec: Ops) -> list[list[Any]]:
    rng = random.Random(spec.seed)
    clock = [0]
    weights = [call.weight for call in spec.calls]
    ops: list[list[Any]] = [["__init__", spec.init], *([n, a] for n, a in spec.prelude)]
    for call in rng.choices(spec.calls, weights, k=spec.n):
        ops.append([call.name, [_op_arg(arg, rng, clock) for arg in call.args]])
    return ops


def _range(spec: Range) -> list[int]:
    return list(range(spec.start, spec.stop, spec.step))


_MAKERS: dict[str, Any] = {
    "ints": _ints,
    "text": _text,
    "words": _words,
    "repeat": _repeat,
    "grid": _grid,
    "intervals": _intervals,
    "edges": _edges,
    "tree": _tree,
    "records": _records,
    "log_lines": _log_lines,
    "ops": _ops,
    "range": _range,
}


def make(spec: dict[str, Any]) -> Any:
    """The value one generator spec describes."""
    ((kind, params),) = spec.items()
    parsed = _parse(spec)
    return params if parsed is None else _MAKERS[kind](parsed)


@lru_cache(maxsize=24)
def make_args_json(specs_json: str) -> str:
    """The JSON arguments of a generated test, from its specs as JSON (cached: a problem's large
    inputs are made once per process, not per submission)."""
    specs = json.loads(specs_json)
    if len(specs) == 1 and "ops" in specs[0]:
        # A class problem's arguments are its list of operations.
        return json.dumps(make(specs[0]), separators=(",", ":"))
    return json.dumps([make(spec) for spec in specs], separators=(",", ":"))


def describe(spec: dict[str, Any]) -> str:
    """A few words on what a generator makes, for results after the interview."""
    ((kind, params),) = spec.items()
    if kind == "value":
        text = repr(params)
        return text if len(text) <= 60 else text[:57] + "..."
    size = params.get("n") or params.get("nodes") or params.get("rows")
    label = kind.replace("_", " ")
    return f"{label} ({size:,} items)" if isinstance(size, int) else label
