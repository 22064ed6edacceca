"""Phrases that name a person's job ("Network Engineer", "UX designer", "Tutor"), which a resume
lists among its skills or writes in its summary: the candidate's role, not a skill (the practice
it reads as, "UX Design", may be)."""

import re
from functools import lru_cache

from app.knowledge.indexing import title_words
from app.knowledge.role_nouns import PERSON_ROLE
from app.knowledge.store import get_knowledge
from app.skills.taxonomy import get_taxonomy

MAX_ROLE_WORDS = 4
# A word shaped like a person doing something ("tutor", "teacher", "scientist", "accountant"):
# only then is an occupation's title asked for, as "Technical Support" and "Accounting" are
# alternate titles in the open data too. Styled words ("PowerBuilder", "MOVER") are products.
_PERSON_ENDING = re.compile(r"[A-Za-z][a-z]+(?:er|or|ist|ant|ent|ian)s?")


def is_role(phrase: str, *, name: str | None) -> bool:
    """ "Administrator"; a phrase we do not know ending on a role ("Subject Matter Expert"), or an
    occupation's title or alternate title ending on a person ("UX designer", "Tutor") unless it
    names a product ("Blender", "Illustrator", "Google Tag Manager" are tools, not jobs).
    `name` is the skill's canonical name when the phrase is known, else None."""
    if PERSON_ROLE.fullmatch(phrase):
        return True
    names = phrase.split()
    if not names or len(names) > MAX_ROLE_WORDS:
        return False
    if name is None and PERSON_ROLE.fullmatch(names[-1]):
        return True
    return (
        (PERSON_ROLE.fullmatch(names[-1]) or _PERSON_ENDING.fullmatch(names[-1])) is not None
        and not (name and _names_product(phrase, name))
        and _occupation_title(phrase.lower())
    )


def _names_product(phrase: str, name: str) -> bool:
    """The skill's own name ("Blender", "Packer", a tool's in the singular), or a curated
    alias of a technology ("Illustrator" for Adobe Illustrator); the open data's aliases of
    vendor products ("Translator", "Coder") are as often the job."""
    if title_words(phrase) == title_words(name):  # "Cement mixer" of "Cement mixers"
        return True
    known = get_knowledge().skills.get(name)
    return (
        known is not None
        and known.kind in ("technology", "tool")
        and get_taxonomy().canonical(phrase) is not None
    )


@lru_cache(maxsize=4096)
def _occupation_title(phrase: str) -> bool:
    """The best-ranked title has the phrase's words (`by_title` compares every candidate: ten
    times slower)."""
    best = get_knowledge().occupations.search(phrase, limit=1)
    return bool(best) and title_words(best[0].title) == title_words(phrase)
