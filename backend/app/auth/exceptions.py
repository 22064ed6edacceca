from app.core.errors import AppError, Conflict, InvalidInput, NotAuthenticated, NotFound
from app.core.text import plural


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


class WrongPassword(InvalidInput):
    code = "wrong_password"
    message = "The password is not correct."


class InvalidResetToken(InvalidInput):
    code = "invalid_reset_token"
    message = (
        "This password reset link is not valid any more: it was used already or has expired. "
        "Ask for a new one."
    )


class TooManyResetRequests(AppError):
    status_code = 429
    code = "too_many_attempts"

    def __init__(self, retry_after_s: int) -> None:
        minutes = max(1, round(retry_after_s / 60))
        super().__init__(
            "Too many password reset links were asked for this email. "
            f"Try again in about {plural(minutes, 'minute')}.",
            details={"retry_after_s": retry_after_s},
            headers={"Retry-After": str(retry_after_s)},
        )


class TooManyLoginAttempts(AppError):
    status_code = 429
    code = "too_many_attempts"

    def __init__(self, retry_after_s: int) -> None:
        minutes = max(1, round(retry_after_s / 60))
        super().__init__(
            f"Too many failed sign-in attempts. Try again in about {plural(minutes, 'minute')}.",
            details={"retry_after_s": retry_after_s},
            headers={"Retry-After": str(retry_after_s)},
        )


class UserNotFound(NotFound):
    code = "user_not_found"
    message = "No such account."
