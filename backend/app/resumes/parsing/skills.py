"""The candidate's skills: what they list (every item, known or not) and what their own work
names; never a degree's subject, an address, what an employer sells, a job title, a place or
a language they speak. Each is shown in words the candidate wrote."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.knowledge.keys import lookup_key
from app.knowledge.role_nouns import PERSON_ROLE
from app.knowledge.store import get_knowledge
from app.resumes.parsed import ResumeSkill
from app.resumes.parsing.contact import EMAIL, GITHUB, LINKEDIN
from app.resumes.parsing.education import find_degree
from app.resumes.parsing.places import is_place
from app.resumes.parsing.role_phrases import is_role
from app.resumes.parsing.sections import ResumeSections, heading_kind
from app.resumes.parsing.text import is_bullet, strip_bullet
from app.skills.expertise_phrases import named_after_expertise
from app.skills.finder import SkillFinder, get_skill_finder
from app.skills.listed import (
    ListedSkill,
    listed_in_prose,
    reads_as,
    resolve_item,
    shown_name,
    split_items,
)
from app.skills.matcher import SkillMention
from app.skills.taxonomy import get_taxonomy
from app.skills.testing_kinds import beside_kinds, kinds_of_testing

UNCATEGORIZED = "other"
# Longer lines are whole flattened resumes: one mention of a degree or an employer somewhere in
# them must not drop everything else they say.
MAX_CLAUSE_CHARS = 300
# Where a sentence describing an employer begins and ends in a flattened resume, which often
# has no full stops: at most this far before the words that give it away, and after them.
SENTENCE_LOOKBACK_CHARS = 80
SENTENCE_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\s{2,}")
MIN_PROSE_WORDS = 6
"""A bullet this long that has not ended is a sentence the page may have wrapped."""
# A bullet ending on one of these has finished (or goes on as a list): nothing wraps onto it.
_BULLET_CLOSERS = (".", "!", "?", ";", ":", ",")
_KIND_CATEGORIES = {"technology": "software", "tool": "tools", "transversal": "soft"}
# Sections a skills list runs into when an export loses the heading's line break.
_NOT_SKILLS_HEADINGS = ("awards", "interests")
# What a line about a degree, a school or marks says.
_SCHOOLING = re.compile(
    r"%|\b(?:school|college|universit|institut|academy|board|marks?|grade|cgpa|gpa|percentage"
    r"|aggregate|division|class|sem(?:ester)?\b|stream|section|branch|major|minor|specialization"
    r"|passing|passed|pursuing|graduat|engineering|science|commerce|arts)",
    re.IGNORECASE,
)
# Sections whose prose is the candidate's own work.
_WORK_SECTIONS = ("summary", "experience", "projects", "volunteer", "certifications", "courses")
# "Tools: Figma, Jira" or "Environment: Java, Spring, Oracle" anywhere in the resume.
_LIST_LABEL = re.compile(
    r"^[\w /&().+-]{0,40}?\b(?:skills?|tools?|technolog(?:y|ies)|languages?|software"
    r"|platforms?|frameworks?|librar(?:y|ies)|databases?|environments?|packages?|systems?|ides?"
    r"|stack|utilities|methodolog(?:y|ies)|applications|scripting|programming|expertise"
    r"|proficienc(?:y|ies)|competenc(?:y|ies)|os|web)\s*:\s*\S",
    re.I,
)
# Addresses are not skills, even when they contain one ("https://" is not TLS, "github.com/x" is
# not Git); bare domains are kept because "ASP.NET" looks like one.
_ADDRESSES = re.compile(
    rf"https?://\S+|\bwww\.\S+|{EMAIL.pattern}|{LINKEDIN.pattern}|{GITHUB.pattern}", re.I
)
# Sentences about an employer or a client, not about the candidate's work.
_ABOUT_EMPLOYER = re.compile(
    r"\b(?:is|was|are) (?:a|an|the|one of the) (?:\w+[ -]){0,4}?(?:company|provider|firm|leader"
    r"|startup|vendor|manufacturer|organi[sz]ation|platform|product|business|bank|group)\b"
    r"|\bprovider of\b|\bleader in\b|\bcompany (?:that|which)\b|\b(?:which|that) (?:sells|offers"
    r"|provides|makes|builds)\b|\bclients? (?:include|such as)\b",
    re.I,
)
# "phone, chat and email support" names three kinds of support: repeat the shared last word.
# Kinds of testing share theirs in app/skills/testing_kinds.py, only between well-known kinds:
# "Selenium, TestNG and API testing" names two tools, not "Selenium testing".
_SHARED_HEAD = re.compile(
    r"\b((?:[A-Za-z][\w-]*,\s+)*[A-Za-z][\w-]*,?\s+(?:and|or|&)\s+[A-Za-z][\w-]*)\s+"
    r"(support|development|design|management)\b"
)
# "Technical Support Engineer", "Salesforce Developer": a job title, not the skills it names.
_ROLE_AFTER = re.compile(rf"\s+(?=[A-Z])(?i:{PERSON_ROLE.pattern})\b")
_LIST_WORD = re.compile(r"[A-Za-z][\w-]*")
_CONJUNCTIONS = frozenset({"and", "or"})
# Left over between the skills a sentence-long list item names ("High problem solving and
# analytical skills", "Drupal 7 and Drupal 8 Development"): a level of mastery (not "sound",
# which also names a skill), or a number that belongs to the name before it.
_MASTERY_WORDS = frozenset(
    [
        "high", "excellent", "superior", "exceptional", "outstanding", "extensive", "proven",
        "superb", "great",
    ]
)  # fmt: skip
# Headings run into a flattened list: never skills ("Research" and "Training" head sections
# too, and are skills).
_HEADINGS_OF_OTHER_SECTIONS = frozenset(
    ["contact", "experience", "education", "awards", "projects", "volunteer", "certifications",
     "references", "interests", "summary"]
)  # fmt: skip
# The last word of a list's label written in capitals ("CLOUD TOOLS", "OPERATING SYSTEM").
_LABEL_NOUNS = frozenset(
    [
        "system", "systems", "providers", "tools", "technologies", "platforms", "frameworks",
        "languages", "databases", "skills", "software", "details", "servers", "utilities",
        "packages", "environment", "environments", "ides", "methodologies", "concepts",
    ]
)  # fmt: skip
_LEADING_VERSION = re.compile(r"^v?\d[\d.]*\s")
_ADJECTIVE = re.compile(r"[A-Za-z]+(?:al|ive|able|ible|ant|(?<!m)ent)", re.I)  # not "Management"
# Versions listed apart from the name they belong to ("Oracle 11g, 12c and 19c", "DB2 V9x V10x",
# Windows Server "2K/2K3/2K8" run together as "2K2K32K8"); not a network's generation ("4G").
_VERSION_WORD = r"(?:(?!\dg\b)v?\d+(?:\.\d+)*(?:[cix]|gi?)?|(?:\d+k\d*)+)"
_VERSIONS_ONLY = re.compile(rf"{_VERSION_WORD}(?:\s+(?:(?:and|or|&)\s+)?{_VERSION_WORD})*", re.I)
# Phrasings a fixed alias cannot spell: "Closed $2.4M in new contracts", "groomed the Jira backlog".
_PHRASES = (
    (
        re.compile(r"\bclos(?:ed|ing)\s+(?:[$\u00a3\u20ac]\s?[\d.,]+\s*[kmb]?|\d+\s+deals)", re.I),
        "Closing",
    ),
    (
        re.compile(
            r"\b(?:groom|refin|prioriti[sz])\w*\s+(?:the\s+|our\s+)?(?:\w+\s+)?backlogs?\b", re.I
        ),
        "Backlog Management",
    ),
)


_COMPANY_SUFFIX = re.compile(
    r"\s+(?:pvt\.?|private|ltd\.?|limited|inc\.?|llc|llp|corp\.?|corporation|co\.?|gmbh|plc)\b.*$",
    re.I,
)
# First words of company names that name no company on their own.
_COMMON_FIRST_WORDS = frozenset(
    [
        "the", "global", "national", "international", "first", "united", "general", "new",
        "american", "indian", "royal", "city", "state", "central", "western", "eastern",
        "northern", "southern", "digital", "smart",
    ]
)  # fmt: skip


@dataclass
class _Found:
    skills: dict[str, ListedSkill]
    shown: set[str] = field(default_factory=set)

    def add(self, skill: ListedSkill) -> None:
        """Once per skill, however it is written: "SolidWorks" listed and named in a job, "UI
        Testing" known to the vocabulary and read as a kind of testing. Never a job title (but
        the practice it reads as), a language spoken (skills lists often name them) or a place
        ("London" also names a product in the open data)."""
        known = get_knowledge().skills.get(skill.name) if skill.known else None
        if is_role(skill.shown, name=known.name if known else None):
            if not (known and reads_as(known.name, skill.shown)):
                return
            skill = ListedSkill(known.name, known.name, True)  # "UX designer": UX Design
        shown = lookup_key(skill.shown)
        if (known and known.kind == "language") or _is_place(skill.shown) or shown in self.shown:
            return
        key = f"#{known.id}" if known else lookup_key(skill.name)
        if known and _names_another_practice(skill):
            key = shown
        if key not in self.skills or _plainer(skill, self.skills[key]):
            self.skills[key] = skill
            self.shown.add(shown)


def _is_place(text: str) -> bool:
    """A place, also with its comma lost as in a flattened export ("Pune Maharashtra"): a region
    spelled out, not a code ("Windows XP", "Azure AD" are no places)."""
    town, _, region = text.partition(" ")
    return is_place(text) or (len(region) > 3 and is_place(f"{town}, {region}"))


def _plainer(skill: ListedSkill, first: ListedSkill) -> bool:
    """ "Selenium" written after "Selenium WebDriver", "SAP" after "SAP ERP": the skill's own
    name, shorter than the form first seen, is the one to show."""
    return lookup_key(skill.shown) == lookup_key(skill.name) and len(skill.shown) < len(first.shown)


def _names_another_practice(skill: ListedSkill) -> bool:
    """ "Manual Testing" is an alias of "Software Testing" in the open data, yet a practice of
    its own the candidate named: several words that do not read as the canonical name."""
    return " " in skill.shown and not reads_as(skill.name, skill.shown)


def extract_skills(
    sections: ResumeSections, *, employers: Sequence[str | None] = ()
) -> list[ResumeSkill]:
    """The candidate's lists first (in their order), then skills their own work names, with
    the names of their employers left out ("IMPACT INFOTECH Pvt Ltd", "Bosch")."""
    finder = get_skill_finder()
    found = _Found({})
    for line in _listed_lines(sections):
        for skill in _listed_in(line, finder):
            found.add(skill)
    # A Languages section lists the languages spoken ("English  Fluent", "Marathi"), and as
    # often the programming languages ("Languages  Java  SQL  UNIX"): only known skills that
    # are not spoken languages are taken from it.
    for line in sections.lines("languages"):
        for skill in _listed_in(line, finder):
            if _known_kind(skill) not in (None, "language"):
                found.add(skill)
    employer_names = _employer_names(employers)
    for line in _work_lines(sections):
        for skill in _named_in(employer_names.sub(" ", line) if employer_names else line, finder):
            found.add(skill)
    return [_resume_skill(skill) for skill in found.skills.values()]


def _listed_in(line: str, finder: SkillFinder) -> list[ListedSkill]:
    """The items of a list line, and the kinds of testing they name: an item we do not know
    that runs two kinds together ("NonFunctional Testing Retesting") gives way to them. The
    finder reads each item once: no kind runs across a separator."""
    listed: list[ListedSkill] = []
    for item in split_items(_ADDRESSES.sub(" ", strip_bullet(line))):
        if not kinds_of_testing(item):
            listed += [skill for skill in resolve_item(item, finder) if not _leftover(skill)]
            continue
        mentions = finder.find(item)
        kinds = _beside_kinds(item, mentions)[1]
        listed += [
            skill
            for skill in resolve_item(item, finder, mentions)
            if skill.known
            or not any(kind.shown in skill.shown and kind.shown != skill.shown for kind in kinds)
        ] + kinds
    return listed


def _leftover(skill: ListedSkill) -> bool:
    """Left over from a list's words, not a name: a level of mastery, a number or version cut
    from its name, or the adjective of a heading whose "Skills" was read as the section's
    ("TECHNICAL" of "TECHNICAL SKILLS", "Professional"; not "Programming" or "Management",
    which name skills of their own); or a label inside the list where an export flattened its
    lines ("OPERATING SYSTEM  CLOUD PROVIDERS  Windows  AWS", "PERSONAL DETAILS")."""
    shown = skill.shown
    return not skill.known and (
        shown.lower() in _MASTERY_WORDS
        or _LEADING_VERSION.match(shown) is not None
        or _VERSIONS_ONLY.fullmatch(shown) is not None
        or (_ADJECTIVE.fullmatch(shown) is not None and heading_kind(f"{shown} skills") == "skills")
        or heading_kind(shown) in _HEADINGS_OF_OTHER_SECTIONS
        or (shown.isupper() and shown.split()[-1].lower() in _LABEL_NOUNS)
    )


def _known_kind(skill: ListedSkill) -> str | None:
    known = get_knowledge().skills.get(skill.name) if skill.known else None
    return known.kind if known else None


def _employer_names(employers: Sequence[str | None]) -> re.Pattern[str] | None:
    """Each employer's name as written and its first word ("HCL" of "HCL Technologies", as
    the resume also calls it), unless that word is a common one ("Global", "The")."""
    names: set[str] = set()
    for employer in employers:
        name = _COMPANY_SUFFIX.sub("", employer or "").strip(" ,.-|")
        if not name:
            continue
        names.add(name)
        first = name.split()[0]
        if len(first) > 2 and first.lower() not in _COMMON_FIRST_WORDS:
            names.add(first)
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def _listed_lines(sections: ResumeSections) -> list[str]:
    listed = [
        line
        for section in sections.sections
        if section.kind == "skills"
        for line in _before_run_on_heading(_wrapped_bullets_joined(section.lines))
    ]
    for section in sections.sections:
        if section.kind not in ("skills", "languages", "education", "contact", "references"):
            listed += [part for line in section.lines for part in _parts(line) if _is_list(part)]
    return listed


def _wrapped_bullets_joined(lines: list[str]) -> list[str]:
    """A bullet of prose wrapped by the page, joined back, so no item starts mid-sentence:
    "·Proficient with virtualization and highly skilled with configurations" / "inside of
    VMware" names VMware, not "inside of VMware"; "... of Windows-" / "based operating systems"
    is not "based operating systems". A line goes on the bullet above when it starts in lower
    case (or the bullet ends on a hyphen) and the bullet is prose, not yet ended."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            is_bullet(previous)
            and len(previous.split()) >= MIN_PROSE_WORDS
            and not previous.rstrip().endswith(_BULLET_CLOSERS)
            and not is_bullet(line)
            and (line[:1].islower() or previous.endswith("-"))
        ):
            separator = "" if previous.endswith("-") else " "
            joined[-1] = f"{previous}{separator}{line}"
        else:
            joined.append(line)
    return joined


