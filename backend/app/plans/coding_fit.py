"""Whether a job asks for code, so its plan includes coding rounds."""

import re
from collections.abc import Iterable

PROGRAMMING_SKILLS = frozenset(
    {
        "python", "java", "javascript", "typescript", "go", "golang", "c", "c++", "c#", "rust",
        "ruby", "kotlin", "swift", "scala", "php", "algorithms", "data structures",
    }
)  # fmt: skip
_CODE_WORDS = re.compile(
    r"\b(coding|programming|software (engineer|developer)|developer|algorithms?|"
    r"data structures|leetcode|write (clean )?code)\b",
    re.IGNORECASE,
)


def asks_for_code(*, title: str | None, text: str, skills: Iterable[str]) -> bool:
    """A programming language or algorithms among its skills, or code named in its words."""
    if any(skill.lower() in PROGRAMMING_SKILLS for skill in skills):
        return True
    return bool(_CODE_WORDS.search(f"{title or ''}\n{text[:20_000]}"))
