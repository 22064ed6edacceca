from app.core.errors import Conflict, InvalidInput, NotFound


class InterviewNotFound(NotFound):
    code = "interview_not_found"
    message = "Interview not found."


class QuestionNotFound(NotFound):
    code = "question_not_found"
    message = "This question is not part of the interview."


class InterviewStateConflict(Conflict):
    code = "invalid_interview_status"

    def __init__(self, action: str, status: str) -> None:
        super().__init__(
            f"Cannot {action} an interview that is {status.replace('_', ' ')}.",
            details={"status": status},
        )


class EvaluationNotFailed(Conflict):
    code = "evaluation_not_failed"
    message = "Only an answer whose evaluation failed can be evaluated again."


class NoQuestionsAvailable(InvalidInput):
    code = "no_questions"
    message = "No questions could be chosen for this interview; add custom questions."


class CodingQuestionNeedsCode(Conflict):
    code = "coding_question_needs_code"
    message = (
        "A coding question is answered with code: submit it at "
        "/api/coding/interviews/{interview_id}/questions/{question_id}/submissions."
    )