def _before_run_on_heading(lines: list[str]) -> list[str]:
    """A skills section's lines up to one that ends on the heading of achievements or hobbies,
    run on where an export lost the line break ("... Hardware Networking Major Achievements"):
    what follows are those ("District player in Cricket"), not skills."""
    for index, line in enumerate(lines):
        words = line.split()
        last = words[-1] if words else ""
        if last[:1].isupper() and heading_kind(last) in _NOT_SKILLS_HEADINGS:
            return lines[: index + 1]
    return lines


def _work_lines(sections: ResumeSections) -> list[str]:
    if not any(sections.has(kind) for kind in ("skills", "experience")):
        # No headings we know (a flattened PDF, an unusual layout): every line may hold work.
        unsorted = sections.header + [line for s in sections.sections for line in s.lines]
        return [part for line in unsorted for part in _parts(line) if not _degree_line(part)]
    # The summary often sits under the name, in the header, even where a later heading reads
    # as "Summary" ("Test Summary report" in a flattened export).
    lines = [
        part
        for line in sections.header
        + [
            line
            for section in sections.sections
            if section.kind in _WORK_SECTIONS
            for line in section.lines
        ]
        + [line for line in sections.lines("education") if _beside_the_degrees(line)]
        for part in _parts(line)
        if not _is_list(part)
    ]
    return [
        _without_employer_sentences(line)
        for line in lines
        if not _about_employer(line) and not _degree_line(line)
    ]


