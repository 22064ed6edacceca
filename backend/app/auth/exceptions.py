from app.core.errors import AppError, Conflict, InvalidInput, NotAuthenticated


class EmailTaken(Conflict):
    code = "email_taken"
    message = "An account with this email is already registered."


class WeakPassword(InvalidInput):
    code = "weak_password"


class InvalidCredentials(NotAuthenticated):
    code = "invalid_credentials"
    message = "Incorrect email or password."


class InvalidToken(NotAuthenticated):
    code = "invalid_token"
    message = "Your session is invalid or has expired. Please sign in again."


class WrongCurrentPassword(InvalidInput):
    code = "wrong_current_password"
    message = "The current password is not correct."


class TooManyLoginAttempts(AppError):
    status_code = 429
    code = "too_many_attempts"

    def __init__(self, retry_after_s: int) -> None:
        minutes = max(1, round(retry_after_s / 60))
        super().__init__(
            f"Too many failed sign-in attempts. Try again in about {minutes} minute(s).",
            details={"retry_after_s": retry_after_s},
            headers={"Retry-After": str(retry_after_s)},
        )
