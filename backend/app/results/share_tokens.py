"""A share link's token: the link's id, signed with the app's key (a JWT, as for sessions).

Nothing secret is stored: the same link signs to the same token again (HS256 is deterministic),
so the candidate can copy an active link any time. Expiry and revocation are read from the
link's row, which the token only points at, so turning a link off takes effect at once.
"""

import uuid

from jose import JWTError, jwt

from app.core.security import ALGORITHM
from app.results.exceptions import ShareLinkNotFound
from app.results.models import ShareLink

TOKEN_TYPE = "share"


def share_token(secret_key: str, link: ShareLink) -> str:
    claims = {"sub": str(link.id), "type": TOKEN_TYPE, "exp": int(link.expires_at.timestamp())}
    return jwt.encode(claims, secret_key, algorithm=ALGORITHM)


def share_link_id(secret_key: str, token: str) -> uuid.UUID:
    """The id of the link the token was signed for; expiry is left to the link's row, so an
    expired link says so rather than that it is invalid."""
    try:
        claims = jwt.decode(
            token, secret_key, algorithms=[ALGORITHM], options={"verify_exp": False}
        )
        if claims.get("type") != TOKEN_TYPE:
            raise ShareLinkNotFound()
        return uuid.UUID(str(claims.get("sub")))
    except (JWTError, ValueError, AttributeError):
        raise ShareLinkNotFound() from None
