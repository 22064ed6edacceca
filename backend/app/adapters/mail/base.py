"""Outgoing mail: the contract, and the mail itself (plain text; links are written out)."""

from dataclasses import dataclass
from typing import Protocol


class MailError(Exception):
    """The mail could not be handed to the mail server."""


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str


class Mailer(Protocol):
    name: str

    async def send(self, mail: Mail) -> None:
        """Hand the mail on; a mailer that cannot deliver keeps it where an operator sees it."""
        ...
