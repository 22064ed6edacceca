"""Coding problems as admins write, import and export them, and as candidates see them.

A problem is a function (or a class, for design problems such as a rate limiter) with a
statement, public examples, hidden tests (edge cases and large generated inputs among them),
reference solutions in Python and JavaScript that every test is checked against on save, the
reasoning of a model solution, hints and the points a good explanation covers.
"""

import re
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.coding.generators import MAX_WEIGHT, GeneratorSpec, spec_weight
from app.core.validation import omittable

IDENTIFIER = r"^[a-z_][a-z0-9_]{0,59}$"
CLASS_NAME = r"^[A-Z][A-Za-z0-9]{0,59}$"
MAX_TESTS = 60
MAX_CODE = 20_000
MAX_PROBLEM_WEIGHT = 10_000_000


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Topic(StrEnum):
    ARRAYS_STRINGS = "arrays_strings"
    HASH_MAPS = "hash_maps"
    TWO_POINTERS = "two_pointers"
    STACKS_QUEUES = "stacks_queues"
    TREES_GRAPHS = "trees_graphs"
    DYNAMIC_PROGRAMMING = "dynamic_programming"
    SQL_DATA = "sql_data"
    PRACTICAL = "practical"


TOPIC_LABELS: dict[Topic, str] = {
    Topic.ARRAYS_STRINGS: "Arrays and strings",
    Topic.HASH_MAPS: "Hash maps",
    Topic.TWO_POINTERS: "Two pointers and sliding windows",
    Topic.STACKS_QUEUES: "Stacks and queues",
    Topic.TREES_GRAPHS: "Trees and graphs",
    Topic.DYNAMIC_PROGRAMMING: "Dynamic programming",
    Topic.SQL_DATA: "SQL-style data questions",
    Topic.PRACTICAL: "Practical: parsing, caches, rate limiting",
}


class Comparison(StrEnum):
    """How a returned value is compared with the expected one."""

    EXACT = "exact"
    UNORDERED = "unordered"
    """The top-level list in any order."""
    UNORDERED_NESTED = "unordered_nested"
    """The top-level list and each list inside it in any order (groups of anagrams)."""
    FLOAT = "float"
    """Numbers equal within 1e-6."""


class TestKind(StrEnum):
    __test__ = False

    NORMAL = "normal"
    EDGE = "edge"
    LARGE = "large"


class Method(BaseModel):
    name: str = Field(pattern=IDENTIFIER)
    params: list[str] = Field(default_factory=list, max_length=8)


class Signature(BaseModel):
    """Python names; JavaScript uses the camelCase of each (`two_sum` -> `twoSum`)."""

    kind: Literal["function", "class"] = "function"
    name: str = Field(description="snake_case function, or PascalCase class")
    params: list[str] = Field(default_factory=list, max_length=8, description="Constructor's too")
    methods: list[Method] = Field(default_factory=list, max_length=10)

    @model_validator(mode="after")
    def _names(self) -> "Signature":
        pattern = CLASS_NAME if self.kind == "class" else IDENTIFIER
        if not re.match(pattern, self.name):
            raise ValueError(f"name must match {pattern} for a {self.kind}")
        if any(not re.match(IDENTIFIER, param) for param in self.params):
            raise ValueError("parameters must be snake_case identifiers")
        if self.kind == "class" and not self.methods:
            raise ValueError("a class problem lists its methods")
        return self


class Example(BaseModel):
    args: list[Any] = Field(description="Arguments, in order (class problems: the operations)")
    expected: Any
    explanation: str = Field(default="", max_length=1000)


class TestCase(BaseModel):
    """A hidden test: literal `args`, or arguments made by `generate` (large inputs)."""

    __test__ = False

    name: str = Field(min_length=2, max_length=120, description="e.g. 'an empty list'")
    kind: TestKind = TestKind.NORMAL
    args: list[Any] | None = None
    generate: list[GeneratorSpec] | None = Field(default=None, max_length=8)
    expected: Any = Field(
        default=None, description="Left out for generated tests: the reference fills it in"
    )
    size: int | None = Field(default=None, ge=1, description="Input size, for complexity")
    time_limit_ms: int | None = Field(default=None, ge=50, le=10_000)

    @model_validator(mode="after")
    def _one_source(self) -> "TestCase":
        if (self.args is None) == (self.generate is None):
            raise ValueError("give either args or generate")
        if self.args is not None and "expected" not in self.model_fields_set:
            raise ValueError("a test with literal args needs its expected value")
        if self.weight() > MAX_WEIGHT:
            raise ValueError(f"a test's inputs hold at most about {MAX_WEIGHT:,} values")
        return self

    def weight(self) -> int:
        """Roughly how many JSON values its generated arguments hold."""
        return sum(spec_weight(spec.root) for spec in self.generate or [])


