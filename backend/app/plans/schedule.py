"""The rule that turns an interview date into practice sessions (shown to the candidate too).

- The day before the interview is a rest day: nothing is scheduled on it.
- Sessions are spread evenly from today to two days before the interview, at the pace the
  candidate chose (sessions per week), so practice is spaced rather than crammed.
- The last session is a full mock interview, as close to the real one as the rest day allows;
  every fourth session is a full mock as well, the rest are short focused sessions.
- For a job that asks for code, every third session is a coding round.
- An interview tomorrow leaves no room to rest: one short session today, that is all.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from app.plans.states import SessionKind

RULE = __doc__ or ""
MAX_DAYS_AHEAD = 180
MIN_SESSIONS_PER_WEEK = 1
MAX_SESSIONS_PER_WEEK = 7
FULL_MOCK_EVERY = 4
CODING_EVERY = 3


@dataclass(frozen=True)
class Planned:
    day: date
    kind: SessionKind


def _days(start: date, interview_date: date) -> list[date]:
    """Practice days: from `start` up to two days before the interview (the rest day excluded)."""
    last = interview_date - timedelta(days=2)
    return [start + timedelta(days=n) for n in range((last - start).days + 1)]


def _kind(position: int, count: int, *, wants_coding: bool) -> SessionKind:
    if position == count - 1:
        return SessionKind.FULL_MOCK
    if wants_coding and position % CODING_EVERY == CODING_EVERY - 1:
        return SessionKind.CODING
    if position % FULL_MOCK_EVERY == FULL_MOCK_EVERY - 1:
        return SessionKind.FULL_MOCK
    return SessionKind.SHORT


def build_schedule(
    *, today: date, interview_date: date, sessions_per_week: int, wants_coding: bool
) -> list[Planned]:
    """The sessions from `today` (the candidate's own date) until the interview."""
    if interview_date <= today:
        return []
    days = _days(today, interview_date)
    if not days:
        return [Planned(today, SessionKind.SHORT)]
    count = min(len(days), max(1, ceil(len(days) * sessions_per_week / 7)))
    # Evenly spaced with the last one on the last practice day: the full mock near the end.
    picks = [days[round((n + 1) * len(days) / count) - 1] for n in range(count)]
    return [Planned(day, _kind(n, count, wants_coding=wants_coding)) for n, day in enumerate(picks)]
