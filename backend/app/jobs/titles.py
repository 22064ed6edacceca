"""The job title a posting states: a "Job title:" or "Position:" line (or a "Job title:" label
inside a header line), else the first heading or short line near the top that reads as a job
title, else the words the first line opens with, up to where its details ("Angular Developer:
Security Services Onboarding ...") or, in a posting in one paragraph, its first sentence or
listing detail begin ("Senior Process Engineer We are seeking..."), else the role a sentence
says is wanted ("Our client is looking for a Mechanical Design Engineer to join...", "Care
Workers required to cover...").

A line reads as a job title when it names a role ("Engineer", "Nurse", "Electrician") or an
O*NET/ESCO occupation title matches it, and it is not a section heading ("About us", "Job
description"), a company's name ("Apex Talent Partners"), listing details ("Detroit, MI",
"Posted 3 days ago", "Full-time") or a sentence.
"""

import itertools
import re
from dataclasses import dataclass

from app.jobs.headings import BULLET, classify_heading, clean_heading, split_heading
from app.jobs.occupation import best_title_match
from app.knowledge.occupations import OccupationIndex
from app.knowledge.role_nouns import ROLE_NOUN

MAX_TITLE_WORDS = 12
MAX_TITLE_CHARS = 120
LINES_TO_SCAN = 15
META_LINE_CHARS = 400
"""A line of listing details ("Apex Talent | Austin, TX | Full-time") is short; a longer one is
not split (a run of spaces before "|" costs a pass per space)."""
OPENING_CHARS = MAX_TITLE_CHARS + 40
"""Where a title that runs into the text is looked for: a title is shorter, and the patterns
that trim it then read a short text, never a pasted wall."""
SENTENCE_SCAN_CHARS = 3000
HIRING_SENTENCES = 5
NAME_CHARS = 60
"""What follows a title on its line and is longer than an employer's name and details is the
posting's text run into the title line, and stays content."""
_SMALL_WORDS = frozenset(
    {"of", "and", "or", "for", "the", "in", "at", "to", "a", "an", "with", "de", "du", "la", "le"}
)

