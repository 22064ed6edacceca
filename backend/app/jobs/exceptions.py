from app.core.errors import NotFound


class JobNotFound(NotFound):
    code = "job_not_found"
    message = "Job not found."


class JobDescriptionNotFound(NotFound):
    code = "job_description_not_found"
    message = "Job description not found."
