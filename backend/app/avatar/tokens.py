"""The shared secret in a Tavus callback URL: one per interview, derived from SECRET_KEY."""

import hashlib
import hmac
import uuid


def webhook_token(secret_key: str, interview_id: uuid.UUID) -> str:
    message = f"tavus-callback:{interview_id}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def webhook_token_valid(secret_key: str, interview_id: uuid.UUID, token: str) -> bool:
    return hmac.compare_digest(webhook_token(secret_key, interview_id), token)
