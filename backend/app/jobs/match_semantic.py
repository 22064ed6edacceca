"""Semantic closeness: what the candidate did (each job's title and highlights, the summary)
against what the posting says the work is (its title and responsibilities), with the built-in
sentence model (see app/evaluation/semantic.py: local, deterministic, loaded once).

Embedding a text takes ~15 ms of CPU, so vectors are cached by text: a resume matched against
many postings, or a posting against many resumes, is embedded once. Callers on the event loop
run matching in a worker thread (`matching.match_in_worker`).
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.evaluation.semantic import answer_vector
from app.jobs.parsed import ParsedJob
from app.resumes.parsed import Experience, ParsedResume, recency

MAX_CHARS = 1200
"""The model reads 256 tokens (~1,000 characters) at most; the rest would be cut anyway."""
MAX_JOBS = 4
"""The latest jobs say most about what the candidate does now."""
OLDER_JOB = 0.95
MAX_SKILLS = 40
SKILLS_ONLY = 0.9
"""A bare list of skills says less about the work than a job does."""
TOP = 2
LOW, HIGH = 0.15, 0.55
"""Cosines at or below LOW score 0 (unrelated work), at or above HIGH score 100."""


@dataclass(frozen=True, slots=True)
class SemanticFit:
    score: float
    """0..1"""
    cosine: float
    closest: str | None
    """The job on the resume that reads closest to the posting ("QA Engineer at Shopwise");
    None for the summary."""
    applies: bool


def assess_semantic(resume: ParsedResume, job: ParsedJob) -> SemanticFit:
    """The mean of the two closest parts of the resume (one part alone can be a fluke)."""
    posting = job_text(job)
    chunks = resume_chunks(resume)
    if not posting or not chunks:
        return SemanticFit(0.0, 0.0, None, applies=False)
    target = vector(posting)
    scored = sorted(
        ((float(np.dot(target, vector(text))) * weight, label) for label, text, weight in chunks),
        key=lambda pair: -pair[0],
    )
    cosine = sum(value for value, _ in scored[:TOP]) / len(scored[:TOP])
    score = min(1.0, max(0.0, (cosine - LOW) / (HIGH - LOW)))
    return SemanticFit(score, cosine, scored[0][1], applies=True)


def job_text(job: ParsedJob) -> str:
    """The title, the duties, then the skills (many postings list no duties)."""
    parts = [job.title or "", *job.responsibilities]
    text = ". ".join(part.strip().rstrip(".") for part in parts if part.strip())
    skills = [*job.required_skills, *job.nice_to_have_skills]
    if skills:
        text += ". Skills: " + ", ".join(skills)
    return _clip(text)


def resume_chunks(resume: ParsedResume) -> list[tuple[str | None, str, float]]:
    """(label, text, weight) for each of the latest jobs, then the summary (label None)."""
    chunks: list[tuple[str | None, str, float]] = []
    for position, job in enumerate(_latest(resume.experience)[:MAX_JOBS]):
        text = experience_text(job)
        if text:
            chunks.append((_label(job), text, OLDER_JOB**position))
    if resume.summary and resume.summary.strip():
        chunks.append((None, _clip(resume.summary), 1.0))
    if len(chunks) < TOP and resume.skills:
        # A resume whose jobs could not be read (a flattened PDF) still says what it knows.
        skills = ", ".join(skill.name for skill in resume.skills[:MAX_SKILLS])
        chunks.append((None, _clip(f"Skills: {skills}"), SKILLS_ONLY))
    return chunks


def experience_text(job: Experience) -> str:
    """One job on the resume: its title, then its highlights."""
    return _clip(". ".join(part.strip() for part in (job.title, *job.highlights) if part))


@lru_cache(maxsize=4096)
def vector(text: str) -> np.ndarray:
    """A text's unit vector, cached by text (read-only: callers share it)."""
    found = answer_vector(text)
    found.flags.writeable = False
    return found


def _latest(experience: list[Experience]) -> list[Experience]:
    return sorted(experience, key=recency)[::-1]


def _label(job: Experience) -> str:
    if job.title and job.company:
        return f"{job.title} at {job.company}"
    return job.title or job.company or "one of your jobs"


def _clip(text: str) -> str:
    return text[:MAX_CHARS].strip()