class Solution(BaseModel):
    approach: str = Field(min_length=10, max_length=4000, description="The model solution's idea")
    time: str = Field(max_length=80, description="e.g. O(n)")
    space: str = Field(max_length=80, description="e.g. O(n)")
    alternatives: list[str] = Field(default_factory=list, max_length=5)


class References(BaseModel):
    python: str = Field(min_length=10, max_length=MAX_CODE)
    javascript: str = Field(min_length=10, max_length=MAX_CODE)


class ProblemFields(BaseModel):
    title: str = Field(min_length=3, max_length=120)
    difficulty: Difficulty
    topic: Topic
    skills: list[str] = Field(default_factory=list, max_length=15)
    role_families: list[str] = Field(default_factory=list, max_length=10)
    summary: str = Field(min_length=10, max_length=500, description="What the interviewer says")
    statement: str = Field(min_length=20, max_length=8000, description="Markdown")
    signature: Signature
    comparison: Comparison = Comparison.EXACT
    examples: list[Example] = Field(min_length=1, max_length=6)
    tests: list[TestCase] = Field(min_length=3, max_length=MAX_TESTS)
    time_limit_ms: int = Field(default=1000, ge=50, le=10_000, description="Per test")
    reference: References
    solution: Solution
    hints: list[str] = Field(default_factory=list, max_length=5)
    explanation_points: list[str] = Field(min_length=1, max_length=8)

    @model_validator(mode="after")
    def _bounded_inputs(self) -> "ProblemFields":
        if sum(test.weight() for test in self.tests) > MAX_PROBLEM_WEIGHT:
            raise ValueError(
                f"a problem's generated inputs hold at most about {MAX_PROBLEM_WEIGHT:,} values"
            )
        return self

    @field_validator("hints", "explanation_points", "skills", "role_families")
    @classmethod
    def _no_blanks(cls, values: list[str]) -> list[str]:
        cleaned = [value.strip() for value in values]
        if any(not value for value in cleaned):
            raise ValueError("entries must not be blank")
        return cleaned


class ProblemCreate(ProblemFields):
    slug: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")


class ProblemUpdate(BaseModel):
    """Only the fields sent change; the tests are checked against the references again."""

    title: str = omittable(min_length=3, max_length=120)
    difficulty: Difficulty = omittable()
    topic: Topic = omittable()
    skills: list[str] = omittable(max_length=15)
    role_families: list[str] = omittable(max_length=10)
    summary: str = omittable(min_length=10, max_length=500)
    statement: str = omittable(min_length=20, max_length=8000)
    signature: Signature = omittable()
    comparison: Comparison = omittable()
    examples: list[Example] = omittable(min_length=1, max_length=6)
    tests: list[TestCase] = omittable(min_length=3, max_length=MAX_TESTS)
    time_limit_ms: int = omittable(ge=50, le=10_000)
    reference: References = omittable()
    solution: Solution = omittable()
    hints: list[str] = omittable(max_length=5)
    explanation_points: list[str] = omittable(min_length=1, max_length=8)
    archived: bool = omittable()


class ProblemRead(ProblemFields):
    """Everything, hidden tests and references included (admins)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    slug: str
    archived: bool
    created_at: datetime
    updated_at: datetime


class ProblemSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    slug: str
    title: str
    difficulty: Difficulty
    topic: Topic
    skills: list[str]
    test_count: int
    archived: bool
    updated_at: datetime


class ProblemList(BaseModel):
    items: list[ProblemSummary]
    total: int
    page: int
    page_size: int


class StarterCode(BaseModel):
    python: str
    javascript: str


class EntryNames(BaseModel):
    python: str
    javascript: str


class PublicExample(BaseModel):
    args: list[Any]
    expected: Any
    explanation: str


class ProblemPublic(BaseModel):
    """What a candidate sees during the interview: never the hidden tests or the references."""

    slug: str
    title: str
    difficulty: Difficulty
    topic: Topic
    skills: list[str]
    statement: str
    signature: Signature
    entry: EntryNames = Field(description="The function or class to define, per language")
    params: EntryNames = Field(description="Parameter lists as written in each language")
    comparison: Comparison
    examples: list[PublicExample]
    starter_code: StarterCode
    time_limit_ms: int
    hidden_test_count: int
    hint_count: int


class ValidationProblem(BaseModel):
    language: str
    test: str
    message: str


class ImportResult(BaseModel):
    created: int
    updated: int


class CatalogTopic(BaseModel):
    topic: Topic
    label: str
    counts: dict[Difficulty, int]


class CodingCatalog(BaseModel):
    """What a candidate can choose for a coding round."""

    topics: list[CatalogTopic]
    languages: list[Literal["python", "javascript"]]
    difficulties: list[Difficulty]
