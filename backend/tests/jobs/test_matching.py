import json

import pytest

from app.jobs.matching import (
    WEIGHTS,
    assess_experience,
    infer_candidate_seniority,
    match_resume_to_job,
)
from app.jobs.parsed import ParsedJob, PartialMatch, Seniority
from app.jobs.parsing import parse_job_description
from app.resumes.parsed import Experience, ParsedResume, ResumeSkill
from app.skills.taxonomy import SKILLS_FILE, get_taxonomy
from tests.jobs.match_samples import NURSE_RESUME, SOFTWARE_RESUME, resume

JOBS_FILE = SKILLS_FILE.parent / "jobs.json"


def make_resume(
    skills: list[str], years: float = 5, title: str | None = "Software Engineer"
) -> ParsedResume:
    taxonomy = get_taxonomy()
    experience = [Experience(title=title, start="2020-01", end=None)] if title else []
    return ParsedResume(
        skills=[ResumeSkill(name=s, category=taxonomy.category(s) or "other") for s in skills],
        years_experience=years,
        experience=experience,
    )


def make_job(
    required: list[str],
    nice: list[str] | None = None,
    years: float | None = None,
    seniority: Seniority | None = None,
    title: str = "Backend Engineer",
) -> ParsedJob:
    return ParsedJob(
        title=title,
        required_skills=required,
        nice_to_have_skills=nice or [],
        years_required=years,
        seniority=seniority,
    )


def catalog_job(slug: str) -> ParsedJob:
    entry = next(j for j in json.loads(JOBS_FILE.read_text()) if j["slug"] == slug)
    return parse_job_description(entry["description"], title=entry["title"])


def test_a_fitting_resume_scores_far_above_one_from_another_field():
    backend_job = catalog_job("senior-backend-engineer-python")
    nurse_job = catalog_job("registered-nurse-med-surg")
    engineer, nurse = resume(SOFTWARE_RESUME), resume(NURSE_RESUME)
    assert match_resume_to_job(engineer, backend_job).score > 70
    assert match_resume_to_job(nurse, backend_job).score < 25
    assert match_resume_to_job(nurse, nurse_job).score > 70
    assert match_resume_to_job(engineer, nurse_job).score < 25


def test_exact_beats_related_beats_nothing():
    job = make_job(["SQL", "Python"])
    exact = match_resume_to_job(make_resume(["SQL", "Python"]), job)
    related = match_resume_to_job(make_resume(["PostgreSQL", "Python"]), job)
    unrelated = match_resume_to_job(make_resume(["Figma", "Python"]), job)
    assert exact.score > related.score > unrelated.score


def test_related_skill_earns_partial_credit_and_is_listed():
    result = match_resume_to_job(make_resume(["PostgreSQL", "React"]), make_job(["SQL", "Vue.js"]))
    assert result.partial_matches == [
        PartialMatch(skill="SQL", via="PostgreSQL", credit=0.5),
        PartialMatch(skill="Vue.js", via="React", credit=0.5),
    ]
    assert result.matched_skills == []
    assert result.missing_required == []
    assert "partly cover 2 more (SQL via PostgreSQL, Vue.js via React)" in result.explanation


def test_missing_lists_and_explanation_name_the_gaps():
    job = make_job(["Python", "Terraform", "Snowflake", "Docker"], nice=["Kafka", "Go"], years=5)
    result = match_resume_to_job(make_resume(["Python", "Docker", "Go"], years=4), job)
    assert result.matched_skills == ["Python", "Docker", "Go"]
    assert result.partial_matches == []
    assert result.missing_required == ["Terraform", "Snowflake"]
    assert result.missing_nice_to_have == ["Apache Kafka"]
    assert result.explanation == (
        "You match 2 of 4 required skills. Both are computing work; your resume does not show "
        "the posting's core skill Backend Development. Missing: Terraform, Snowflake. "
        "You have 4 years of experience; the role asks for 5+."
    )


