"""Split resume lines into sections by their headings ("WORK EXPERIENCE", "Education:", ...)."""

import re
from dataclasses import dataclass, field

from app.resumes.parsing.text import DASHES

SectionKind = str

_EXPERIENCE_QUALIFIER = (
    r"(?:professional|work|relevant|employment|career|teaching|clinical|industry|research|sales"
    r"|nursing|management|leadership|customer service|design|engineering|product|accounting"
    r"|technical|additional|related|previous|recent|other|working|job|overseas|gulf|abroad"
    r"|international|domestic|indian|uae|organi[sz]ational|field|present|current|industrial)"
)
_SKILL_QUALIFIER = (
    r"(?:top|technical|key|core|professional|relevant|clinical|teaching|hard|soft|computer|it"
    r"|design|sales|additional|other|software|transferable|personal|language|digital|programming"
    r"|functional|management|leadership|interpersonal)"
)

HEADING_PATTERNS: dict[SectionKind, str] = {
    "summary": (
        r"(?:professional |career |executive |personal |candidate |research )?"
        r"(?:summary|profile|overview|objective|statement)(?: of qualifications)?"
        r"|about(?: me)?|(?:summary|highlights) of qualifications|qualifications summary"
        r"|car+[ei]+r objectives?|objectives|job objective|personal statement|introduction"
        r"|profile summary|(?:professional )?synopsis"
    ),
    "experience": (
        rf"(?:{_EXPERIENCE_QUALIFIER} )*(?:experiences?|experi[ae]n[cs]e|expe?rince)(?: details)?"
        r"(?: \d+ ?years?)?"  # "PROFESSIONAL EXPERIENCE (18 +Years):"
        r"|employment(?: history| details| record| summary| profile)?"
        r"|(?:past|previous|present) employment"
        r"|work history|experience summary|summary of (?:work |professional )?experience"
        r"|professional exposure|career (?:contour|scan)|organi[sz]ational scan"
        r"|career history|professional history|professional background|positions held"
        r"|(?:summer )?internships?|experience and employment|work and experience"
        r"|company details"  # resume exports: "Company Details" / "company - Acme"
    ),
    "volunteer": r"volunteer(?:ing)?(?: experience| work| activities)?|community (?:service|work)",
    "education": (
        r"education(?:al background| details)?"
        r"(?: and (?:training|certifications?|qualifications|coursework|courses))?"
        r"|academic (?:background|history|qualifications?|credentials|profile|details)"
        r"|academics|academia|scholastics?|educational profile"
        r"|training and education|degrees?"
        # as Indian CVs head the table of their degrees and school marks
        r"|(?:education(?:al)?|basic academic|professional) (?:qualifications?|credentials|details)"
        r"|education(?:al)? background|academic records?|technical education"
        r"|qualifications?"
    ),
    "skills": (
        rf"(?:{_SKILL_QUALIFIER} )*(?:skills?|competenc(?:y|ies)|proficienc(?:y|ies)|expertise"
        r"|abilities|strengths|skill ?set)"
        r"(?: and (?:tools|technologies|abilities|expertise|competencies|qualifications))?"
        r"|(?:skills?|strength) (?:highlights|summary|profile)|summary of skills|skill ?sets?"
        r"|(?:personal |key )?(?:strengths?|strenghts?)|personal attributes|personality traits"
        r"|areas? of (?:expertise|strength)|tech(?:nical)? stack|technologies|technology"
        r"|special skills|personal qualities"
        r"|tools(?: and technologies)?|toolbox|programming languages"
        r"|skills and tools|tools and skills|software|skill details"
        r"|(?:technical|computer|software|it) knowledge|computer literacy|core qualifications"
    ),
    "certifications": (
        # "Technical Qualification: AutoCAD, MS-CIT": the courses beside a degree
        r"(?:technical|additional|other|extra) qualifications?|additional certifications?|"
        r"(?:professional )?(?:certifications?|certificates?|licen[sc]es?|licensure|credentials"
        r"|accreditations)(?: and (?:certifications?|licen[sc]es?|credentials|training))?"
    ),
    "projects": (
        r"(?:selected |personal |key |academic |notable |side |technical )?projects"
        r"(?: undertaken)?|academic project"
        r"|(?:major|minor|mini|main|final year) projects?"
    ),
    "languages": r"languages?(?: spoken| known)?",
    "awards": (
        r"awards?(?: and (?:honors|recognition|achievements))?|honors(?: and awards)?"
        r"|achievements|accomplishments|recognition|honorsawards"  # LinkedIn's "Honors-Awards"
    ),
    "publications": r"publications?(?: and presentations)?|presentations|research|patents",
    "interests": (
        r"(?:personal )?interests|hobb(?:y|ies)(?: and interests)?|activities"
        r"|extra[ -]?curricular activities"
        r"|co[ -]?curricular(?: and extra[ -]?curricular)? activities"
    ),
    "references": r"references?(?: available (?:up)?on request)?|referees",
    # "I hereby declare that the above information is true": nothing of the candidate's own
    "declaration": r"(?:self[ -])?declaration|declartion|signature",
    "contact": (
        r"contact(?: information| info| details| me)?|personal (?:details|information)|details"
        r"|personal (?:data|detail|dossier|particulars)"
        r"|(?:permanent |present |postal |contact )?address|passport details?"
    ),
    "affiliations": r"(?:professional )?(?:affiliations|memberships|associations)",
    "courses": (
        r"(?:relevant )?(?:coursework|courses)|training|professional development"
        r"|(?:industrial|in[ -]?plant|summer|vocational|professional) trainings?|trainings"
        r"|industrial (?:exposure|visits?)|trainings? (?:undergone|attended)|training courses"
    ),
}
_HEADINGS = {
    kind: re.compile(rf"(?:{pattern})", re.I) for kind, pattern in HEADING_PATTERNS.items()
}
# Only unambiguous headings may carry content on the same line ("Skills: Python, SQL"); a job's
# "Tools: Figma" line must not end the experience section.
_INLINE_HEADING = re.compile(
    r"(?:(?:technical|key|core) )?skills|(?:professional )?summary|profile|objective"
    r"|certifications?|licen[sc]es?|languages|interests|hobbies",
    re.I,
)
# "Skills * Python * SQL": an export's heading with its first item on the same line.
_BULLETED_HEADING = re.compile(r"^(?P<heading>[^*•:]{3,40}?)\s+[*•]\s+(?P<rest>\S.*)$")
MAX_HEADING_CHARS = 50
_DECORATION = f" \t:#=*_~|•·->[](){{}}{DASHES}"


