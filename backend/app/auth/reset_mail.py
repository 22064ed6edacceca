"""The reset link and the mail that carries it."""

import logging

from fastapi import Request

from app.adapters.mail.base import Mail, Mailer
from app.auth.password_reset import IssuedReset
from app.core.config import Settings

logger = logging.getLogger(__name__)

RESET_PATH = "/reset-password"


def app_origin(request: Request, settings: Settings) -> str:
    """Where the person reaches the web app: PUBLIC_BASE_URL, else the page that asked (when it
    is a configured origin, as the Vite dev server is), else the address this request came to.

    Set PUBLIC_BASE_URL when the server is reachable by others: the request's own address comes
    from its Host header, which whoever asks for a reset chooses.
    """
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/")
    origin = request.headers.get("origin", "").rstrip("/")
    if origin and origin in settings.cors_origins:
        return origin
    return str(request.base_url).rstrip("/")


def reset_link(origin: str, token: str) -> str:
    # In the fragment: a browser never sends it to a server, so the token stays out of access
    # logs and Referer headers.
    return f"{origin}{RESET_PATH}#token={token}"


def reset_mail(issued: IssuedReset, *, link: str, minutes: int, by_admin: bool) -> Mail:
    why = (
        "An administrator of Rehearse made this link for you to choose a new password."
        if by_admin
        else "Someone, hopefully you, asked to reset the password of your Rehearse account."
    )
    text = (
        f"Hello {issued.user.full_name},\n\n"
        f"{why} Choose a new password here:\n\n"
        f"{link}\n\n"
        f"The link works once, for {minutes} minutes, and signs you out everywhere else.\n"
        "If you did not ask for it, ignore this mail: your password stays as it is.\n"
    )
    return Mail(to=issued.user.email, subject="Reset your Rehearse password", text=text)


async def send_quietly(mailer: Mailer, mail: Mail) -> None:
    """Send after the response: a failure is logged, never shown to whoever asked."""
    try:
        await mailer.send(mail)
    except Exception:
        logger.exception("Could not send the mail %r to %s", mail.subject, mail.to)