TITLE_LINE = re.compile(
    r"^\s*(?:job\s+title|position(?:\s+title)?|title|role|job\s+role|vacancy|job)"
    r"\s*[:\-\u2013]\s*(.+)$",
    re.I,
)
_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|llc|llp|ltd|limited|corp|corporation|gmbh|plc|ag|sa|group|partners|holdings"
    r"|co|company|technologies|solutions|labs|ventures|capital|hospital|clinic|university"
    r"|college|bank|agency|recruitment|staffing|consulting|associates|international|global)"
    r"\.?$",
    re.I,
)
_SENTENCE_WORDS = re.compile(
    r"\b(?:is|are|was|were|we|we're|our|you|your|will|have|has|join|looking|hiring"
    r"|seeking|apply|the|number of|reports? to|reporting to)\b",
    re.I,
)
_LISTING = re.compile(
    r"^(?:posted|date posted|posting date|closing date|start date|job type|employment type"
    r"|contract type|hours|shift|schedule|salary|pay|wage|compensation|location|reports to"
    r"|department|industry|job id|req(?:uisition)?\b|reference|remote|on-?site|hybrid"
    r"|full[- ]time|part[- ]time|permanent|temporary|contract|fixed[- ]term)\b"
    r"|\bposted\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b|[$\u00a3\u20ac]\s?\d",
    re.I,
)
# "Detroit, MI", "Leeds, United Kingdom" (not "Product Manager, Growth": that one names a role).
_PLACE = re.compile(
    r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
)
_META_SEPARATOR = re.compile(r"\s[|\u00b7\u2022]\s|\s{2,}\|\s{0,2}")
_ADJECTIVES = (
    r"(?:experienced|talented|motivated|driven|passionate|skilled|dedicated|enthusiastic"
    r"|dynamic|highly|self-motivated|results-driven|hands-on|qualified|proactive"
    r"|detail-oriented|ambitious|seasoned|exceptional|outstanding|strong|great|brilliant"
    r"|curious|reliable|hard-?working|energetic|creative|versatile|confident|organi[sz]ed"
    r"|compassionate|caring|proven|accomplished|bright|keen|friendly|permanent|full-time"
    r"|part-time|contract|temporary|interim|budding|fantastic|excellent|exciting|high calibre"
    r"|high caliber|successful|new|additional|further|suitable|competent|established|smart)"
    r"(?:,|\sand)?\s"
)
_HIRING = re.compile(
    r"\b(?:looking for|seek(?:s|ing)|hiring|recruiting for|searching for|in search of"
    r"|(?:seeking|looking|keen|wishing|delighted|pleased) to (?:recruit|hire|appoint|employ"
    r"|find|welcome|add|bring in|take on)(?: for)?|(?:need|require)s?(?: of)?|(?:is|are) recruiting"
    r"|(?:vacancy|position|opening|opportunity) (?:available |open |has arisen )?for)\s"
    rf"(?:(?:a number of|an?|our next|a new|the|several|two|three|four|five|\d{{1,2}})\s)?"
    r"(?!(?:to|for|an?|the|of)\s)"
    rf"(?:{_ADJECTIVES}){{0,4}}"
    r"((?:[\w&/+#.'-]{1,30}\s){0,6}?[\w&/+#.'-]{1,30}?)"
    r"(?=\s(?:to|who|with|that|in|for|at|on|and|based|from|will|which|able|within|of|into"
    r"|their|our|your|the|also|as|or|is|are|you|reporting|working|located|covering|due)\b"
    r"|\s?[.,;:!()]|$)",
    re.I,
)
_ADJECTIVE = re.compile(rf"^(?:{_ADJECTIVES}){{1,4}}", re.I)
# "As Senior Electronics Engineer, you will...": the role the posting addresses its reader as.
_AS_ROLE = re.compile(
    r"\bAs (?:an? |the )?((?:[A-Z][\w&/+#.'-]*\s{1,2}){0,5}[A-Z][\w&/+#.'-]*)\s?,?\s(?:you|your)\b"
)
# Words around a title that are not part of it: "(m/f/d)", "Chef de Partie Role".
_GENDER_MARK = re.compile(
    r"\(\s{0,2}(?:[mfwdhx]\s{0,2}/\s{0,2}){1,3}[mfwdhx]\s{0,2}\)|\(\s{0,2}all genders\s{0,2}\)",
    re.I,
)
# What follows a role on a title line and is not part of it: "at Acme", "@ Acme", a gender mark
# and what comes after it, "for our new Digital Center".
_ROLE_BEFORE_EMPLOYER = re.compile(
    rf"\s+(?:at|@)\s+(?=(?-i:[A-Z0-9]))|\s*(?:{_GENDER_MARK.pattern})|\s+for\s+our\s",
    re.I,
)
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
_COMMA = re.compile(r",\s+")
_IN_A_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_NOT_TITLES = frozenset(
    {"role", "position", "job", "title", "vacancy", "opening", "opportunity", "the role"}
)
_TRAILING_WORD = re.compile(r"\s(?:role|position|opportunity|vacancy|job)$", re.I)
# A "Job title:" label after other header fields ("JOB DESCRIPTION JOB TITLE: Waiter HOURS: ..").
_TITLE_LABEL_INSIDE = re.compile(r"\b(?:job|position)\s+title\s*:\s*(.+)$", re.I)
# Where a labelled title's value ends: the next field's label ("HOURS:", "Purpose:") or the
# end of a sentence ("Job title: Care Support Workers. Pulse Healthcare...").
_NEXT_FIELD = re.compile(r"\s(?:[A-Z]{2,}\s){0,2}[A-Z]{2,}\s?:|\s[A-Z][a-z]+\s?:|\.\s")
# What ends the title a one-paragraph posting opens with: a word that begins a sentence or a
# listing field ("We", "Our", "This", "Location:", "Basic"), a verb ("...Engineer is
# required"), a salary, a reference or a date (a word with a digit, a currency sign or a masked
# "****"), or the end of a sentence.
_OPENING_ENDS = re.compile(
    r"\s(?:(?:We|We're|Our|This|These|My|The|You|Your|Are|Is|Do|Does|Job|As|Due|Currently"
    r"|Working|Join|Location|Salary|Basic|OTE|Circa|Up to|Negotiable|Competitive|If|Would"
    r"|Have|Based|Closing|Ref|Reference)\b"
    r"|(?P<verb>is|are|will|would|has|have|required|wanted|needed|requires?|seeks?)\b"
    r"|\S*[\d*$\u00a3\u20ac])|[.!?]\s"
)
# Where a title that opens a line ends and the line's details begin: a spaced dash or bar, a
# colon, an opening bracket or a run of spaces ("Angular Developer: Security Services
# Onboarding", "Graduate Software Engineer  C/C++, Java" where a separator was lost).
_DETAILS_START = re.compile(r"\s+[-|\u2013\u2014]\s|:\s|\s+\(|\s{2,}")
# "dynamic, technically astute Sales Engineer": praise a hiring sentence puts before the
# capitalised title it names, told by an adverb or a comma ("embedded SW Engineer" is a title).
_LOWERCASE_LEAD = re.compile(r"^(?:[a-z][\w,-]*\s)+(?=[A-Z])")
_PRAISE = re.compile(r"[a-z]ly\s|,")
_LOOSE_END = re.compile(
    r"(?:\s+(?:in|to|up|of|and|or|for|the|at|on|with|from|a|an|&))+$|[\s,;:/|\-\u2013]+$", re.I
)
# The article an opening sentence names the role with ("An Electrician is required", "A.Net
# Developer is required" with the space lost), not an "A Level Teacher" title's "A".
_ARTICLE = re.compile(r"^(?:An?|The)\s+(?=[A-Z.])|^A(?=\.[A-Z])")
# "Care Workers required to cover...", "A .Net Developer is required to join...": the verb's
# "is"/"are" is never the title's last word.
_WANTED = re.compile(
    r"(?:^|[.!?]\s)(?:An?\s)?((?:[A-Z][\w&/+#.'-]*\s){0,5}(?!(?:is|are)\s)[A-Z]?[\w&/+#.'-]+)"
    r"\s(?:(?:is|are)\s)?(?:urgently\s)?(?:required|wanted|needed)\b"
)


