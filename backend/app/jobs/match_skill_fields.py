"""The field of work a skill points to when O*NET lists it for no occupation, by its category.

"Software Testing" and "Test Automation" are in no O*NET occupation's technology list, so they
said nothing about a posting's field, and a "QA Engineer" posting asking only for them read as
much engineering as computing. The curated skill list files them under "software", and the
O*NET technologies of that category are listed mostly by computing occupations: that field is
the category's. A category names a field only when most of the votes of its O*NET-listed
skills (each as specific as few occupations list it) lie in that one field, and enough of its
skills are listed to tell ("operations" and "sales" skills are listed all over).

These votes only help pick among a posting title's fields (match_family.backed_by). Added to
both sides' skill spreads they read every computing posting and resume as more alike, and
ranked other roles' resumes closer on bench.match_roles (dev mean ROC-AUC .777 -> .744).
"""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from app.jobs.match_fields import family_of
from app.jobs.match_occupation import onet_occupation_count
from app.knowledge.store import get_knowledge

CLEAR_SHARE = 0.5
"""The share of a category's votes one field must hold to be the category's field."""
MIN_SKILLS = 2
"""One such skill ("Educational Technology" read from a consultancy's posting) is too little."""
MIN_LISTED = 5
"""A category with fewer skills O*NET lists says too little about where the rest belong."""


def category_spread(names: Iterable[str]) -> dict[str, float]:
    """Fields voted for by the skills O*NET lists for no occupation, each skill as much as the
    listed skills of its category vote on average; a field needs MIN_SKILLS of them."""
    fields = category_fields()
    skills = get_knowledge().skills
    votes: defaultdict[str, list[float]] = defaultdict(list)
    for name in names:
        skill = skills.get(name)
        if skill is not None and not skill.occupations and skill.category in fields:
            field, vote = fields[skill.category]
            votes[field].append(vote)
    return {field: sum(found) for field, found in votes.items() if len(found) >= MIN_SKILLS}


@lru_cache(maxsize=1)
def category_fields() -> dict[str, tuple[str, float]]:
    """Category -> (its field, the mean vote of its O*NET-listed skills)."""
    skills = get_knowledge().skills
    total = onet_occupation_count()
    votes: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    weights: defaultdict[str, list[float]] = defaultdict(list)
    for skill_id in range(len(skills)):
        skill = skills.skill(skill_id)
        if skill.category is None or not skill.occupations:
            continue
        weight = max(0.0, math.log(total / len(skill.occupations)))
        fields = Counter(field for code in skill.occupations if (field := family_of(code)))
        count = sum(fields.values())
        for field, number in fields.items():
            votes[skill.category][field] += weight * number / count
        weights[skill.category].append(weight)
    found: dict[str, tuple[str, float]] = {}
    for category, spread in votes.items():
        field = max(spread, key=spread.__getitem__)
        listed = weights[category]
        if len(listed) >= MIN_LISTED and spread[field] >= CLEAR_SHARE * sum(spread.values()):
            found[category] = (field, sum(listed) / len(listed))
    return found
