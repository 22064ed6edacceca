"""What an answer evaluator receives and returns, whichever evaluator it is."""

from typing import Literal

from pydantic import BaseModel, Field

from app.evaluation.timings import AnswerTimings
from app.questions.bank import QuestionCategory

Grade = Literal["A", "B", "C", "D", "F"]


class EvaluationInput(BaseModel):
    question: str
    category: QuestionCategory
    key_points: list[str]
    model_answer: str | None = None
    skills: list[str] = Field(default_factory=list)
    answer: str
    spoken: bool = Field(
        default=False, description="Said out loud (captions, a transcription); False: typed"
    )
    timings: AnswerTimings | None = Field(
        default=None, description="When each phrase of a spoken answer was said"
    )


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


class Deduction(BaseModel):
    name: str = Field(description="fillers, hedges, length, sentence length, repetition, pace...")
    points: float = Field(description="Points this measure took off the communication score")


class PauseEvidence(BaseModel):
    start_s: float = Field(description="Seconds from the start of the answer")
    duration_s: float
    before: str = Field(description="The last words said before the pause")
    after: str = Field(description="The first words said after it")


class DeliveryWorking(BaseModel):
    """How communication was judged: on the writing, or on the spoken delivery with timings."""

    basis: Literal["written", "spoken", "spoken_untimed"]
    note: str = Field(description="One sentence on what communication was judged on")
    deductions: list[Deduction] = Field(description="100 minus these is the communication score")
    filler_count: int
    hedge_count: int
    words_per_minute: float | None = Field(
        default=None, description="Spoken with timings: words a minute while talking"
    )
    good_pace_min_wpm: int | None = Field(
        default=None, description="The slowest pace that costs nothing"
    )
    good_pace_max_wpm: int | None = Field(
        default=None, description="The fastest pace that costs nothing"
    )
    answer_s: float | None = Field(default=None, description="From the first word to the last")
    long_pause_s: float | None = Field(default=None, description="A pause this long is long")
    long_pauses: int | None = None
    longest_pause_s: float | None = None
    fillers_per_minute: float | None = None
    pauses: list[PauseEvidence] = Field(
        default_factory=list, description="The long pauses, longest first (at most five)"
    )


class SampleSpread(BaseModel):
    """An LLM's k independent ratings of one answer, averaged into the score."""

    scores: list[int] = Field(description="Each sample's own score, as the evaluator counts it")
    spread: float = Field(description="Largest distance of a sample's score from their mean (±)")


class EvaluationWorking(BaseModel):
    """How the score was reached (by either evaluator), for the API and the UI to show."""

    rubric: str = Field(description='"key points", a question family, or "question"')
    framework: str = Field(description="STAR, reasoning, narrative or questions")
    components: list[ScorePart] = Field(description="Sub-scores and their weights in the score")
    relevance_parts: list[ScorePart] = Field(description="The evidence behind relevance")
    gate: float = Field(description="Share of depth, structure and delivery counted (relevance)")
    length_factor: float
    evidence: list[EvidenceSpan] = Field(default_factory=list)
    dropped: list[str] = Field(
        default_factory=list,
        description="LLM only: criteria whose quote is not in the answer; they count 0",
    )
    samples: SampleSpread | None = Field(
        default=None, description="LLM only: the ratings averaged and how far apart they were"
    )
    delivery: DeliveryWorking | None = Field(
        default=None, description="The measures behind communication (None from older evaluations)"
    )


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
