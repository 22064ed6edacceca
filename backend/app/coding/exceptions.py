from app.core.errors import Conflict, InvalidInput, NotFound


class ProblemNotFound(NotFound):
    code = "coding_problem_not_found"
    message = "Coding problem not found."


class ProblemSlugTaken(Conflict):
    code = "coding_problem_slug_taken"
    message = "A coding problem with this slug already exists."


class ProblemTestsFail(InvalidInput):
    code = "coding_problem_tests_fail"
    message = "The tests do not agree with the reference solutions; nothing was saved."


class CodingQuestionNotFound(NotFound):
    code = "coding_question_not_found"
    message = "This question is not a coding question of the interview."


class CodingNotOpen(Conflict):
    """The question cannot take code now: not asked yet, skipped, or the interview is over."""

    code = "coding_question_not_open"


class ProblemUnavailable(Conflict):
    code = "coding_problem_unavailable"
    message = "The problem of this question was removed from the bank."


class NoHintsLeft(Conflict):
    code = "no_hints_left"
    message = "Every hint for this problem has been taken."


class TimelineFull(Conflict):
    code = "code_timeline_full"
    message = "The code timeline of this question is full; later snapshots are not kept."


class SubmissionLimit(Conflict):
    code = "submission_limit"
    message = "This question has had as many submissions as allowed."


class CodingResultsNotReady(Conflict):
    code = "coding_results_not_ready"
    message = "Hidden test results are shown once the interview is completed."
