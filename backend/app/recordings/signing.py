"""Short-lived signed playback links: a `<video src>` cannot send our bearer token."""

import hashlib
import hmac
import time
import uuid


def _signature(secret_key: str, recording_id: uuid.UUID, expires: int) -> str:
    message = f"recording-media:{recording_id}:{expires}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def sign_media(secret_key: str, recording_id: uuid.UUID, *, ttl_s: int) -> tuple[int, str]:
    """(expires as a Unix time, signature)."""
    expires = int(time.time()) + ttl_s
    return expires, _signature(secret_key, recording_id, expires)


def media_link_valid(
    secret_key: str, recording_id: uuid.UUID, *, expires: int, signature: str
) -> bool:
    if expires < time.time():
        return False
    # Bytes, not str: compare_digest raises on a str with non-ASCII characters.
    expected = _signature(secret_key, recording_id, expires).encode()
    return hmac.compare_digest(expected, signature.encode())
