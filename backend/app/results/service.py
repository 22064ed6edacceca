"""The results of one interview, the candidate's dashboard, and the admin overview."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import User
from app.coding.result_schemas import CodingResults
from app.interviews.exceptions import InterviewStateConflict
from app.interviews.models import Interview
from app.interviews.queries import current_answer
from app.interviews.states import InterviewStatus
from app.interviews.views import summary_view
from app.jobs.parsed import MatchResult
from app.results.feedback import recommendations, strengths_and_weaknesses
from app.results.schemas import InterviewResults, QuestionResult, TranscriptLine
from app.results.scoring import ScoredQuestion, compute_scores, scored_questions


def _question_result(item: ScoredQuestion) -> QuestionResult:
    question = item.question
    answer = current_answer(question)
    return QuestionResult(
        question_id=question.id,
        position=question.position,
        text=question.text,
        category=question.category,
        skills=question.skills,
        reason=question.reason,
        status=question.status,
        key_points=question.key_points,
        model_answer=question.model_answer,
        transcript=answer.transcript if answer else None,
        duration_s=answer.duration_s if answer else None,
        over_time=answer.over_time if answer else False,
        recording_id=answer.recording_id if answer else None,
        evaluation_status=answer.evaluation_status if answer else None,
        evaluation_error=answer.evaluation_error if answer else None,
        evaluation=item.evaluation,
    )


def _transcript(interview: Interview) -> list[TranscriptLine]:
    lines = []
    for question in interview.questions:
        lines.append(
            TranscriptLine(question_id=question.id, speaker="interviewer", text=question.text)
        )
        answer = current_answer(question)
        if answer:
            lines.append(
                TranscriptLine(question_id=question.id, speaker="candidate", text=answer.transcript)
            )
    return lines


def build_results(
    interview: Interview, *, candidate: User, coding: CodingResults | None = None
) -> InterviewResults:
    """Scores, feedback and the per-question breakdown of a completed interview, with its
    coding section when given (`app.coding.results.coding_results`)."""
    if interview.status != InterviewStatus.COMPLETED:
        raise InterviewStateConflict("show results for", interview.status)
    scored = scored_questions(interview)
    strengths, weaknesses = strengths_and_weaknesses(scored)
    match = MatchResult.model_validate(interview.match) if interview.match else None
    return InterviewResults(
        interview=summary_view(interview),
        candidate_name=candidate.full_name,
        status="pending"
        if any(s.pending for s in scored) or (coding and coding.pending)
        else "ready",
        scores=compute_scores(interview, scored),
        strengths=strengths,
        weaknesses=weaknesses,
        recommendations=recommendations(scored, match),
        questions=[_question_result(item) for item in scored],
        transcript=_transcript(interview),
        match=match,
        coding=coding,
    )


async def load_candidate(session: AsyncSession, interview: Interview) -> User:
    """The interview's candidate."""
    user = await session.get(User, interview.user_id)
    assert user is not None
    return user
