"""Interview questions as the generator and the admin bank see them."""

from typing import Literal, Protocol

from pydantic import BaseModel, Field

QuestionCategory = Literal["behavioral", "technical", "situational"]
# An interview's question: a bank category, or a coding problem (app.coding), which is never
# in the bank nor given to the answer evaluator.
InterviewCategory = Literal["behavioral", "technical", "situational", "coding"]


class BankQuestion(BaseModel):
    slug: str = Field(description="Stable id, e.g. 'python-gil-threads'")
    text: str
    category: QuestionCategory
    skills: list[str] = Field(default_factory=list, description="Canonical taxonomy names")
    role_families: list[str] = Field(
        default_factory=list, description="e.g. software, data, design, product, sales, ..."
    )
    competency: str | None = Field(
        default=None, description="Behavioural theme: teamwork, conflict, leadership, ..."
    )
    difficulty: int = Field(ge=1, le=3)
    key_points: list[str] = Field(min_length=1, max_length=8)
    model_answer: str
    follow_ups: list[str] = Field(default_factory=list)


class PlannedQuestion(BaseModel):
    """A question chosen for one interview, with why it was chosen."""

    text: str
    category: QuestionCategory
    skills: list[str] = Field(default_factory=list)
    difficulty: int = Field(default=2, ge=1, le=3)
    key_points: list[str] = Field(default_factory=list)
    model_answer: str | None = None
    follow_ups: list[str] = Field(default_factory=list)
    source: Literal["bank", "custom", "llm", "follow_up"] = "bank"
    bank_slug: str | None = None
    reason: str = Field(default="", description="e.g. 'Gap: the job asks for Kubernetes'")


class BankEntry(Protocol):
    """A bank question as shipped (`BankQuestion`) or as stored (`questions.models.Question`)."""

    @property
    def slug(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def category(self) -> QuestionCategory: ...
    @property
    def skills(self) -> list[str]: ...
    @property
    def competency(self) -> str | None: ...
    @property
    def difficulty(self) -> int: ...
    @property
    def key_points(self) -> list[str]: ...
    @property
    def model_answer(self) -> str: ...
    @property
    def follow_ups(self) -> list[str]: ...


def planned_from_bank(question: BankEntry, reason: str) -> PlannedQuestion:
    """A bank question chosen for one interview, and why."""
    return PlannedQuestion(
        text=question.text,
        category=question.category,
        skills=list(question.skills),
        difficulty=question.difficulty,
        key_points=list(question.key_points),
        model_answer=question.model_answer,
        follow_ups=list(question.follow_ups),
        source="bank",
        bank_slug=question.slug,
        reason=reason,
    )


class CategoryMix(BaseModel):
    behavioral: int = Field(default=0, ge=0, le=20)
    technical: int = Field(default=0, ge=0, le=20)
    situational: int = Field(default=0, ge=0, le=20)

    @property
    def total(self) -> int:
        return self.behavioral + self.technical + self.situational
