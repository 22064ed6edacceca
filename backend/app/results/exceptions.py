from app.core.errors import AppError, Conflict, InvalidInput, NotFound


class Gone(AppError):
    status_code = 410
    code = "gone"
    message = "This is no longer available."


class RetryNotFound(NotFound):
    code = "retry_not_found"
    message = "This attempt does not exist."


class RetryMediaExists(Conflict):
    code = "retry_media_exists"
    message = "This attempt already has its recording."


class RetryMediaTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"

    def __init__(self, limit_bytes: int) -> None:
        super().__init__(f"A retried answer's recording may be at most {limit_bytes >> 20} MB.")


class UnsupportedRetryMedia(AppError):
    status_code = 415
    code = "unsupported_media_type"
    message = "Record the answer as WebM or MP4 video or audio."


class ShareLinkNotFound(NotFound):
    code = "share_link_not_found"
    message = "This share link is not valid. Ask for a new one."


class ShareLinkExpired(Gone):
    code = "share_link_expired"
    message = "This share link has expired. Ask the candidate for a new one."


class ShareLinkRevoked(Gone):
    code = "share_link_revoked"
    message = "The candidate has turned this share link off."


class TooManyComments(Conflict):
    code = "too_many_comments"
    message = "This link has reached its limit of comments."


class CommentQuestionNotFound(InvalidInput):
    code = "question_not_found"
    message = "Comment on one of this interview's questions."
