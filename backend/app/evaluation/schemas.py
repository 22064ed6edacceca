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


class ScorePart(BaseModel):
    name: str
    value: float = Field(description="0-100 (relevance parts: 0-1 similarities or shares)")
    weight: float


class EvidenceSpan(BaseModel):
    label: str = Field(description="What the span shows: a key point or a structure component")
    text: str = Field(description="Words quoted verbatim from the answer")


class EvaluationWorking(BaseModel):
    """How the built-in evaluator reached its score, for the API and the UI to show."""

    rubric: str = Field(description='"key points", a question family, or "question"')
    framework: str = Field(description="STAR, reasoning or narrative")
    components: list[ScorePart] = Field(description="Sub-scores and their weights in the score")
    relevance_parts: list[ScorePart] = Field(description="The evidence behind relevance")
    gate: float = Field(description="Share of depth, structure and delivery counted (relevance)")
    length_factor: float
    evidence: list[EvidenceSpan] = Field(default_factory=list)


class AnswerEvaluation(BaseModel):
    scored: bool = Field(
        default=True, description="False: too little evidence to score (see abstain_reason)"
    )
    abstain_reason: str | None = None
    score: int | None = Field(ge=0, le=100, description="None when the answer was not scored")
    grade: Grade | None
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
    working: EvaluationWorking | None = None


GRADE_FLOORS: tuple[tuple[int, Grade], ...] = ((85, "A"), (70, "B"), (55, "C"), (40, "D"))


def grade_for(score: int) -> Grade:
    """One scale for every evaluator: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F."""
    return next((grade for floor, grade in GRADE_FLOORS if score >= floor), "F")
