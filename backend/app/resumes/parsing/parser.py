"""Resume text → ParsedResume: deterministic rules, no model, every field explainable."""

from datetime import date

from app.resumes.parsed import Experience, ParsedResume, recency
from app.resumes.parsing.certifications import parse_certifications
from app.resumes.parsing.contact import extract_contact, find_name, find_name_above_headline
from app.resumes.parsing.education import find_degree, highest_level, parse_education
from app.resumes.parsing.experience import parse_experience
from app.resumes.parsing.export_jobs import export_jobs
from app.resumes.parsing.flat_text import flat_lines, is_flat, split_flat_sections
from app.resumes.parsing.headline import headline_job
from app.resumes.parsing.labelled_jobs import labelled_jobs
from app.resumes.parsing.mojibake import repaired
from app.resumes.parsing.prose_jobs import prose_jobs
from app.resumes.parsing.roles import title_score
from app.resumes.parsing.sections import ResumeSections, parse_heading, split_sections
from app.resumes.parsing.skills import extract_skills
from app.resumes.parsing.stated_role import stated_role
from app.resumes.parsing.summary import find_summary
from app.resumes.parsing.text import clean_lines
from app.resumes.parsing.years import total_years

# Thirty dense pages are under 100,000 characters; the cap keeps parsing time bounded (it runs
# in the request) whatever was uploaded.
MAX_TEXT_CHARS = 100_000
MAX_NAME_BLOCK_LINES = 4
MAX_NAME_BLOCK_WORDS = 14
MIN_SECTIONS = 2


def parse_resume_text(text: str, *, today: date | None = None) -> ParsedResume:
    """`today` stands in for "Present" when totalling years of experience."""
    lines, sections = _lines_and_sections(repaired(text[:MAX_TEXT_CHARS]))
    contact = extract_contact(sections.header, sections.lines("contact"), lines)
    job_lines = sections.lines("experience") or lines
    sentences = prose_jobs(job_lines)
    experience = (
        _with_sentences(labelled_jobs(job_lines) or labelled_jobs(lines), sentences)
        or export_jobs(sections.lines("experience"), all_lines=lines)
        or _better_read(sentences, _experience(sections))
        or _partly_written_jobs(sections.lines("experience"))
    )
    # Without an Education heading, degrees are still recognizable wherever they are written.
    education_lines = sections.lines("education") or [line for line in lines if find_degree(line)]
    education = parse_education(education_lines)
    return ParsedResume(
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        links=contact.links,
        summary=find_summary(sections),
        stated_role=stated_role(sections.header, lines),
        skills=extract_skills(sections, employers=[job.company for job in experience]),
        experience=experience,
        years_experience=total_years(experience, today=today or date.today()),
        education=education,
        highest_degree=highest_level(education),
        certifications=parse_certifications(sections.lines("certifications")),
        sections=[section.title for section in sections.sections],
    )


def _lines_and_sections(text: str) -> tuple[list[str], ResumeSections]:
    lines = clean_lines(text)
    sections = split_sections(lines)
    if len(sections.sections) < MIN_SECTIONS and is_flat(
        whole := clean_lines(text, max_line_chars=len(text))
    ):
        # The line breaks were lost (a flattened PDF, a copy-paste): cut the text at its headings.
        flat_sections = split_flat_sections(whole)
        if flat_sections.sections:
            return flat_lines(flat_sections), flat_sections
    if find_name(sections.header) is None:
        lines = _main_column_first(lines)
        sections = split_sections(lines)
    return lines, sections


def _experience(sections: ResumeSections) -> list[Experience]:
    jobs = parse_experience(sections.lines("experience"))
    if jobs:
        return jobs
    if sections.has("experience"):
        # An empty Experience section: a side column read in drawing order put its next heading
        # ("SKILLS") right under it, and the jobs are in the sections that follow.
        following = _lines_after(sections, "experience", skip={"education", "certifications"})
        jobs = parse_experience(following, dated_only=True)
    # Without an Experience heading, dated jobs are often written right under the contact lines.
    jobs = jobs or parse_experience(sections.header, dated_only=True)
    if jobs or sections.has("experience"):
        return jobs
    current = headline_job(sections.header)
    return [current] if current else []


def _partly_written_jobs(lines: list[str]) -> list[Experience]:
    """For an Experience section whose jobs read no other way: labelled blocks that name only
    part of a job and undated sentence jobs, in the order the section writes them (where its
    title is written beside its employer), each job once."""
    lowered = [" ".join(line.lower().split()) for line in lines]
    # each line with its neighbours: a job's title and employer may be a line apart
    windows = [" ".join(lowered[max(0, i - 1) : i + 2]) for i in range(len(lowered))]

    def written_at(job: Experience) -> int:
        title, company = (
            " ".join((text or "").lower().split()) for text in (job.title, job.company)
        )
        return next(
            (i for i, window in enumerate(windows) if title in window and company in window),
            len(lines),
        )

    labelled = labelled_jobs(lines, lone_fields=True)
    titles = {(job.title or "").lower() for job in labelled}
    sentences = [
        job for job in prose_jobs(lines, dated=False) if (job.title or "").lower() not in titles
    ]
    if not (labelled and sentences):
        return labelled or sentences
    return sorted(labelled + sentences, key=written_at)


def _with_sentences(labelled: list[Experience], sentences: list[Experience]) -> list[Experience]:
    """Jobs written as labelled fields and jobs written as sentences in one CV, the most recent
    first when every job is dated (else the labelled ones first, as they hold the current job)."""
    if not labelled:
        return []
    known = {(job.title, job.company) for job in labelled}
    jobs = labelled + [job for job in sentences if (job.title, job.company) not in known]
    return _most_recent_first(jobs)


def _better_read(sentences: list[Experience], headers: list[Experience]) -> list[Experience]:
    """The jobs written as sentences (the most recent first: such CVs are as often written
    oldest first), unless the job headers read more jobs with a title (a resume of headers may
    also say "worked as a consultant for Acme from 2015" in a bullet)."""
    titled = sum(1 for job in headers if job.title and title_score(job.title) > 0)
    return _most_recent_first(sentences) if sentences and len(sentences) >= titled else headers


def _most_recent_first(jobs: list[Experience]) -> list[Experience]:
    """Sorted by end, then start, the current jobs first, when every job is dated."""
    if not all(job.start for job in jobs):
        return jobs
    return sorted(jobs, key=recency, reverse=True)


def _lines_after(sections: ResumeSections, kind: str, *, skip: set[str]) -> list[str]:
    start = next(i for i, section in enumerate(sections.sections) if section.kind == kind)
    return [
        line
        for section in sections.sections[start + 1 :]
        if section.kind not in skip
        for line in section.lines
    ]


def _main_column_first(lines: list[str]) -> list[str]:
    """A side column read before the main one (LinkedIn's PDF export, two-column templates)
    leaves the name, headline and location inside the side column's last section: move them to
    the top, where a resume's header is."""
    start = find_name_above_headline(lines)
    if not start:
        return lines
    end = start + 1
    while (
        end < len(lines)
        and end - start < MAX_NAME_BLOCK_LINES
        and parse_heading(lines[end]) is None
        and len(lines[end].split()) <= MAX_NAME_BLOCK_WORDS
    ):
        end += 1
    return lines[start:end] + lines[:start] + lines[end:]
