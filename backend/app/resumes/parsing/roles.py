"""Tell a job title from a company name, and drop locations, in an experience header."""

import re

from app.knowledge.role_nouns import OTHER_ROLES
from app.resumes.parsing.places import is_place, trailing_place, trailing_town_and_region

_FIRM_NAME_ENDS = {"trader", "broker", "host", "producer", "business partner"}
"""Roles that also end the names of firms ("Sai Traders", "Apex Brokers", "Red Carpet Host"):
a header's last word must not make them titles."""
_TRADE_ROLES = "|".join(role for role in OTHER_ROLES if role not in _FIRM_NAME_ENDS)
"""The roles of app/knowledge/role_nouns.py's OTHER_ROLES (nurse, teacher, accountant, mechanic,
...); the title words below are the ones a header uses that it does not list."""
_TITLE_WORDS = re.compile(
    rf"\b(?:{_TRADE_ROLES}"
    r"|engineer|developer|programmer|architect|analyst|manager|director|lead|chief|officer"
    r"|founder|co-founder|owner|consultant|specialist|coordinator|administrator|assistant"
    r"|associate|intern|trainee|designer|educator|cpa|technician|supervisor|executive"
    r"|freelance|freelancer|contractor|principal|staff|senior|junior|sr|jr|partner"
    r"|sales|support|success|product|marketing|operations)\b",
    re.I,
)
_COMPANY_WORDS = re.compile(
    r"\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|sa|group|holdings"
    r"|hospital|health|healthcare|clinic|medical|center|centre|school|schools|academy|university"
    r"|college|institute|district|bank|partners|labs?|laboratories|technologies|technology"
    r"|systems|solutions|software|services|consulting|agency|studios?|foundation|associates"
    r"|ventures|capital|media|networks|pharmaceuticals|analytics|county|department|ministry"
    r"|store|stores|retail|restaurant|bakery|insurance|financial|logistics|industries"
    r"|enterprises|international|global|energy|motors|airlines|telecom)\b"
    r"|\.(?:com|io|ai)\b",
    re.I,
)
# Not a title nor a company: LinkedIn's "(3 years 2 months)", leftovers of a date, a page footer.
_DURATION = re.compile(
    r"^\(?\s*(?:(?:\d+|a|an|one)\s+(?:years?|yrs?|months?|mos?)\b\s*,?\s*(?:and\s+)?)+\)?$"
    r"|^\(?\s*less than a (?:year|month)\s*\)?$",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"^(?:present|current|now|today|till date|to date|\d+|page \d+(?: of \d+)?)$", re.I
)
_EDGE_PUNCTUATION = " ,;:()-\u2013\u2014"
# Words in capitals ending a header that has words in lower case before them.
_CAPITALS_COMPANY = re.compile(r"(?<=[a-z] )[A-Z][A-Z&.]{2,}(?: [A-Z][A-Z&.]*)+$")
LEGAL_FORM_WORDS = r"pvt|private|ltd|limited|inc|llc|llp|corp|corporation|co|company|gmbh|plc|pte"
"""The words of a company's legal form ("Pvt Ltd", "Inc.", "GmbH"), as a regex alternation."""
_LEGAL_FORMS = re.compile(rf"(?:(?:{LEGAL_FORM_WORDS})\.?\s*)+", re.I)
LAST_WORD_WEIGHT = 3
_MODE_SUFFIX = re.compile(r"\s*\((?:remote|hybrid|on-?site)\)$", re.I)
_WEB_DOMAIN_END = re.compile(r"\.(?:com|io|ai)$", re.I)
# "(ICU)", "[Part-time]", "(Grade 5)" after a title: a qualifier, not the title's head noun.
_TRAILING_BRACKET = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])$")
_AT = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.I)
# A resume template's place left unfilled ("City , State", "City, Country"): a place, never a
# title.
_PLACE_PLACEHOLDER = re.compile(
    r"^(?:city|town)(?:\s*,\s*(?:state|st|province|region|county|country|usa|us)){1,2}$", re.I
)


def clean_fragments(fragments: list[str]) -> list[str]:
    """Header fragments without places, durations and dashes left at their ends; "Title at
    Company" split in two; "Mayo Hospital, Lahore" without its city."""
    cleaned: list[str] = []
    for fragment in fragments:
        fragment = _trimmed(fragment)
        if not fragment or is_location(fragment) or is_noise(fragment):
            continue
        cut = trailing_place(fragment)
        if cut is None:
            cut = trailing_town_and_region(fragment)
        if cut is not None and not _TITLE_WORDS.search(fragment[cut:]):
            fragment = fragment[:cut]
            if is_location(fragment):  # "Bengaluru Bengaluru Karnataka"
                continue
        fragment = _trimmed(_MODE_SUFFIX.sub("", fragment))
        parts = [piece for part in _AT.split(fragment, maxsplit=1) for piece in _split_caps(part)]
        cleaned += [part.strip(" ,;:") for part in parts if part.strip(" ,;:")]
    return cleaned


