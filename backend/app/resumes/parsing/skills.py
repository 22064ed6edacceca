"""Skills named in the resume, as canonical taxonomy names with their category."""

import re

from app.resumes.parsed import ResumeSkill
from app.resumes.parsing.contact import EMAIL, GITHUB, LINKEDIN
from app.skills.taxonomy import get_taxonomy

UNCATEGORIZED = "other"
# Addresses are not skills, even when they contain one ("https://" is not TLS, "github.com/x" is
# not Git); bare domains are kept because "ASP.NET" looks like one.
_ADDRESSES = re.compile(
    rf"https?://\S+|\bwww\.\S+|{EMAIL.pattern}|{LINKEDIN.pattern}|{GITHUB.pattern}", re.I
)
# "phone, chat and email support" names three kinds of support: repeat the shared last word.
_SHARED_HEAD = re.compile(
    r"\b((?:[A-Za-z][\w-]*,\s+)*[A-Za-z][\w-]*,?\s+(?:and|or|&)\s+[A-Za-z][\w-]*)\s+"
    r"(support|testing|development|design|management)\b"
)
_LIST_WORD = re.compile(r"[A-Za-z][\w-]*")
_CONJUNCTIONS = frozenset({"and", "or"})
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


def extract_skills(skills_section: str, full_text: str) -> list[ResumeSkill]:
    """Skills from the skills section first (the candidate's own list), then the rest of the
    text, each once, in order of first appearance."""
    taxonomy = get_taxonomy()
    found = [*taxonomy.extract(_without_addresses(skills_section))]
    found += taxonomy.extract(_with_shared_heads(_without_addresses(full_text)))
    found += [name for pattern, name in _PHRASES if pattern.search(full_text)]
    return [
        ResumeSkill(name=name, category=taxonomy.category(name) or UNCATEGORIZED)
        for name in dict.fromkeys(found)
    ]


def _without_addresses(text: str) -> str:
    return _ADDRESSES.sub(" ", text)


def _with_shared_heads(text: str) -> str:
    def expand(match: re.Match[str]) -> str:
        head = match[2]
        return _LIST_WORD.sub(
            lambda word: word[0] if word[0].lower() in _CONJUNCTIONS else f"{word[0]} {head}",
            match[1],
        )

    return _SHARED_HEAD.sub(expand, text)
