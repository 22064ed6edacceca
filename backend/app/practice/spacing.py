"""When to practise a weak spot again: a simple spaced-repetition rule."""

from datetime import datetime, timedelta

from app.practice.schemas import PracticeSuggestion, WeaknessEntry
from app.practice.weaknesses import reason

AFTER_WEAK = timedelta(days=1)
AFTER_PASS = timedelta(days=3)
RULE = (
    "Practise a weak spot again a day after it went badly, and three days after it went "
    "well: short gaps while it is weak, longer ones as it holds."
)


def suggest(entries: list[WeaknessEntry], *, now: datetime) -> PracticeSuggestion | None:
    """The weakest spot (entries come weakest first), and when to practise it."""
    if not entries:
        return None
    top = entries[0]
    gap = AFTER_WEAK if top.history[-1].weak else AFTER_PASS
    suggested_at = top.last_practised_at + gap
    return PracticeSuggestion(
        kind=top.kind,
        key=top.key,
        label=top.label,
        reason=reason(top),
        last_practised_at=top.last_practised_at,
        suggested_at=suggested_at,
        due=suggested_at <= now,
        rule=RULE,
    )
