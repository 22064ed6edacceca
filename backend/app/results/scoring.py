"""Turn answer evaluations into interview scores. Pure functions: explainable and testable."""

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean

from app.coding.scoring import CODING_CATEGORY, blend, coding_question_count
from app.evaluation.schemas import AnswerEvaluation
from app.interviews.models import Interview, InterviewQuestion
from app.interviews.queries import current_answer
from app.interviews.states import EVALUATING
from app.results.schemas import Scores

JOB_MATCH_WEIGHT = 0.2


@dataclass
class ScoredQuestion:
    question: InterviewQuestion
    evaluation: AnswerEvaluation | None
    pending: bool

    @property
    def abstained(self) -> bool:
        """Answered, but with too little to score: left out of every average and chart."""
        return self.evaluation is not None and not self.evaluation.scored

    @property
    def counted(self) -> bool:
        return not self.pending and not self.abstained

    @property
    def score(self) -> int:
        """Skipped or unanswered questions count as 0 in the averages."""
        if self.evaluation is None or self.evaluation.score is None:
            return 0
        return self.evaluation.score

    @property
    def assessed(self) -> AnswerEvaluation | None:
        """The evaluation when it scored the answer (the only kind that earns praise)."""
        return self.evaluation if self.evaluation is not None and self.evaluation.scored else None


def scored_questions(interview: Interview) -> list[ScoredQuestion]:
    """The answered questions' evaluations; coding problems are scored apart (app.coding)."""
    scored = []
    for question in interview.questions:
        if question.category == CODING_CATEGORY:
            continue
        answer = current_answer(question)
        evaluation = (
            AnswerEvaluation.model_validate(answer.evaluation)
            if answer is not None and answer.evaluation
            else None
        )
        pending = answer is not None and answer.evaluation_status in EVALUATING
        scored.append(ScoredQuestion(question, evaluation, pending))
    return scored


def _average(values: list[int]) -> int | None:
    return round(mean(values)) if values else None


def answers_overall(evaluations: Sequence[AnswerEvaluation | None]) -> int | None:
    """The answers' share of an interview's overall score: the mean of the counted answers'
    scores, so each answer's communication and elaboration carry into it at their weights.
    None stands for an unanswered question (counts 0); an abstained answer is left out; with
    no answer scored there is no overall."""
    counted = [e for e in evaluations if e is None or e.scored]
    if not any(e is not None for e in counted):
        return None
    return _average([0 if e is None or e.score is None else e.score for e in counted])


def compute_scores(interview: Interview, scored: list[ScoredQuestion]) -> Scores:
    job_match = interview.match["score"] if interview.match else None
    counted = [s for s in scored if s.counted]
    # Coding problems count in the overall score like answers (app.coding.scoring).
    overall = blend(answers_overall([s.evaluation for s in counted]), len(counted), interview)
    if overall is None:
        # Nothing was said that could be scored: no figures rather than a 0 with praise.
        return Scores(
            technical=None,
            communication=None,
            job_match=job_match,
            overall=None,
            not_scored_reason=_not_scored_reason(scored),
        )
    assessed = any(s.assessed for s in counted)
    technical = [s.score for s in counted if s.question.category == "technical"]
    communication = [a.communication for s in counted if (a := s.assessed)]
    if job_match is not None:
        overall = round((1 - JOB_MATCH_WEIGHT) * overall + JOB_MATCH_WEIGHT * job_match)
    return Scores(
        technical=_average(technical) if assessed else None,
        communication=_average(communication),
        job_match=job_match,
        overall=overall,
        coding=interview.score_coding if coding_question_count(interview) else None,
    )


def _not_scored_reason(scored: list[ScoredQuestion]) -> str:
    if any(s.pending for s in scored):
        return "Your answers are still being evaluated."
    if any(s.abstained for s in scored):
        return "Not enough to score: the answers were too short or unclear to judge."
    return "Not enough to score: no question was answered."


def category_scores(scored: list[ScoredQuestion]) -> dict[str, int]:
    if not any(s.assessed for s in scored if s.counted):
        return {}
    by_category: dict[str, list[int]] = {}
    for item in scored:
        if item.counted:
            by_category.setdefault(item.question.category, []).append(item.score)
    return {category: round(mean(values)) for category, values in by_category.items()}
