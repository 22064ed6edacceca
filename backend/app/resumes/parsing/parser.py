"""Resume text → ParsedResume: deterministic rules, no model, every field explainable."""

from datetime import date

from app.resumes.parsed import ParsedResume
from app.resumes.parsing.certifications import parse_certifications
from app.resumes.parsing.contact import extract_contact
from app.resumes.parsing.education import find_degree, highest_level, parse_education
from app.resumes.parsing.experience import parse_experience
from app.resumes.parsing.sections import split_sections
from app.resumes.parsing.skills import extract_skills
from app.resumes.parsing.summary import find_summary
from app.resumes.parsing.text import clean_lines
from app.resumes.parsing.years import total_years

# Thirty dense pages are under 100,000 characters; the cap keeps parsing time bounded (it runs
# in the request) whatever was uploaded.
MAX_TEXT_CHARS = 100_000


def parse_resume_text(text: str, *, today: date | None = None) -> ParsedResume:
    """`today` stands in for "Present" when totalling years of experience."""
    lines = clean_lines(text[:MAX_TEXT_CHARS])
    sections = split_sections(lines)
    contact = extract_contact(sections.header, sections.lines("contact"), lines)
    experience = parse_experience(sections.lines("experience"))
    # Without an Education heading, degrees are still recognizable wherever they are written.
    education_lines = sections.lines("education") or [line for line in lines if find_degree(line)]
    education = parse_education(education_lines)
    return ParsedResume(
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        links=contact.links,
        summary=find_summary(sections),
        skills=extract_skills("\n".join(sections.lines("skills")), "\n".join(lines)),
        experience=experience,
        years_experience=total_years(experience, today=today or date.today()),
        education=education,
        highest_degree=highest_level(education),
        certifications=parse_certifications(sections.lines("certifications")),
        sections=[section.title for section in sections.sections],
    )
