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


def extract_skills(skills_section: str, full_text: str) -> list[ResumeSkill]:
    """Skills from the skills section first (the candidate's own list), then the rest of the
    text, each once, in order of first appearance."""
    taxonomy = get_taxonomy()
    found = [*taxonomy.extract(_without_addresses(skills_section))]
    found += taxonomy.extract(_without_addresses(full_text))
    return [
        ResumeSkill(name=name, category=taxonomy.category(name) or UNCATEGORIZED)
        for name in dict.fromkeys(found)
    ]


def _without_addresses(text: str) -> str:
    return _ADDRESSES.sub(" ", text)
