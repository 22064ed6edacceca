"""What the interview room sends and receives for a coding question.

Before the interview is completed a candidate sees, for hidden tests, only their names, kinds
and verdicts (and error messages of their own code): never a hidden input, expected value,
actual value or printed output. After completion `revealed` is true and the failing tests carry
their inputs and values.
"""

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.coding.efficiency import Efficiency
from app.coding.judge import Verdict
from app.coding.lint import Quality
from app.coding.problem_schemas import MAX_CODE, ProblemPublic, TestKind
from app.coding.runners.base import Language

SnapshotEvent = Literal["edit", "run", "submit"]


class CodingRound(BaseModel):
    """Coding problems to add to an interview (the wizard's "coding round")."""

    problems: int = Field(default=1, ge=1, le=3, description="How many problems")
    only: bool = Field(
        default=False, description="A coding round: only the problems, no talking questions"
    )
    language: Language = Field(default="python", description="The editor's starting language")
    difficulty: Literal["easy", "medium", "hard"] | None = Field(
        default=None, description="Left out: from the seniority (junior easy, senior harder)"
    )
    topics: (
        list[
            Literal[
                "arrays_strings",
                "hash_maps",
                "two_pointers",
                "stacks_queues",
                "trees_graphs",
                "dynamic_programming",
                "sql_data",
                "practical",
            ]
        ]
        | None
    ) = Field(default=None, max_length=8, description="Preferred topics")


class CodeIn(BaseModel):
    code: str = Field(min_length=1, max_length=MAX_CODE)
    language: Language


class SnapshotIn(CodeIn):
    code: str = Field(max_length=MAX_CODE)
    event: Literal["edit", "run"] = "edit"


class SnapshotSaved(BaseModel):
    seq: int
    taken_at: datetime
    stored: bool = Field(description="False when it repeated the last snapshot (nothing added)")
    count: int
    limit: int


class Snapshot(BaseModel):
    seq: int
    taken_at: datetime
    elapsed_s: float | None = Field(description="Seconds since the question was asked")
    language: Language
    event: SnapshotEvent
    code: str


class SnapshotList(BaseModel):
    items: list[Snapshot]
    count: int
    limit: int


class HintTaken(BaseModel):
    index: int = Field(description="0-based")
    text: str
    cost: int = Field(description="Points taken off this problem's score")
    penalty: int = Field(description="Total cost of the hints taken so far")
    remaining: int


class HintRead(BaseModel):
    index: int
    text: str
    cost: int
    taken_at: datetime


class Hints(BaseModel):
    used: list[HintRead]
    remaining: int
    cost_per_hint: int
    penalty: int


class ExampleResult(BaseModel):
    name: str
    input: str = Field(description="The arguments as JSON, without the outer brackets")
    expected: Any
    actual: Any = None
    passed: bool
    verdict: Verdict
    diff: str | None = Field(description="Where the returned value first differs")
    stdout: str
    error: str | None
    time_ms: float


class ExampleRun(BaseModel):
    """The public examples run on the server (the browser runs them itself when it can)."""

    verdict: Verdict
    load_error: str | None
    results: list[ExampleResult]
    runner: str


class HiddenTestResult(BaseModel):
    name: str = Field(description="What the test is about, e.g. 'an empty list'")
    kind: TestKind
    verdict: Verdict
    time_ms: float
    error: str | None = Field(description="The error the code raised, if any")
    input: str | None = Field(
        default=None,
        description="After the interview only: the arguments, or what a generated input is",
    )
    expected: str | None = Field(default=None, description="After the interview only: JSON text")
    actual: str | None = Field(default=None, description="After the interview only: JSON text")
    diff: str | None = Field(default=None, description="After the interview only")
    stdout: str | None = Field(default=None, description="After the interview only")


class KindCount(BaseModel):
    passed: int
    total: int


class SubmissionRead(BaseModel):
    id: uuid.UUID
    submitted_at: datetime
    language: Language
    verdict: Verdict
    passed: int = Field(description="Hidden tests passed")
    total: int
    by_kind: dict[TestKind, KindCount]
    load_error: str | None = Field(description="Why the code did not run (a syntax error...)")
    correctness: int = Field(description="0-100: share of the normal and edge tests passed")
    efficiency: Efficiency
    quality: Quality
    score: int = Field(description="Before the hints' cost")
    runner: str = Field(description="local (the bubblewrap sandbox) or piston")
    duration_ms: float
    revealed: bool = Field(description="Whether hidden inputs and values are included")
    tests: list[HiddenTestResult]
    code: str
    follow_up_question_id: uuid.UUID | None = Field(
        description="The interviewer's question about this code, asked next"
    )


class SubmissionSummary(BaseModel):
    id: uuid.UUID
    submitted_at: datetime
    language: Language
    verdict: Verdict
    passed: int
    total: int
    score: int


class CodingQuestionRead(BaseModel):
    question_id: uuid.UUID
    interview_id: uuid.UUID
    status: str = Field(description="The interview question's status: pending, asked...")
    language: Language
    problem: ProblemPublic
    hints: Hints
    submissions: list[SubmissionSummary] = Field(description="Oldest first")
    latest_submission: SubmissionRead | None
    follow_up_question_id: uuid.UUID | None
    snapshot_count: int
    snapshot_limit: int
    score: int | None = Field(description="Last submission's score less the hints' cost")
    revealed: bool