def _about_employer(line: str) -> bool:
    return len(line) <= MAX_CLAUSE_CHARS and _ABOUT_EMPLOYER.search(line) is not None


def _without_employer_sentences(line: str) -> str:
    """A whole flattened resume on one line, without the sentences in it that describe an
    employer, a client or their product ("... for SPS Commerce which provides supply chain
    management software to retailers"): what they sell is not the candidate's skill."""
    if len(line) <= MAX_CLAUSE_CHARS:
        return line
    kept: list[str] = []
    start = 0
    for found in _ABOUT_EMPLOYER.finditer(line):
        if found.start() < start:
            continue
        opening = max(
            (end.end() for end in _SENTENCE_END.finditer(line, start, found.start())),
            default=start,
        )
        kept.append(line[start : max(opening, found.start() - SENTENCE_LOOKBACK_CHARS)])
        closing = _SENTENCE_END.search(line, found.end())
        start = min(closing.start() if closing else len(line), found.end() + SENTENCE_CHARS)
    kept.append(line[start:])
    return "  ".join(part for part in kept if part.strip())


def _beside_the_degrees(line: str) -> bool:
    """A line of an education section about something else than a degree, a school or marks:
    CVs that head their degrees "Educational Qualification" often write the courses and tools
    they learnt under it ("Basic knowledge of Ms office, AutoCAD")."""
    return not (_degree_line(line) or _SCHOOLING.search(line))


