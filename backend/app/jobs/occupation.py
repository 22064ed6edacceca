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
    # Titles that name the rank of a trade, not the trade ("Telesales Executive" is O*NET's
    # "Telesales Specialist"): the word before them says what the job is.
    frozenset(
        {"executive", "representative", "agent", "advisor", "adviser", "associate", "specialist"}
    ),
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_EMPLOYER = re.compile(r"\s(?:at|@)\s.*$", re.I)
# Job boards title an ad "<role> Job <place>" ("Pharmacy Technician Job Norwich").
_LISTED_IN = re.compile(r"\s(?:jobs?|vacancy|vacancies)\s.*$", re.I)
# A dash, a bar, a comma, or a run of spaces that job boards put between the title's fields
# ("SALES ENGINEER  NORTH YORKSHIRE").
_QUALIFIER = re.compile(r"\s[-\u2013\u2014|:]\s|[,;|\u00b7\u2022]|\s{2,}")
FIRST_SEGMENT, LATER_SEGMENT, CUT_WORD, MAX_CUT = 0.95, 0.8, 0.95, 3
CUT_LEADING_WORD = 0.9
"""Set on the dev split of bench/matching.py: 0.8 to 0.9 rank alike, CUT_WORD's 0.95 ranked
worse (more resume titles lost a word that mattered)."""
_DECORATION = re.compile(r"\([^)]*\)|\[[^\]]*\]|\*+")
_SEPARATOR = re.compile(r"\s{2,}|\s[-\u2013\u2014|:]\s|[|,;:/]|\s-|-\s")
_WORD = re.compile(r"[A-Za-z]{2}")
TITLE_ABBREVIATIONS = {
    "RGN": "Registered General Nurse",
    "RMN": "Registered Mental Health Nurse",
}
"""Curated: UK nursing register marks that neither O*NET (29.x alternate and reported titles)
nor ESCO (v1.2 labels) lists, spelled out as the Nursing and Midwifery Council and NHS Health
Careers spell them (RGN: registered general nurse, the adult part of the NMC register; RMN:
registered mental (health) nurse). Matched in capitals only, as a whole word."""
_ABBREVIATION = re.compile(r"\b(" + "|".join(TITLE_ABBREVIATIONS) + r")\b")
_QUALITY_ASSURANCE = re.compile(r"\bquality[\s-]+assurance\b", re.I)
"""O*NET files its software testers' titles under "QA" ("QA Analyst", "QA Tester") and has no
"Quality Assurance Analyst": spelled out, that title reads as an "Information Assurance
Analyst". So a title that spells it out is also read with the abbreviation."""


def spelled_out(title: str) -> str:
    """The title with its curated abbreviations spelled out ("RGN Job Wigan")."""
    return _ABBREVIATION.sub(lambda found: TITLE_ABBREVIATIONS[found.group(1)], title)


def abbreviated(title: str) -> str | None:
    """ "QA Analyst" for "Quality Assurance Analyst"; None when there is nothing to shorten."""
    short = _QUALITY_ASSURANCE.sub("QA", title)
    return short if short != title else None


def role_variants(title: str) -> list[str]:
    """The role alone (before a qualifier, or before "Job" and the place it is in), then the
    whole title without brackets and employer."""
    bare = _EMPLOYER.sub("", _BRACKETED.sub(" ", spelled_out(title)[:MAX_TITLE_CHARS])).strip()
    role = " ".join(_QUALIFIER.split(_LISTED_IN.sub("", bare), maxsplit=1)[0].split())
    whole = " ".join(bare.split())
    variants = [form for variant in (role, whole) for form in (abbreviated(variant), variant)]
    return [variant for variant in dict.fromkeys(variants) if variant]


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
    """The role's best match, else the best of the title's segments and cuts that matches
    well once trusted less for what was cut ("Primary Teachers Norfolk / Suffolk")."""
    for variant in role_variants(title):
        found = _keeping_head(variant, index)
        if found is not None and found.score >= MIN_SCORE:
            return found
    best: tuple[float, TitleMatch | None] = (MIN_SCORE, None)
    for variant, trust in title_variants(title[:MAX_TITLE_CHARS]):
        found = _keeping_head(variant, index)
        if found is not None and found.score * trust >= best[0]:
            best = (found.score * trust, found)
    return best[1]


def _keeping_head(variant: str, index: OccupationIndex) -> TitleMatch | None:
    """The best of the first CANDIDATES matches that keeps the variant's head noun."""
    words = query_words(variant)
    if not words:
        return None
    for found in index.search(variant, limit=CANDIDATES):
        if keeps_head(words, title_words(found.title)):
            return found
    return None


def keeps_head(query: list[str], found: list[str]) -> bool:
    """Whether the found title's head noun is in the query, so both name the same kind of
    job, also when a specialty follows the role ("Senior Developer ASPNET" is an "ASP.NET
    Developer"), but "Benefits" is no "Benefits Manager"."""
    return bool(found) and bool(_same_head(found[-1]) & set(query))


def _same_head(word: str) -> frozenset[str]:
    return next((group for group in _SAME_HEAD if word in group), frozenset({word}))


def title_variants(title: str) -> list[tuple[str, float]]:
    """(variant, trust): the whole title, then each segment (later ones of two words or more),
    then the first segment with one to three trailing or leading words dropped (never below
    two words). A leading qualifier ("German Speaking Sales Agent", "UC Solutions Sales
    Specialist") is cut trusting a little less, since the head noun comes last."""
    spaced = _DECORATION.sub("  ", spelled_out(title))
    segments = [" ".join(part.split()) for part in _SEPARATOR.split(spaced) if _WORD.search(part)]
    variants = [(" ".join(spaced.split()), 1.0)]
    for position, segment in enumerate(segments):
        if position == 0:
            variants.append((segment, FIRST_SEGMENT))
        elif " " in segment:  # one later word ("Tips", "Nights") is seldom the job
            variants.append((segment, LATER_SEGMENT))
    if segments:
        words = segments[0].split()
        for cut in range(1, min(MAX_CUT, len(words) - 2) + 1):
            variants.append((" ".join(words[:-cut]), FIRST_SEGMENT * CUT_WORD**cut))
            variants.append((" ".join(words[cut:]), FIRST_SEGMENT * CUT_LEADING_WORD**cut))
    variants += [(short, trust) for variant, trust in variants if (short := abbreviated(variant))]
    return list(dict.fromkeys(variants))
