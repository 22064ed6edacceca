"""Recover sections and jobs from a resume whose text arrives as one long line (a flattened PDF,
a copy-paste, a dataset that dropped line breaks and punctuation).

Such text still follows its template's order: "… Work Experience Cloud Security Engineer
Teccorps Ltd October 2018 to Present Performed risk analyses … Education Bachelor of Arts …
Skills …". It is cut before the first Title-Case occurrence of each known heading, then the
experience part before each job: a date range, preceded by the job's title and its company
(Indeed's order), the title ending on a role word ("Engineer", "Lead")."""

import re

from app.resumes.parsing.dates import MONTH_NAME_PATTERN, DateRange, find_date_range
from app.resumes.parsing.degrees import degree_starts
from app.resumes.parsing.sections import ResumeSections, Section, SectionKind
from app.resumes.parsing.text import MAX_LINE_CHARS

MIN_CHARS_PER_LINE = 200
MAX_TITLE_WORDS = 7
MAX_HEADER_WORDS = 16
MAX_COMPANY_WORDS = 9
MAX_PLACE_WORDS = 4
DEGREE_LOOKAHEAD_CHARS = 60

# Headings as Indeed and most templates write them, longest first so "Work Experience" wins
# over "Experience". Case matters: "experience in cloud computing" is prose.
_HEADINGS: list[tuple[str, SectionKind]] = [
    ("Work Experience", "experience"),
    ("Professional Experience", "experience"),
    ("Employment History", "experience"),
    ("Work History", "experience"),
    ("Education", "education"),
    ("Skills", "skills"),
    ("Certifications and Licenses", "certifications"),
    ("Certifications", "certifications"),
    ("Certification", "certifications"),
    ("Projects", "projects"),
    ("Professional Summary", "summary"),
    ("Career Objective", "summary"),
    ("Summary", "summary"),
    ("Objective", "summary"),
    ("Languages", "languages"),
    ("Awards", "awards"),
    ("Publications", "publications"),
    ("Patents", "publications"),
    ("Personal Details", "contact"),
    ("Online Profile", "contact"),
    ("Links", "contact"),
    ("Groups", "affiliations"),
    ("Military Service", "other"),
    ("Assessments", "other"),
    ("Additional Information", "other"),
]
# The year that ends an education entry, not one starting a range ("2014 to 2017").
_ENTRY_END = re.compile(
    rf"(?<=\b(?:19|20)\d\d)\s+(?!(?:to|-|till|until|{MONTH_NAME_PATTERN})\b)", re.I
)
_LIST_KINDS = {"skills", "languages"}
_REPEATABLE = {"contact", "other"}
_FALLBACK_EXPERIENCE = ("Experience", "experience")
# "Programming Languages", "Soft Skills", "Major Projects" inside a section are not headings.
_QUALIFIED = re.compile(
    r"\b(?:programming|scripting|soft|technical|it|key|core|major|minor|academic|personal)\s+$",
    re.I,
)
# "Security Groups", "Availability Groups", "ISP Links" end the name of a thing in a job's text;
# the heading follows a language level, a date or a lower-case word.
_COMPOUND_ENDS = {"Groups", "Links"}
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:Fluent|Native|Expert|Intermediate|Beginner|Basic|Present|Current)\b)"
    r"[A-Z0-9][\w-]* $"
)
_ROLE_WORDS = re.compile(
    r"(?:engineer|developer|programmer|architect|scientist|analyst|manager|director|lead|head"
    r"|officer|president|vp|founder|owner|consultant|specialist|coordinator|administrator"
    r"|assistant|associate|intern|trainee|apprentice|designer|researcher|nurse|teacher|tutor"
    r"|instructor|professor|lecturer|educator|accountant|auditor|bookkeeper|controller|clerk"
    r"|representative|agent|advisor|adviser|counselor|technician|therapist|supervisor"
    r"|executive|strategist|writer|editor|marketer|recruiter|planner|operator|cashier"
    r"|receptionist|freelancer|contractor|fellow|partner|tester|expert|fresher|dba|sme"
    r"|incharge|leader|member|staff|faculty|secretary|officer|banker|cook|chef|driver"
    r"|l[1-3]|sr|jr|senior|junior|interns?hip)",
    re.I,
)
# Words a title may hold besides capitalized ones: "Engineer in Test", "Head of Sales".
_TITLE_LINKS = {"and", "of", "in", "for", "&", "to", "the", "as"}


