"""The coding section of a completed interview's results, as the results page reads it."""

import uuid

from pydantic import BaseModel, Field

from app.coding.efficiency import Efficiency
from app.coding.judge import Verdict
from app.coding.lint import Quality
from app.coding.problem_schemas import Difficulty, Topic
from app.coding.runners.base import Language
from app.coding.schemas import HiddenTestResult
from app.evaluation.schemas import AnswerEvaluation
from app.interviews.states import EvaluationStatus, QuestionStatus


class ModelSolution(BaseModel):
    approach: str
    time: str
    space: str
    alternatives: list[str]
    python: str
    javascript: str


class Explanation(BaseModel):
    """The follow-up about the candidate's code and how they answered it."""

    question_id: uuid.UUID
    question: str
    transcript: str | None
    evaluation_status: EvaluationStatus | None
    score: int | None = Field(description="The evaluator's score of the answer, 0-100")
    evaluation: AnswerEvaluation | None


class CodingProblemResult(BaseModel):
    question_id: uuid.UUID
    position: int
    slug: str
    title: str
    difficulty: Difficulty | None
    topic: Topic | None
    status: QuestionStatus
    language: Language
    submitted: bool
    verdict: Verdict | None
    hidden_passed: int
    hidden_total: int
    failing: list[HiddenTestResult] = Field(description="Failed hidden tests, inputs included")
    correctness: int | None
    efficiency: Efficiency | None
    quality: Quality | None
    explanation: Explanation | None
    hints_used: int
    hint_penalty: int
    score: int | None = Field(description="The submission's score less the hints' cost")
    code: str | None = Field(description="The last code submitted")
    submissions: int
    snapshots: int = Field(description="Snapshots in the code timeline (GET .../snapshots)")
    first_submission_s: float | None = Field(
        description="Seconds from the question being asked to the first submission"
    )
    model_solution: ModelSolution | None


class CodingResults(BaseModel):
    score: int | None = Field(
        description="Average over the coding problems; an unsubmitted one counts 0"
    )
    pending: bool = Field(description="Some explanation is still being evaluated")
    problems: list[CodingProblemResult]
