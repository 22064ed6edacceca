from app.core.errors import AppError, NotFound


class UnknownConversation(NotFound):
    code = "conversation_not_found"
    message = "No interview uses this conversation."


class InvalidWebhookToken(AppError):
    status_code = 403
    code = "invalid_webhook_token"
    message = "The callback URL's token does not match this conversation."
