from app.core.errors import AppError, NotFound


class ResumeNotFound(NotFound):
    code = "resume_not_found"
    message = "Resume not found."


class FileTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"

    def __init__(self, limit_bytes: int) -> None:
        super().__init__(
            f"The file is larger than the limit of {limit_bytes / (1024 * 1024):.0f} MB.",
            details={"limit_bytes": limit_bytes},
        )
