"""Who the resume belongs to: name, email, phone and profile links."""

import re
from dataclasses import dataclass, field

from app.resumes.parsed import ResumeLinks
from app.resumes.parsing.degrees import is_institution
from app.resumes.parsing.places import is_place
from app.resumes.parsing.roles import LEGAL_FORM_WORDS, title_score
from app.resumes.parsing.sections import heading_kind
from app.resumes.parsing.text import APOSTROPHES, collapse_spaces, split_fields

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# +1 (415) 555-0134, 415.555.0134, +44 20 7946 0958, +44 7700 900123, +33 6 12 34 56 78:
# checked by digit count.
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,6}(?:[\s.-]\d{1,6}){0,5}(?!\w)"
)
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 10, 15
MAX_SIDE_COLUMN_LINES = 60
MAX_HEADLINE_WORDS = 20
LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[\w%-]+/?", re.I)
GITHUB = re.compile(r"(?:https?://)?(?:www\.)?github\.com/[\w-]+/?", re.I)
_TLDS = (
    r"com|dev|io|me|net|org|design|site|xyz|co|app|tech|ai|page|art|studio|info|blog|codes"
    r"|work|online|website|portfolio|us|uk|ca|de|in"
)
WEBSITE = re.compile(
    rf"(?<![\w@.])(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:{_TLDS})(?![\w@.-]*@)(?:/[^\s,;|)]*)?(?![\w.])",
    re.I,
)
_WEBSITE_LABEL = re.compile(r"(?:portfolio|website|web|site)\b", re.I)
_YEARS_ONLY = re.compile(r"^(?:(?:19|20)\d\d\D*)+$")
_NAME_WORD = re.compile(rf"^[^\W\d_]+(?:[{APOSTROPHES}.-][^\W\d_]*)*\.?$")
_NOT_A_NAME = re.compile(r"\b(?:resume|résumé|curriculum vitae|cv)\b", re.I)
# An organisation's name is capitalized like a person's ("Acme Holdings Inc", "Pune University").
_LEGAL_FORM = re.compile(rf"\b(?:{LEGAL_FORM_WORDS})\b", re.I)


@dataclass
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: ResumeLinks = field(default_factory=ResumeLinks)


def extract_contact(header: list[str], contact_lines: list[str], all_lines: list[str]) -> Contact:
    """Contact details, looked for in the header and contact section first, then anywhere."""
    near_top = header + contact_lines
    everywhere = near_top + all_lines
    return Contact(
        name=find_name(header or all_lines[:5]),
        email=_first(EMAIL, everywhere),
        phone=find_phone(near_top) or find_phone(all_lines[:15]),
        links=find_links(near_top, everywhere),
    )


def find_name(lines: list[str]) -> str | None:
    """The first line that reads as a person's name (2-5 capitalized words, no contact data,
    not a job title: "Data Scientist" heads some exports' lines)."""
    for line in lines[:8]:
        for candidate in _name_candidates(line):
            if _looks_like_name(candidate) and title_score(candidate) <= 0:
                return _proper_case(candidate)
    return None


def find_name_above_headline(lines: list[str]) -> int | None:
    """Where the name is when a side column was read first (LinkedIn's PDF, two-column
    templates): a line that reads as a name, directly above a job title or headline; above all
    one with a place under its headline, as LinkedIn writes them ("Certified Kubernetes" /
    "Administrator (CKA)" in the side column reads as a name above a title too)."""
    candidates: list[int] = []
    for index, line in enumerate(lines[: MAX_SIDE_COLUMN_LINES + 1]):
        if heading_kind(line) == "experience":
            break
        names = _name_candidates(line)
        if (
            index + 1 < len(lines)
            and names
            and _looks_like_name(names[0])
            and title_score(names[0]) <= 0
            and _is_headline(lines[index + 1])
        ):
            candidates.append(index)
    placed = [i for i in candidates if any(is_place(line) for line in lines[i + 2 : i + 4])]
    found = placed or candidates
    return found[0] if found else None


def _is_headline(line: str) -> bool:
    if heading_kind(line) is not None or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    return title_score(line) > 0 or bool(re.search(r"\s(?:at|@)\s", line))


def _name_candidates(line: str) -> list[str]:
    fields = split_fields(line)
    # "Maria Lopez, RN, BSN": the credentials after the comma are not part of the name.
    return [fields[0].split(",")[0].strip()] if fields else []


def _looks_like_name(text: str) -> bool:
    if EMAIL.search(text) or WEBSITE.search(text) or any(char.isdigit() for char in text):
        return False
    if _NOT_A_NAME.search(text) or heading_kind(text) is not None:
        return False
    if is_institution(text) or _LEGAL_FORM.search(text):
        return False
    words = text.split()
    return 2 <= len(words) <= 5 and all(
        word[0].isupper() and _NAME_WORD.match(word) for word in words
    )


def _proper_case(name: str) -> str:
    name = collapse_spaces(name)
    return name.title() if name.isupper() else name


def find_phone(lines: list[str]) -> str | None:
    for line in lines:
        for match in PHONE.finditer(line):
            text = match.group().strip(" .-")
            digits = sum(char.isdigit() for char in text)
            if MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS and not _YEARS_ONLY.match(text):
                return collapse_spaces(text)
    return None


def find_links(near_top: list[str], everywhere: list[str]) -> ResumeLinks:
    linkedin = _first(LINKEDIN, everywhere)
    github = _first(GITHUB, everywhere)
    return ResumeLinks(
        linkedin=_as_url(linkedin),
        github=_as_url(github),
        portfolio=_as_url(_portfolio(near_top, everywhere)),
    )


def _portfolio(near_top: list[str], everywhere: list[str]) -> str | None:
    labelled = [line for line in everywhere if _WEBSITE_LABEL.match(line)]
    for line in labelled + near_top:
        for match in WEBSITE.finditer(line):
            url = match.group()
            if not LINKEDIN.search(url) and not GITHUB.search(url):
                return url
    return None


def _first(pattern: re.Pattern, lines: list[str]) -> str | None:
    for line in lines:
        match = pattern.search(line)
        if match:
            return match.group()
    return None


def _as_url(link: str | None) -> str | None:
    if not link:
        return None
    link = link.rstrip("/.")
    return link if re.match(r"(?i)https?://", link) else f"https://{link}"
