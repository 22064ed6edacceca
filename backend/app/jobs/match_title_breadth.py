"""How surely a job title names one field of work.

"Consultant", "Analyst", "Associate", "Officer", "Owner" or "Intern" say what rank a job has or
how it is held, not what the work is: O*NET and ESCO list them in dozens of fields. Read alone,
their best match is some occupation's alternate title (O*NET lists "Owner" under urologists and
"Intern" under physicians), and a resume titled so read as a urologist. A title's reading is
therefore trusted as far as the occupations whose titles hold the same words lie in that
reading's field: "Software Engineer" is a computing title, "Engineer" mostly an engineering one,
"Consultant" a title of every field, which leaves the field to the described work and skills.
"""

from collections import Counter
from functools import lru_cache

from app.jobs.match_fields import CROSS_FIELD_GROUPS, SOC_MAJOR_GROUPS, family_of
from app.jobs.match_reading import Reading
from app.knowledge.indexing import title_words
from app.knowledge.occupations import Occupation
from app.knowledge.store import get_knowledge

SPECIFIC_SHARE = 0.5
"""A reading whose field holds this share of the title's occupations is trusted fully; one
whose field holds less, in proportion."""
PRIOR = 1
"""Occupations counted in a reading's field before any is seen: a title held by three
occupations ("QA Automation Engineer": two validation engineers, one software tester) is
specific, whatever its few occupations' fields."""
ANY_FIELD = frozenset(SOC_MAJOR_GROUPS[group] for group in CROSS_FIELD_GROUPS)
"""Management, business and office occupations are in every field: a reading as one is
trusted as far as the title names any one field."""


def match_trust(query: list[str], matched: str, reading: Reading | Occupation) -> float:
    """How far a title (its query words) matched to the occupation title `matched` names the
    field of `reading`, by the words the two share."""
    shared = tuple(word for word in title_words(matched) if word in query)
    return field_trust(shared, field_of(reading))


def field_of(item: Reading | Occupation) -> str | None:
    """The field of work of a reading, or of an occupation (an ESCO one as its linked O*NET
    one)."""
    if isinstance(item, Occupation):
        linked = get_knowledge().onet_occupations_of(item) or [item]
        return family_of(linked[0].code, item.isco_group)
    return family_of(item.code, item.isco_group)


def field_trust(words: tuple[str, ...], field: str | None) -> float:
    """0..1: how far the occupations titled with all of `words` lie in `field` (for a reading
    of no known field or of ANY_FIELD, in any one field)."""
    counts, total = title_fields(words)
    if not total:
        return 1.0
    if field is None or field in ANY_FIELD:
        count = max((count for _, count in counts), default=0)
    else:
        count = dict(counts).get(field, 0)
    return min(1.0, (count + PRIOR) / (total + PRIOR) / SPECIFIC_SHARE)


@lru_cache(maxsize=8192)
def title_fields(words: tuple[str, ...]) -> tuple[tuple[tuple[str, int], ...], int]:
    """How many of the occupations with a title holding all of `words` are in each field (of
    work, not ANY_FIELD), and how many there are."""
    knowledge = get_knowledge()
    found = knowledge.occupations.holding_words(list(words))
    fields: Counter[str] = Counter()
    for occupation in found:
        field = field_of(occupation)
        if field is not None and field not in ANY_FIELD:
            fields[field] += 1
    return tuple(fields.items()), len(found)
