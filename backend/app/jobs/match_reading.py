"""One occupation a title, a set of tools or a text may stand for."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reading:
    """One occupation a title, a set of tools or a text may stand for, and how surely."""

    code: str
    title: str
    confidence: float
    isco_group: str | None = None