@dataclass(frozen=True)
class FoundTitle:
    text: str
    line: int | None
    """The index of the line the title takes, left out of the content."""
    rest: str | None = None
    """What follows the title on its line, when the line goes on (a posting in one paragraph):
    the content that stays, so its first sentence reads without the title in front."""


def is_title_line(line: str) -> bool:
    """A "Job title: ..." line with a title after the label (not "Role: you will lead...")."""
    match = TITLE_LINE.match(line.replace("**", "").replace("__", ""))
    return match is not None and _title_shaped(clean_heading(match[1]))


def find_title(lines: list[str], occupations: OccupationIndex) -> FoundTitle | None:
    """The posting's title, from a labelled line, the first lines, or a hiring sentence."""
    for number, line in enumerate(lines):
        if is_title_line(line):
            match = TITLE_LINE.match(line.replace("**", "").replace("__", ""))
            assert match is not None
            return FoundTitle(_tidy(clean_heading(match[1])), number)
    labelled = _labelled_in_header(lines[:LINES_TO_SCAN])
    if labelled is not None:
        return FoundTitle(labelled, None)
    for number, line in enumerate(lines[:LINES_TO_SCAN]):
        if BULLET.match(line):
            continue
        heading, _, labels_line = split_heading(line)
        if heading is not None and not labels_line:
            kind, _ = classify_heading(heading)
            if kind in ("requirements", "responsibilities", "nice"):
                break  # the posting's body has begun
        cleaned = clean_heading(line)
        parts = _META_SEPARATOR.split(cleaned) if len(cleaned) <= META_LINE_CHARS else [cleaned]
        for part in parts:
            role, after = _role_on_title_line(part.strip())
            if looks_like_job_title(role, occupations):
                rest = after if len(parts) == 1 and len(after) > NAME_CHARS else None
                return FoundTitle(_tidy(role), number, rest)
        if number == 0 and (first := _first_line_title(line, occupations)) is not None:
            return first
    return _title_in_sentence("\n".join(lines)[:SENTENCE_SCAN_CHARS], occupations)


