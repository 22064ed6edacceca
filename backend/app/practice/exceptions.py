from app.core.errors import Conflict, InvalidInput, NotFound


class NoEvaluatedInterviews(Conflict):
    code = "no_evaluated_interviews"
    message = (
        "A drill practises the weak spots your results found: finish an interview and wait for "
        "its answers to be evaluated first."
    )


class NoDrillQuestions(InvalidInput):
    code = "no_drill_questions"
    message = "The question bank has no questions on your weak spots; start a full interview."


class CandidateNotFound(NotFound):
    code = "candidate_not_found"
    message = "Candidate not found."