def is_flat(lines: list[str]) -> bool:
    """Very few lines for the length of the text: its line breaks were lost."""
    chars = sum(len(line) for line in lines)
    return bool(lines) and chars / len(lines) >= MIN_CHARS_PER_LINE


def split_flat_sections(lines: list[str]) -> ResumeSections:
    """Sections cut before known headings; the experience section cut into job headers (title,
    company and dates on lines of their own) and descriptions."""
    text = " ".join(lines)
    cuts = _heading_cuts(text)
    header = text[: cuts[0][0]].strip() if cuts else text
    sections: list[Section] = []
    for index, (start, heading, kind) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        body = text[start + len(heading) : end].strip()
        body_lines = split_jobs(body) if kind == "experience" else _items(body, kind)
        sections.append(Section(kind, heading, _chunked(body_lines)))
    return ResumeSections(_chunked([header] if header else []), sections)


def _items(body: str, kind: SectionKind) -> list[str]:
    """A list section's items, one a line: a double space is where a comma or bullet was lost;
    an education entry ends on its year."""
    if kind == "education":
        return [entry.strip() for entry in _ENTRY_END.split(body) if entry.strip()]
    if kind not in _LIST_KINDS:
        return [body] if body else []
    return [item.strip() for item in body.split("  ") if item.strip()]


def flat_lines(sections: ResumeSections) -> list[str]:
    """The recovered lines in reading order, headings included."""
    lines = list(sections.header)
    for section in sections.sections:
        lines += [section.title, *section.lines]
    return lines


def _chunked(lines: list[str]) -> list[str]:
    """Lines no longer than the parser's cap, cut between words (at a double space, where a
    bullet or a dash was lost, when there is one)."""
    chunks: list[str] = []
    for line in lines:
        while len(line) > MAX_LINE_CHARS:
            cut = line.rfind("  ", 0, MAX_LINE_CHARS)
            if cut < MAX_LINE_CHARS // 2:
                cut = line.rfind(" ", 0, MAX_LINE_CHARS)
            cut = cut if cut > 0 else MAX_LINE_CHARS
            chunks.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            chunks.append(line)
    return chunks


def _heading_cuts(text: str) -> list[tuple[int, str, SectionKind]]:
    """(where, heading, kind) of the first occurrence of each heading, in reading order."""
    cuts: dict[int, tuple[int, str, SectionKind]] = {}
    taken: list[tuple[int, int]] = []
    for heading, kind in _HEADINGS:
        where = _first(text, heading)
        if where is None or any(a <= where < b for a, b in taken):
            continue
        if kind in {cut[2] for cut in cuts.values()} and kind not in _REPEATABLE:
            continue
        cuts[where] = (where, heading, kind)
        taken.append((where, where + len(heading)))
    if not any(kind == "experience" for _, _, kind in cuts.values()):
        heading, kind = _FALLBACK_EXPERIENCE
        where = _first(text, heading)
        if where is not None and not any(a <= where < b for a, b in taken):
            cuts[where] = (where, heading, kind)
    return [cuts[where] for where in sorted(cuts)]


def _first(text: str, heading: str) -> int | None:
    matches = list(re.finditer(rf"(?<![\w-]){re.escape(heading)}(?![\w-])", text))
    if heading == "Education":
        # "Industry Education  Instruction", "Board of Secondary Education", "the field of
        # Education": the word is everywhere; the heading is the one a degree follows.
        for match in matches:
            if _degree_follows(text[match.end() : match.end() + DEGREE_LOOKAHEAD_CHARS]):
                return match.start()
    for match in matches:
        before = text[max(0, match.start() - 20) : match.start()]
        if _QUALIFIED.search(before):
            continue
        if heading in _COMPOUND_ENDS and _NAME_WORD_BEFORE.search(before):
            continue
        return match.start()
    return None


