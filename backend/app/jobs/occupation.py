"""The O*NET or ESCO occupation a job title reads as ("Mechanical Design Engineer - FEA" ->
Mechanical Engineers), or none when no occupation title matches it well.

A posting's title carries more than the role: a specialty after a dash or comma ("Registered
Nurse, Medical-Surgical"), a stack in parentheses ("Backend Engineer (Go)"), the employer after
"at". The role before those is looked up first, then the whole title. A match must score well
and keep the title's head noun (an "Engineer" is not a "Payment Processor"), so a company name,
a heading or a location reads as no occupation at all.
"""

import re

from app.jobs.parsed import JobOccupation
from app.knowledge.indexing import title_words
from app.knowledge.occupations import OccupationIndex, TitleMatch, query_words

MIN_SCORE = 0.7
"""Below this the best title shares too few of the words to be the same job."""
CANDIDATES = 5
MAX_TITLE_CHARS = 120
# Head nouns that name the same job: an "iOS Engineer" is O*NET's "iOS Developer".
_SAME_HEAD = (
    frozenset({"engineer", "developer", "programmer"}),
    frozenset({"technician", "tech", "mechanic"}),
    frozenset({"nurse", "rn"}),
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_EMPLOYER = re.compile(r"\s(?:at|@)\s.*$", re.I)
_QUALIFIER = re.compile(r"\s[-\u2013\u2014|:]\s|[,;|\u00b7\u2022]")


def role_variants(title: str) -> list[str]:
    """The role alone, then the whole title without brackets and employer."""
    whole = " ".join(_EMPLOYER.sub("", _BRACKETED.sub(" ", title[:MAX_TITLE_CHARS])).split())
    role = _QUALIFIER.split(whole, maxsplit=1)[0].strip()
    return [variant for variant in dict.fromkeys([role, whole]) if variant]


def match_occupation(title: str | None, index: OccupationIndex) -> JobOccupation | None:
    """The occupation whose title best matches the role in `title`, if one matches well."""
    found = best_title_match(title, index) if title else None
    if found is None:
        return None
    occupation = found.occupation
    return JobOccupation(
        code=occupation.code,
        title=occupation.title,
        source=occupation.source,
        matched_title=found.title,
    )


def best_title_match(title: str, index: OccupationIndex) -> TitleMatch | None:
    for variant in role_variants(title):
        words = query_words(variant)
        if not words:
            continue
        heads = _same_head(words[-1])
        for found in index.search(variant, limit=CANDIDATES):
            if found.score >= MIN_SCORE and heads & set(title_words(found.title)):
                return found
    return None


def _same_head(word: str) -> frozenset[str]:
    return next((group for group in _SAME_HEAD if word in group), frozenset({word}))
