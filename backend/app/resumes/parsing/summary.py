"""The candidate's own summary: the Summary/Profile/Objective section, else prose under the name."""

from app.resumes.parsing.contact import EMAIL, WEBSITE, find_phone
from app.resumes.parsing.sections import ResumeSections
from app.resumes.parsing.text import collapse_spaces, strip_bullet, word_count

MIN_PROSE_WORDS = 12
MAX_SUMMARY_CHARS = 2_000


def find_summary(sections: ResumeSections) -> str | None:
    lines = sections.lines("summary") or [line for line in sections.header if _is_prose(line)]
    summary = collapse_spaces(" ".join(strip_bullet(line) for line in lines))
    return summary[:MAX_SUMMARY_CHARS] or None


def _is_prose(line: str) -> bool:
    if EMAIL.search(line) or WEBSITE.search(line) or find_phone([line]):
        return False
    return word_count(line) >= MIN_PROSE_WORDS