def _degree_follows(text: str) -> bool:
    starts = degree_starts(text)
    return bool(starts) and not text[: starts[0]].strip(" :-")


def split_jobs(text: str) -> list[str]:
    """An experience section's text as lines: before each job a title line, a company line and
    a date line, then its description."""
    lines: list[str] = []
    position = 0
    for dates in _date_ranges(text):
        before = text[position : dates.span[0]]
        header = _job_header(before, first=position == 0)
        if header is None:
            continue
        description, title, company = header
        if description:
            lines.append(description)
        fields = [part for part in (title, company) if part]
        lines.append(" | ".join([*fields, text[dates.span[0] : dates.span[1]]]))
        position = dates.span[1]
    rest = text[position:].strip()
    if not lines and (header := _job_header(rest, first=True)) is not None:
        # No dated job: an undated one ("Network Engineer Evision Technoserve Pvt Ltd").
        return _title_and_company(header[1], header[2])
    return lines + ([rest] if rest else [])


def _title_and_company(title: str | None, company: str | None) -> list[str]:
    # Indeed's company line ("Acme Corp -") tells the job parser that the job has a company.
    return ([title] if title else []) + ([f"{company} -"] if company else [])


def _date_ranges(text: str) -> list[DateRange]:
    ranges: list[DateRange] = []
    offset = 0
    while (found := find_date_range(text[offset:])) is not None:
        start, end = found.span[0] + offset, found.span[1] + offset
        ranges.append(DateRange(found.start, found.end, (start, end)))
        offset = end
    return ranges


def _job_header(before: str, *, first: bool) -> tuple[str, str | None, str | None] | None:
    """(description of the previous job, title, company) from the text before a date range, or
    None when no job title stands right before it (a project's or a course's dates)."""
    words = _without_place(before).split()
    whole = first and len(words) <= MAX_HEADER_WORDS
    tail = words if whole else words[-MAX_HEADER_WORDS:]
    role_at = max((i for i, word in enumerate(tail) if _ROLE_WORDS.fullmatch(word)), default=None)
    if role_at is None or (not whole and len(tail) - role_at - 1 > MAX_COMPANY_WORDS):
        return ("", " ".join(words), None) if whole and words else None
    title_start = 0 if whole else _title_start(tail, role_at)
    # "Engineer in Test Druva Software", "Head of Sales Acme": the title goes on past its link.
    if (
        role_at + 2 < len(tail)
        and tail[role_at + 1] in _TITLE_LINKS
        and tail[role_at + 2].istitle()
    ):
        role_at += 2
    description = " ".join(words[: len(words) - len(tail) + title_start])
    title = " ".join(tail[title_start : role_at + 1]).lstrip("0123456789 ")
    company = " ".join(tail[role_at + 1 :]) or None
    return description, title or None, company


def _without_place(text: str) -> str:
    """Without Indeed's place after the company ("Infosys - Pune, Maharashtra" lost its
    punctuation but kept a double space: "Infosys  Pune Maharashtra")."""
    head, gap, place = text.rstrip().rpartition("  ")
    place_words = place.split()
    is_place = len(place_words) <= MAX_PLACE_WORDS and not any(
        _ROLE_WORDS.fullmatch(word) for word in place_words
    )
    return head if gap and head.strip() and is_place else text


def _title_start(tail: list[str], role_at: int) -> int:
    """Where the title begins: the capitalized words before its role word, after the previous
    job's description."""
    start = role_at
    while start > 0 and role_at - start + 1 < MAX_TITLE_WORDS:
        word = tail[start - 1]
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_LINKS):
            break
        start -= 1
    while start < role_at and tail[start].lower() in _TITLE_LINKS:
        start += 1
    return start