def test_resume_aliases_are_normalised_and_extras_listed():
    result = match_resume_to_job(
        make_resume(["k8s", "Postgres", "Figma", "Excel"]), make_job(["Kubernetes", "SQL"])
    )
    assert result.matched_skills == ["Kubernetes"]
    assert result.partial_matches[0].via == "PostgreSQL"
    assert result.extra_skills == ["Figma", "Excel"]


def test_nice_to_have_coverage_adds_to_the_score():
    job = make_job(["Python"], nice=["Docker", "AWS"])
    without = match_resume_to_job(make_resume(["Python"]), job)
    with_nice = match_resume_to_job(make_resume(["Python", "Docker", "AWS"]), job)
    assert with_nice.score > without.score
    assert with_nice.missing_nice_to_have == []


def test_experience_only_counts_when_the_rest_fits():
    job = make_job(["Python", "SQL", "Docker", "AWS"], years=3)
    chef = make_resume(["Food Safety"], years=20, title="Pastry Chef")
    veteran_elsewhere = match_resume_to_job(chef, job)
    assert veteran_elsewhere.experience_fit.verdict in {"meets", "above"}
    assert veteran_elsewhere.score < 10
    experience = next(part for part in veteran_elsewhere.parts if part.name == "experience")
    assert (experience.score, experience.weight < 0.05) == (100, True)
    assert "counts in full only when the rest of your background fits" in experience.reason


def test_experience_below_and_meets():
    job = make_job(["Python"], years=5, seniority="senior")
    below = assess_experience(make_resume(["Python"], years=2, title="Software Engineer"), job)
    assert below.verdict == "below"
    assert below.candidate_seniority == "mid"
    assert below.score < 70
    meets = assess_experience(make_resume(["Python"], years=6), job)
    assert (meets.verdict, meets.score, meets.candidate_seniority) == ("meets", 100, "senior")


def test_experience_above_and_unknown():
    junior_job = make_job(["Python"], seniority="junior")
    above = assess_experience(
        make_resume(["Python"], years=12, title="Principal Engineer"), junior_job
    )
    assert above.verdict == "above"
    assert above.score < 100
    unknown = assess_experience(make_resume(["Python"], years=3), make_job(["Python"]))
    assert (unknown.verdict, unknown.score) == ("unknown", 100)


def test_candidate_seniority_from_latest_title_and_years():
    assert infer_candidate_seniority(make_resume([], years=3, title="Senior Engineer")) == "senior"
    assert infer_candidate_seniority(make_resume([], years=9, title="Engineer")) == "lead"
    assert infer_candidate_seniority(make_resume([], years=0.5, title="Data Intern")) == "intern"
    assert infer_candidate_seniority(make_resume([], years=3, title=None)) == "mid"
    resume = ParsedResume(
        years_experience=4,
        experience=[
            Experience(title="Lead Developer", start="2017-01", end="2019-12"),
            Experience(title="Junior Developer", start="2020-01", end=None),
        ],
    )
    assert infer_candidate_seniority(resume) == "mid"


def test_job_without_skills_is_scored_on_the_other_parts():
    job = make_job([], seniority="lead", title="Software Engineer")
    result = match_resume_to_job(make_resume(["Python"], years=1), job)
    skills = next(part for part in result.parts if part.name == "skills")
    assert (skills.weight, skills.reason) == (0, "The job lists no skills to compare against.")
    shares = {part.name: part.weight for part in result.parts}
    others = (WEIGHTS["occupation"] + WEIGHTS["semantic"]) / (1 - WEIGHTS["skills"])
    assert shares["occupation"] + shares["semantic"] == pytest.approx(others, abs=1e-3)
    assert result.explanation.startswith("The job lists no skills to compare against.")


def test_matching_is_deterministic_and_bounded():
    job = catalog_job("data-analyst")
    engineer = resume(SOFTWARE_RESUME)
    first = match_resume_to_job(engineer, job)
    second = match_resume_to_job(engineer, job)
    assert first.model_dump() == second.model_dump()
    assert 0 <= first.score <= 100
