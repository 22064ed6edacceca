from app.core.errors import InvalidInput, NotFound


class JobNotFound(NotFound):
    code = "job_not_found"
    message = "Job not found."


class JobDescriptionNotFound(NotFound):
    code = "job_description_not_found"
    message = "Job description not found."


class JobDescriptionTimedOut(InvalidInput):
    code = "job_description_timeout"
    message = (
        "Reading this job description took too long and was stopped. Paste only the posting "
        "itself: the title, what you would do and what they ask for."
    )
