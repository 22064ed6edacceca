"""The kinds of practice session a plan schedules, and what became of each."""

from enum import StrEnum


class SessionKind(StrEnum):
    FULL_MOCK = "full_mock"
    """A whole interview: the wizard's default question count, follow-ups on."""
    SHORT = "short"
    """A short focused session: a few questions, to keep practising between mocks."""
    CODING = "coding"
    """A coding round, for jobs that ask for code."""


class SessionStatus(StrEnum):
    """Stored: pending until done (by an interview or by hand) or dismissed.

    "missed" is never stored: it is a pending session whose day has passed."""

    PENDING = "pending"
    DONE = "done"
    DISMISSED = "dismissed"
