"""Mail through an SMTP server (aiosmtplib, so sending never blocks the event loop).

A server that is down or refuses the mail must not lose it: it goes to the outbox instead,
with a warning in the log.
"""

import logging
from email.message import EmailMessage

import aiosmtplib

from app.adapters.mail.base import Mail, Mailer, MailError
from app.core.config import MailSettings

logger = logging.getLogger(__name__)


def build_message(mail: Mail, *, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.text)
    return message


class SmtpMailer:
    name = "smtp"

    def __init__(self, settings: MailSettings, *, fallback: Mailer) -> None:
        if not settings.host:
            raise MailError("MAIL__PROVIDER=smtp needs MAIL__HOST")
        self.settings = settings
        self.fallback = fallback

    async def send(self, mail: Mail) -> None:
        try:
            await self._deliver(mail)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            logger.warning(
                "SMTP %s:%s did not take the mail to %s (%s); it is in the outbox instead",
                self.settings.host,
                self.settings.port,
                mail.to,
                exc,
            )
            await self.fallback.send(mail)

    async def _deliver(self, mail: Mail) -> None:
        settings = self.settings
        await aiosmtplib.send(
            build_message(mail, sender=settings.sender),
            hostname=settings.host,
            port=settings.port,
            # Blank in a .env means "no login", not a login with empty credentials.
            username=settings.username or None,
            password=settings.password or None,
            start_tls=settings.starttls,
            timeout=settings.timeout_s,
        )
