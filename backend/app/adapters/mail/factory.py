import logging
from typing import Annotated

from fastapi import Depends, Request

from app.adapters.mail.base import Mailer, MailError
from app.adapters.mail.outbox import OutboxMailer
from app.adapters.mail.smtp import SmtpMailer
from app.core.config import Settings

logger = logging.getLogger(__name__)


def create_mailer(settings: Settings) -> Mailer:
    """SMTP when configured (falling back to the outbox), otherwise the outbox alone.

    A misconfigured SMTP provider must not stop the app: mail goes to the outbox, with a warning.
    """
    outbox = OutboxMailer(settings.data_dir / "outbox", sender=settings.mail.sender)
    if settings.mail.provider != "smtp":
        return outbox
    try:
        return SmtpMailer(settings.mail, fallback=outbox)
    except MailError as exc:
        logger.warning("Mail goes to the outbox: %s", exc)
        return outbox


async def get_mailer(request: Request) -> Mailer:
    return request.app.state.mailer


MailerDep = Annotated[Mailer, Depends(get_mailer)]
