"""The current job an Indeed export states in its headline ("Java Developer - Cognizant"), for
resumes whose Work Experience section is missing: Indeed writes the most recent job's title and
employer under the name."""

import re

from app.resumes.parsed import Experience
from app.resumes.parsing.roles import clean_fragments, is_location, title_score

MAX_HEADLINE_LINE = 3
MAX_HEADLINE_WORDS = 12
_TITLE_DASH_COMPANY = re.compile(
    r"^(?P<title>[^-\u2013\u2014]+?)\s+[-\u2013\u2014]\s+(?P<company>.+)$"
)
_NOT_A_HEADLINE = re.compile(r"@|https?:|www\.|indeed\.com|\bemail me\b|\d{4}", re.I)


def headline_job(header: list[str]) -> Experience | None:
    """A "Title - Company" line among the first lines of the header, the title reading as one
    and the company not being a place ("Pune, Maharashtra - Email me on Indeed" is no job)."""
    for line in header[:MAX_HEADLINE_LINE]:
        match = _TITLE_DASH_COMPANY.match(line.strip())
        if match is None or _NOT_A_HEADLINE.search(line) or len(line.split()) > MAX_HEADLINE_WORDS:
            continue
        fragments = clean_fragments([match["title"], match["company"]])
        if len(fragments) != 2 or is_location(match["company"]):
            continue
        title, company = fragments
        if title_score(title) > 0 and title_score(company) <= title_score(title):
            return Experience(title=title, company=company)
    return None
