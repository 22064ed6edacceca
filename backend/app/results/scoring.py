"""Turn answer evaluations into interview scores. Pure functions: explainable and testable."""

from dataclasses import dataclass
from statistics import mean

from app.evaluation.schemas import AnswerEvaluation
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.results.schemas import Scores

JOB_MATCH_WEIGHT = 0.2


@dataclass
class ScoredQuestion:
    question: InterviewQuestion
    evaluation: AnswerEvaluation | None
    pending: bool

    @property
    def score(self) -> int:
        """Skipped or unanswered questions count as 0 in the averages."""
        return self.evaluation.score if self.evaluation else 0


def scored_questions(interview: Interview) -> list[ScoredQuestion]:
    scored = []
    for question in interview.questions:
        answer = current_answer(question)
        evaluation = (
            AnswerEvaluation.model_validate(answer.evaluation)
            if answer is not None and answer.evaluation
            else None
        )
        pending = answer is not None and answer.evaluation_status in ("pending", "running")
        scored.append(ScoredQuestion(question, evaluation, pending))
    return scored


def _average(values: list[int]) -> int | None:
    return round(mean(values)) if values else None


def compute_scores(interview: Interview, scored: list[ScoredQuestion]) -> Scores:
    counted = [s for s in scored if not s.pending]
    technical = [s.score for s in counted if s.question.category == "technical"]
    communication = [s.evaluation.communication for s in counted if s.evaluation]
    job_match = interview.match["score"] if interview.match else None
    answers_average = _average([s.score for s in counted])
    overall = answers_average
    if answers_average is not None and job_match is not None:
        overall = round((1 - JOB_MATCH_WEIGHT) * answers_average + JOB_MATCH_WEIGHT * job_match)
    return Scores(
        technical=_average(technical),
        communication=_average(communication),
        job_match=job_match,
        overall=overall,
    )


def category_scores(scored: list[ScoredQuestion]) -> dict[str, int]:
    by_category: dict[str, list[int]] = {}
    for item in scored:
        if not item.pending:
            by_category.setdefault(item.question.category, []).append(item.score)
    return {category: round(mean(values)) for category, values in by_category.items()}
