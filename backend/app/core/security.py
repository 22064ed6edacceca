"""Password hashing (argon2 via pwdlib) and signed JWTs (python-jose, HS256)."""

import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import anyio
from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

ALGORITHM = "HS256"
TokenType = Literal["access", "refresh"]

# argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), not argon2-cffi's defaults
# (64 MiB, 3 passes, 4 lanes): about 30 ms of CPU a check instead of 230, so a burst of sign-ins
# does not starve a small server. A hash made with other parameters still verifies: they are
# stored in it.
PASSWORD_HASHER = Argon2Hasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_password_hash = PasswordHash((PASSWORD_HASHER,))


class InvalidTokenError(Exception):
    """The token is missing a claim, expired, tampered with, or of the wrong type."""


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    return _password_hash.verify(password, password_hash)


def dummy_verify() -> None:
    """Spend the same time as a real check so unknown emails cannot be told apart by timing."""
    _password_hash.verify("not-the-password", _DUMMY_HASH)


_DUMMY_HASH = _password_hash.hash("a-dummy-password-for-timing")


# Argon2 takes tens of milliseconds of CPU by design: requests run it in a worker thread so the
# event loop keeps serving everyone else meanwhile.
async def hash_password_off_loop(password: str) -> str:
    return await anyio.to_thread.run_sync(hash_password, password)


async def verify_password_off_loop(password: str, password_hash: str | None) -> bool:
    """False for a missing hash, after spending the same time as a real check."""
    if password_hash is None:
        await anyio.to_thread.run_sync(dummy_verify)
        return False
    return await anyio.to_thread.run_sync(verify_password, password, password_hash)


def create_token(
    *,
    subject: str,
    token_type: TokenType,
    secret_key: str,
    expires_in: timedelta,
    extra: dict[str, Any] | None = None,
    token_id: str | None = None,
    issued_at: datetime | None = None,
) -> tuple[str, str, datetime]:
    """Return (encoded token, its unique id, its expiry).

    Given the `token_id` and `issued_at` of a token made before (and the same other arguments),
    the same token comes out again: HS256 signatures are deterministic.
    """
    now = issued_at or datetime.now(UTC)
    token_id = token_id or uuid.uuid4().hex
    expires_at = now + expires_in
    claims = {
        "sub": subject,
        "type": token_type,
        "jti": token_id,
        "iat": int(now.timestamp()),
        "exp": int(expires_at.timestamp()),
        **(extra or {}),
    }
    return jwt.encode(claims, secret_key, algorithm=ALGORITHM), token_id, expires_at


class _VerifiedTokens:
    """Claims of tokens whose signature was checked already: a signed-in client sends the same
    access token with every request, and python-jose checking it again each time cost about a
    tenth of a small request. Only the expiry changes with time; it is checked on every use,
    as python-jose checks it (valid up to and including the `exp` second)."""

    MAX_ENTRIES = 4096

    def __init__(self) -> None:
        self._claims: dict[tuple[str, str], dict[str, Any]] = {}

    def get(self, token: str, secret_key: str) -> dict[str, Any] | None:
        claims = self._claims.get((token, secret_key))
        if claims is not None and int(claims["exp"]) < int(time.time()):
            del self._claims[(token, secret_key)]
            raise InvalidTokenError("Signature has expired.")
        return claims

    def put(self, token: str, secret_key: str, claims: dict[str, Any]) -> None:
        if len(self._claims) >= self.MAX_ENTRIES:
            self._claims.clear()
        self._claims[(token, secret_key)] = claims


_verified = _VerifiedTokens()


def decode_token(token: str, *, secret_key: str, token_type: TokenType) -> dict[str, Any]:
    claims = _verified.get(token, secret_key)
    if claims is None:
        try:
            # Without `exp` a token would never expire: python-jose only checks it when present.
            claims = jwt.decode(
                token, secret_key, algorithms=[ALGORITHM], options={"require_exp": True}
            )
        except JWTError as exc:
            raise InvalidTokenError(str(exc)) from exc
        _verified.put(token, secret_key, claims)
    if claims.get("type") != token_type or not claims.get("sub") or not claims.get("jti"):
        raise InvalidTokenError("wrong token type or missing claims")
    return dict(claims)
