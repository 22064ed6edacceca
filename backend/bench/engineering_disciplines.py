"""The engineering discipline a job title names, by a fixed rule, for the discipline bench.

bench/posting_fields.py puts civil, mechanical and electrical engineers in one field,
"engineering"; this rule tells them apart, so `bench.match_disciplines` can ask whether a
mechanical engineering posting ranks a mechanical engineer above a civil one. It was written
from the titles alone, before any matcher was scored on it, and is never tuned to a matcher's
results:

1. every discipline whose pattern matches the lower-cased title is found;
2. exactly one names the title's discipline; none or two or more give None, and the item is
   left out ("Project Engineer" names none, "Electrical / Mechanical Engineer" two).

A title must name the discipline of the work, not only its industry or trade: "Aviation
Supply Specialist", "Construction Manager", "Electrician" and "CNC Turner" name none;
"Electronic Technician" and "Process Engineering Intern" do. "Stress" and "fatigue" engineers
analyse the strength of parts, mechanical engineering's work; control and instrumentation
(C&I, ICA) is filed with electrical work, as UK ads file it ("Electrical / ICA Engineer").
"""

import re

DISCIPLINE_PATTERNS: dict[str, str] = {
    "civil/structural": r"\bcivils?\b (engineer|design|site|works)|\bcivils\b|"
    r"structural (engineer|design)|geotechnic|highways? engineer|bridge engineer|"
    r"construction engineer|site engineer",
    "mechanical": r"\bmech(anical|ancial)\b|\bstress (engineer|analyst)|\(stress\)|fatigue|"
    r"\bhvac\b|piping (engineer|design)|thermal engineer|fluid systems",
    "electrical/electronic": r"\belectrical\b|\belectronics?\b|control and instrumentation|"
    r"\bc ?& ?i\b|\bica\b|\bi ?& ?c\b|instrumentation engineer|controls engineer|"
    r"power systems engineer",
    "chemical/process": r"\bchemical (engineer|process|plant)|chemical engineering|"
    r"process (engineer|technician)|process engineering|petroleum engineer",
    "manufacturing/industrial": r"manufacturing (engineer|technician|manager)|"
    r"\bindustrial engineer|production engineer|lean six sigma|continuous improvement (engineer|"
    r"manager)|manager, continuous improvement",
    "aerospace": r"aerospace (engineer|design|structures)|aeronautic|avionics? (engineer|design)|"
    r"aircraft (engineer|design)|aviation engineer|airframe|propulsion engineer",
}
_COMPILED = {name: re.compile(pattern) for name, pattern in DISCIPLINE_PATTERNS.items()}


def title_disciplines(title: str) -> set[str]:
    """Every discipline the title names (rule 1)."""
    lowered = " ".join(title.lower().split())
    return {name for name, pattern in _COMPILED.items() if pattern.search(lowered)}


def title_discipline(title: str | None) -> str | None:
    """The one discipline the title names, or None when it names none or several."""
    found = title_disciplines(title) if title else set()
    return next(iter(found)) if len(found) == 1 else None
