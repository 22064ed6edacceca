"""What an answer evaluator receives and returns, whichever evaluator it is."""

from typing import Literal

from pydantic import BaseModel, Field

from app.questions.bank import QuestionCategory

Grade = Literal["A", "B", "C", "D", "F"]


class EvaluationInput(BaseModel):
    question: str
    category: QuestionCategory
    key_points: list[str]
    model_answer: str | None = None
    skills: list[str] = Field(default_factory=list)
    answer: str


class CoveredPoint(BaseModel):
    point: str
    evidence: str = Field(description="Words quoted verbatim from the answer")


class AnswerEvaluation(BaseModel):
    score: int = Field(ge=0, le=100)
    grade: Grade
    relevance: int = Field(ge=0, le=100)
    depth: int = Field(ge=0, le=100)
    structure: int = Field(ge=0, le=100)
    communication: int = Field(ge=0, le=100)
    key_points_covered: list[CoveredPoint]
    key_points_missed: list[str]
    remark: str
    suggestion: str
    model_answer: str | None = None
    evaluator: str = Field(default="local", description="local, gemini or openai_compat")
    signals: dict[str, float | int | str] = Field(
        default_factory=dict, description="The measurements behind the scores (explainability)"
    )


GRADE_FLOORS: tuple[tuple[int, Grade], ...] = ((85, "A"), (70, "B"), (55, "C"), (40, "D"))


def grade_for(score: int) -> Grade:
    """One scale for every evaluator: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F."""
    return next((grade for floor, grade in GRADE_FLOORS if score >= floor), "F")