def _split_caps(fragment: str) -> list[str]:
    """ "IT Hardware and Networking ARIHANT INDUSTRIES": a title run into its employer, which the
    export wrote in capitals and names as a company ("INDUSTRIES", "PVT LTD")."""
    company = _CAPITALS_COMPANY.search(fragment)
    if (
        company is None
        or not _COMPANY_WORDS.fullmatch(company[0].split()[-1])
        or _TITLE_WORDS.search(company[0])  # "... PROFESSIONAL HEALTHCARE REPRESENTATIVE"
        or _LEGAL_FORMS.fullmatch(company[0])  # "XL Dynamics India PVT LTD"
    ):
        return [fragment]
    return [fragment[: company.start()], company[0]]


def _trimmed(fragment: str) -> str:
    """Without the punctuation left at its ends, but keeping the bracket that closes one it
    opened: "Registered Nurse (ICU)"."""
    trimmed = fragment.strip(_EDGE_PUNCTUATION)
    if trimmed.count("(") > trimmed.count(")") and fragment.rstrip().endswith(")"):
        return trimmed + ")"
    return trimmed


def is_noise(fragment: str) -> bool:
    return bool(_DURATION.match(fragment) or _NOT_A_NAME.match(fragment))


def is_place_placeholder(fragment: str) -> bool:
    """A resume template's place left unfilled: "City , State"."""
    return _PLACE_PLACEHOLDER.match(fragment.strip(_EDGE_PUNCTUATION)) is not None


def is_location(fragment: str) -> bool:
    if is_place_placeholder(fragment):
        return True
    return is_place(fragment) and not (
        _COMPANY_WORDS.search(fragment) or _TITLE_WORDS.search(fragment)
    )


def title_and_company(
    fragments: list[str], *, company_first: bool = False
) -> tuple[str | None, str | None]:
    """Pick the title and the company among header fragments, by the words they contain.

    The title is the most title-like fragment and the company the most company-like of the
    others; when words do not tell them apart, the first is the title, unless the layout puts
    the company first (LinkedIn's "Company / Title / dates")."""
    if not fragments:
        return None, None
    if len(fragments) == 1:
        return _single_fragment(fragments[0])
    scores = [title_score(fragment) for fragment in fragments]
    order = range(len(fragments))
    title_at = max(order, key=lambda i: (scores[i], i if company_first else -i))
    if scores[title_at] <= 0 and len(fragments) > 2:
        # Nothing reads as a title: the first two fragments are title and company, as written.
        return title_and_company(fragments[:2], company_first=company_first)
    company_at = min((i for i in order if i != title_at), key=lambda i: (scores[i], i))
    return fragments[title_at], fragments[company_at]


def _single_fragment(fragment: str) -> tuple[str | None, str | None]:
    # "Software Engineer, Acme Corp": a comma can separate the two when each side reads as one.
    head, comma, tail = fragment.partition(", ")
    if comma and title_score(head) > 0 and title_score(tail) <= 0:
        return head, tail
    if comma and title_score(tail) > 0 and title_score(head) < 0:
        return tail, head
    return (fragment, None) if title_score(fragment) >= 0 else (None, fragment)


def title_score(fragment: str) -> int:
    """Positive for a job title, negative for a company name.

    The last word decides first, since both put their head noun last: "Software Engineer" is a
    title and "Zenith Software" a company, "Financial Analyst" a title and "Acme Financial" not.
    A bracket at the end qualifies what comes before it: "Registered Nurse (ICU)" is scored as
    "Registered Nurse"."""
    fragment = _TRAILING_BRACKET.sub("", fragment).strip() or fragment
    words = re.findall(r"[\w&.-]+", fragment)
    last = words[-1].strip(".") if words else ""
    score = len(_TITLE_WORDS.findall(fragment)) - len(_COMPANY_WORDS.findall(fragment))
    if _TITLE_WORDS.fullmatch(last):
        score += LAST_WORD_WEIGHT
    elif _COMPANY_WORDS.fullmatch(last) or _WEB_DOMAIN_END.search(fragment):
        score -= LAST_WORD_WEIGHT
    return score