def _labelled_in_header(lines: list[str]) -> str | None:
    """The value of a "Job title:" label inside a line of header fields, up to the next field
    ("JOB TITLE: Kitchen Porter HOURS: 40 hours per week" -> Kitchen Porter)."""
    for line in lines:
        label = TITLE_LINE.match(line) or _TITLE_LABEL_INSIDE.search(line)
        if label is None:
            continue
        value = _NEXT_FIELD.split(clean_heading(label[1][:OPENING_CHARS]), maxsplit=1)[0]
        value = _LOOSE_END.sub("", value).strip()
        if _title_shaped(value) and ROLE_NOUN.search(value) and not _COMPANY_SUFFIX.search(value):
            return _tidy(value)
    return None


def _first_line_title(line: str, occupations: OccupationIndex) -> FoundTitle | None:
    """The title a first line opens with, when the line as a whole does not read as one: up to
    where its details begin, or up to where its text begins; the shorter when both read."""
    found = [
        title
        for title in (_leading_title(line, occupations), _opening_title(line, occupations))
        if title is not None
    ]
    return min(found, key=lambda title: len(title.text), default=None)


def _leading_title(line: str, occupations: OccupationIndex) -> FoundTitle | None:
    """ "Angular Developer: Security Services Onboarding ...", "TELESALES ACCOUNT MANAGER  BASIC
    £20K OTE ...": the role before the details, when it names one."""
    start = _DETAILS_START.search(line, 0, OPENING_CHARS)
    if start is None:
        return None
    role = _LOOSE_END.sub("", line[: start.start()]).strip()
    if ROLE_NOUN.search(role) is None or not looks_like_job_title(role, occupations):
        return None
    rest = line[start.end() :].strip()
    return FoundTitle(_tidy(role), 0, rest if len(rest) > NAME_CHARS else None)


def _opening_title(line: str, occupations: OccupationIndex) -> FoundTitle | None:
    """The title a posting in one paragraph opens with: its first words, up to where a
    sentence or a listing detail begins, when they read as a job title."""
    end = _OPENING_ENDS.search(line[:OPENING_CHARS])
    if end is None:
        return None
    opening = _LOOSE_END.sub("", line[: end.start()]).strip()
    rest = line[len(opening) :].strip()
    # "Registered Dental Nurse, Edgware, Middlesex, Part time": the role without the details
    # written after it on the title line (they are not content either).
    role, _ = _role_on_title_line(opening)
    if role != opening and looks_like_job_title(role, occupations):
        opening = role
    if not looks_like_job_title(opening, occupations):
        named = _before_a_name(opening)
        if not named or not looks_like_job_title(named, occupations):
            return None
        opening = named
        rest = line[len(opening) :].strip()
    title = _tidy(_ARTICLE.sub("", opening) if end["verb"] else opening)
    if split_heading(rest)[0] is not None:  # "Location: Stoke ..." would label the whole line
        return FoundTitle(title, None)
    return FoundTitle(title, 0, rest)


def _role_on_title_line(line: str) -> tuple[str, str]:
    """A title line's role, and what follows it that is not part of it: the employer, team or
    listing details ("Senior Data Engineer at Acme", "Frontend Engineer (f/m/d) Acme GmbH",
    "Front End Developer - Acme Corp", "Data Engineer - Remote", "System Architect for our new
    Digital Center"). A line whose leading role would not read as a title alone is kept whole
    ("Registered Nurse - Medical-Surgical" keeps its unit)."""
    cut = _ROLE_BEFORE_EMPLOYER.search(line, 0, OPENING_CHARS)
    if cut is None and len(line) > OPENING_CHARS:
        return line, ""
    end = cut.start() if cut else len(line)
    end = _before_trailing_details(line, end, _DASH)
    end = _before_trailing_details(line, end, _COMMA)
    role = line[:end].strip()
    if not role or end == len(line) or ROLE_NOUN.search(role) is None:
        return line, ""
    return role, line[end:].strip()


def _before_trailing_details(line: str, end: int, separator: re.Pattern[str]) -> int:
    """Where the role ends once the separated details after it are left out, last first: a
    company, a listing detail or a place, which may itself hold one separator ("Dental Nurse,
    Edgware, Middlesex, Part Time" -> "Dental Nurse")."""
    cuts = [found.start() for found in separator.finditer(line, 0, end)]
    while cuts:
        if _listing_or_company(line[cuts[-1] : end].strip(" ,-\u2013\u2014")):
            end = cuts.pop()
        elif len(cuts) > 1 and _PLACE.match(line[cuts[-2] : end].strip(" ,-\u2013\u2014")):
            end = cuts[-2]
            del cuts[-2:]
        else:
            break
    place = _IN_A_PLACE.search(line, 0, end)
    return place.start() if place and _PLACE.match(line[place.end() : end]) else end