def _degree_line(line: str) -> bool:
    """A line naming a degree ("B.Tech in ECE"): its subject is not a skill. A whole flattened
    resume on one line also names a degree somewhere, and is still read."""
    return len(line) <= MAX_CLAUSE_CHARS and find_degree(line) is not None


def _parts(line: str) -> list[str]:
    """A line's clauses: "used Eclipse; SCM tools: SVN, Git" holds a list after its prose."""
    return [part.strip() for part in strip_bullet(line).split(";") if part.strip()]


def _is_list(part: str) -> bool:
    return _LIST_LABEL.match(part) is not None


def _named_in(line: str, finder: SkillFinder) -> list[ListedSkill]:
    text = _with_shared_heads(_ADDRESSES.sub(" ", line))
    mentions, kinds = _mentions_and_kinds(text, finder)
    mentions = [m for m in mentions if not _ROLE_AFTER.match(text, m.end)]
    named = [ListedSkill(m.name, shown_name(m.name, (m.name,), m.text), True) for m in mentions]
    named += [ListedSkill(name, name, True) for pattern, name in _PHRASES if pattern.search(line)]
    prose_items = listed_in_prose(text, finder) + named_after_expertise(text, finder)
    named += [skill for item in prose_items for skill in resolve_item(item, finder)]
    return named + kinds


def _mentions_and_kinds(
    text: str, finder: SkillFinder
) -> tuple[list[SkillMention], list[ListedSkill]]:
    return _beside_kinds(text, finder.find(text))


def _beside_kinds(
    text: str, found: Sequence[SkillMention]
) -> tuple[list[SkillMention], list[ListedSkill]]:
    mentions, kinds = beside_kinds(text, found)
    return mentions, [ListedSkill(kind.name, kind.name, False) for kind in kinds]


def _resume_skill(skill: ListedSkill) -> ResumeSkill:
    return ResumeSkill(name=skill.shown, category=_category(skill.name))


def _category(name: str) -> str:
    curated = get_taxonomy().category(name)
    if curated:
        return curated
    known = get_knowledge().skills.get(name)
    if known is None:
        return UNCATEGORIZED
    return known.category or _KIND_CATEGORIES.get(known.kind, UNCATEGORIZED)


def _with_shared_heads(text: str) -> str:
    def expand(match: re.Match[str]) -> str:
        head = match[2]
        return _LIST_WORD.sub(
            lambda word: word[0] if word[0].lower() in _CONJUNCTIONS else f"{word[0]} {head}",
            match[1],
        )

    return _SHARED_HEAD.sub(expand, text)
