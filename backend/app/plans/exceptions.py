from app.core.errors import Conflict, InvalidInput, NotFound


class PlanNotFound(NotFound):
    code = "plan_not_found"
    message = "Interview plan not found."


class PlanSessionNotFound(NotFound):
    code = "plan_session_not_found"
    message = "This practice session is not in the plan."


class InvalidPlanDate(InvalidInput):
    code = "invalid_plan_date"


class PlanJobNotFound(InvalidInput):
    code = "plan_job_not_found"
    message = "The job for this plan was not found: choose another one or none."


class SessionNotDue(Conflict):
    code = "plan_session_not_due"
    message = "A session can be marked done on its day or after, not before."