@dataclass
class Section:
    kind: SectionKind
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class ResumeSections:
    header: list[str]
    """Lines before the first heading: name, contact details, often a headline."""
    sections: list[Section]

    def lines(self, kind: SectionKind) -> list[str]:
        """All lines of every section of this kind (resumes may repeat a kind)."""
        return [line for section in self.sections if section.kind == kind for line in section.lines]

    def has(self, kind: SectionKind) -> bool:
        return any(section.kind == kind for section in self.sections)


def split_sections(lines: list[str]) -> ResumeSections:
    header: list[str] = []
    sections: list[Section] = []
    for line in lines:
        heading = parse_heading(line)
        # "Languages: Python, Go" inside a skills section labels a group of skills.
        if heading is not None and heading[2] and sections and sections[-1].kind == "skills":
            heading = None
        if heading is None:
            (sections[-1].lines if sections else header).append(line)
            continue
        kind, title, rest = heading
        sections.append(Section(kind, title, [rest] if rest else []))
    return ResumeSections(header, sections)


def parse_heading(line: str) -> tuple[SectionKind, str, str | None] | None:
    """(kind, heading as written, content after "Heading:") when the line is a section heading."""
    kind = heading_kind(line)
    if kind is not None:
        return kind, _display_title(line), None
    bulleted = _BULLETED_HEADING.match(line)
    if bulleted and (found := _inline_heading(bulleted["heading"], bulleted["rest"])):
        return found
    before, colon, after = line.partition(":")
    return _inline_heading(before, after) if colon else None


def _inline_heading(heading: str, rest: str) -> tuple[SectionKind, str, str | None] | None:
    """An unambiguous heading with content after it on the same line ("Skills: Python")."""
    if not rest.strip() or not _INLINE_HEADING.fullmatch(_normalize(heading)):
        return None
    kind = heading_kind(heading)
    return (kind, _display_title(heading), rest.strip()) if kind is not None else None


def heading_kind(text: str) -> SectionKind | None:
    if len(" ".join(text.split())) > MAX_HEADING_CHARS or not any(char.isalpha() for char in text):
        return None
    normalized = _normalize(text)
    for kind, pattern in _HEADINGS.items():
        if pattern.fullmatch(normalized):
            return kind
    return None


def _normalize(text: str) -> str:
    text = _unspace_letters(text.strip(_DECORATION))
    words = text.replace("&", " and ").replace("/", " and ").split()
    cleaned = " ".join(re.sub(r"[^\w' ]", "", word) for word in words)
    return re.sub(r"\s+", " ", cleaned).strip().lower()


def _unspace_letters(text: str) -> str:
    """ "W O R K  E X P E R I E N C E" → "WORK EXPERIENCE"."""
    groups = re.split(r"\s{2,}", text)
    letters = [group.split() for group in groups]
    if sum(len(group) for group in letters) > 3 and all(
        len(char) == 1 for group in letters for char in group
    ):
        return " ".join("".join(group) for group in letters)
    return text


def _display_title(text: str) -> str:
    title = " ".join(_unspace_letters(text.strip(_DECORATION)).split())
    return title.title() if title.isupper() else title