def _listing_or_company(segment: str) -> bool:
    segment = segment.strip()
    return bool(
        _COMPANY_SUFFIX.search(segment) or _LISTING.search(segment) or _PLACE.match(segment)
    )


def _before_a_name(opening: str) -> str | None:
    """The role that opens a posting when the employer's or agency's name follows it ("Senior
    Care Assistant Kind Hands Recruitment are..."): up to the last role noun, when only
    capitalised words come after it."""
    roles = list(ROLE_NOUN.finditer(opening))
    if not roles:
        return None
    last = roles[-1]
    name = opening[last.end() :].split()
    if not name or not all(word[:1].isupper() for word in name):
        return None
    return opening[: last.end()]


def looks_like_job_title(text: str, occupations: OccupationIndex) -> bool:
    """Whether a short text names a job rather than a section, a company or listing details."""
    if not _title_shaped(text) or _COMPANY_SUFFIX.search(text) or text.lower() in _NOT_TITLES:
        return False
    names_a_role = ROLE_NOUN.search(text) is not None
    if not names_a_role and (_LISTING.search(text) or _PLACE.match(text)):
        return False
    kind, coverage = classify_heading(text)
    if kind is not None and coverage > 0.5:
        return False
    return names_a_role or best_title_match(text, occupations) is not None


def names_a_job(line: str) -> bool:
    """Whether a line only names a job ("Full Stack Developer", "Frontend Engineer (f/m/d)"):
    a posting repeating its title or a team's, which asks for nothing."""
    text = " ".join(_GENDER_MARK.sub(" ", line).split())
    if not _title_shaped(text) or ROLE_NOUN.search(text) is None:
        return False
    kind, coverage = classify_heading(text)
    return kind is None or coverage <= 0.5


def _title_shaped(text: str) -> bool:
    return (
        2 <= len(text) <= MAX_TITLE_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and not text.endswith((".", "!", "?", ":", ";", ","))
        and not any(mark in text for mark in ":<>")
        and not _SENTENCE_WORDS.search(text)
    )


def _tidy(title: str) -> str:
    """A title without gender marks and a trailing "Role", in title case."""
    title = " ".join(_GENDER_MARK.sub(" ", title).split())
    return title_case(_TRAILING_WORD.sub("", title) if " " in title else title)


def _title_in_sentence(text: str, occupations: OccupationIndex) -> FoundTitle | None:
    """The role a hiring sentence names, if it is more than a bare "engineer" and names a
    role ("a high level of accuracy" does not)."""
    hiring = itertools.islice(_HIRING.finditer(text), HIRING_SENTENCES)
    wanted = itertools.islice(_WANTED.finditer(text), HIRING_SENTENCES)
    addressed = itertools.islice(_AS_ROLE.finditer(text), HIRING_SENTENCES)
    for match in itertools.chain(hiring, wanted, addressed):
        role = " ".join(_ADJECTIVE.sub("", match[1]).split())
        role = _without_praise(role)
        if (
            len(role.split()) >= 2
            and ROLE_NOUN.search(role)
            and looks_like_job_title(role, occupations)
        ):
            return FoundTitle(_tidy(role), None)
    return None


def _without_praise(role: str) -> str:
    """ "technically astute Sales Engineer" -> "Sales Engineer", never down to a bare role."""
    lead = _LOWERCASE_LEAD.match(role)
    if lead is None or not _PRAISE.search(lead[0]) or len(role[lead.end() :].split()) < 2:
        return role
    return role[lead.end() :]


def title_case(title: str) -> str:
    """A title as titles are written: "JOURNEYMAN ELECTRICIAN" and "senior data engineer" get
    capitals, "iOS" and "QA" keep theirs."""
    words = title.split(" ")
    if title.isupper() and len(title) > 4:
        words = [
            word.lower() if len(word) > 3 or word.lower() in _SMALL_WORDS else word
            for word in words
        ]
    return " ".join(
        word if word in _SMALL_WORDS or not word.islower() else word[:1].upper() + word[1:]
        for word in words
    )
