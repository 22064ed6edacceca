"""One occupation a title, a set of tools or a text may stand for."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reading:
    """One occupation a title may stand for."""

    code: str
    title: str
    confidence: float
    isco_group: str | None = None
