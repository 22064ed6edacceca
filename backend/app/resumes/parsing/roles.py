"""Tell a job title from a company name, and drop locations, in an experience header."""

import re

_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|architect|scientist|analyst|manager|director|lead|head"
    r"|chief|officer|president|vp|founder|co-founder|owner|consultant|specialist|coordinator"
    r"|administrator|assistant|associate|intern|trainee|apprentice|designer|researcher|nurse|rn"
    r"|lpn|teacher|tutor|instructor|professor|lecturer|educator|accountant|cpa|auditor"
    r"|bookkeeper|controller|clerk|representative|rep|agent|advisor|adviser|counselor|technician"
    r"|therapist|physician|pharmacist|supervisor|executive|strategist|writer|editor|marketer"
    r"|recruiter|planner|operator|cashier|receptionist|freelance|freelancer|contractor|fellow"
    r"|principal|staff|senior|junior|sr|jr|partner|paralegal|attorney|aide|caregiver"
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
_STATE_OR_COUNTRY = r"(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_LOCATION = re.compile(
    rf"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}}, {_STATE_OR_COUNTRY}|remote|hybrid|on-?site)"
    r"(?: \((?:remote|hybrid|on-?site)\))?$",
    re.I,
)
_TRAILING_LOCATION = re.compile(
    rf",\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}},\s*{_STATE_OR_COUNTRY}$|,\s*(?:remote|hybrid)$"
    r"|\s*\((?:remote|hybrid|on-?site)\)$",
    re.I,
)
LAST_WORD_WEIGHT = 3
_WEB_DOMAIN_END = re.compile(r"\.(?:com|io|ai)$", re.I)
_AT = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.I)


def clean_fragments(fragments: list[str]) -> list[str]:
    """Header fragments without locations; "Title at Company" split in two."""
    cleaned: list[str] = []
    for fragment in fragments:
        if is_location(fragment):
            continue
        fragment = _TRAILING_LOCATION.sub("", fragment).strip(" ,;:()")
        parts = _AT.split(fragment, maxsplit=1)
        cleaned += [part.strip(" ,;:") for part in parts if part.strip(" ,;:")]
    return cleaned


def is_location(fragment: str) -> bool:
    return bool(_LOCATION.match(fragment)) and not (
        _COMPANY_WORDS.search(fragment) or _TITLE_WORDS.search(fragment)
    )


def title_and_company(fragments: list[str]) -> tuple[str | None, str | None]:
    """Pick the title and the company among header fragments, by the words they contain."""
    if not fragments:
        return None, None
    if len(fragments) == 1:
        return _single_fragment(fragments[0])
    first, second = fragments[0], fragments[1]
    if title_score(second) > title_score(first):
        return second, first
    return first, second


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
    title and "Zenith Software" a company, "Financial Analyst" a title and "Acme Financial" not."""
    words = re.findall(r"[\w&.-]+", fragment)
    last = words[-1].strip(".") if words else ""
    score = len(_TITLE_WORDS.findall(fragment)) - len(_COMPANY_WORDS.findall(fragment))
    if _TITLE_WORDS.fullmatch(last):
        score += LAST_WORD_WEIGHT
    elif _COMPANY_WORDS.fullmatch(last) or _WEB_DOMAIN_END.search(fragment):
        score -= LAST_WORD_WEIGHT
    return score
