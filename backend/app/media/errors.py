from app.core.errors import AppError


class MediaError(AppError):
    status_code = 422
    code = "media_invalid"
    message = "The file is not a readable audio or video recording."
