import json

from app.jobs.matching import assess_experience, infer_candidate_seniority, match_resume_to_job
from app.jobs.parsed import ParsedJob, PartialMatch
from app.jobs.parsing import parse_job_description
from app.resumes.parsed import Experience, ParsedResume, ResumeSkill
from app.skills.taxonomy import SKILLS_FILE, get_taxonomy

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
    seniority: str | None = None,
) -> ParsedJob:
    return ParsedJob(
        title="Test role",
        required_skills=required,
        nice_to_have_skills=nice or [],
        years_required=years,
        seniority=seniority,
    )


def backend_resume() -> ParsedResume:
    text = """
    Senior Software Engineer with 6 years building backend services.
    Skills: Python, FastAPI, Django, PostgreSQL, SQL, Redis, Docker, Kubernetes, AWS, Terraform,
    REST APIs, microservices, distributed systems, CI/CD, Git, code reviews, mentoring,
    on-call rotations and postmortems, clear written communication.
    """
    return make_resume(get_taxonomy().extract(text), years=6, title="Senior Software Engineer")


def nurse_resume() -> ParsedResume:
    text = """
    Registered Nurse with 7 years on a medical-surgical unit. Patient assessments, medication
    administration, IV therapy, wound care, care plans, patient education, discharge planning,
    Epic charting, BLS and ACLS certified, infection control, teamwork and communication.
    """
    return make_resume(get_taxonomy().extract(text), years=7, title="Registered Nurse")


def catalog_job(slug: str) -> ParsedJob:
    entry = next(j for j in json.loads(JOBS_FILE.read_text()) if j["slug"] == slug)
    return parse_job_description(entry["description"], title=entry["title"])


def test_a_fitting_resume_scores_far_above_one_from_another_field():
    backend_job = catalog_job("senior-backend-engineer-python")
    nurse_job = catalog_job("registered-nurse-med-surg")
    assert match_resume_to_job(backend_resume(), backend_job).score > 70
    assert match_resume_to_job(nurse_resume(), backend_job).score < 25
    assert match_resume_to_job(nurse_resume(), nurse_job).score > 70
    assert match_resume_to_job(backend_resume(), nurse_job).score < 25


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
        "You match 2 of 4 required skills. Missing: Terraform, Snowflake. "
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


def test_experience_only_counts_when_the_skills_are_relevant():
    job = make_job(["Python", "SQL", "Docker", "AWS"], years=3)
    veteran_elsewhere = match_resume_to_job(make_resume(["Figma"], years=20), job)
    assert veteran_elsewhere.experience_fit.verdict in {"meets", "above"}
    assert veteran_elsewhere.score < 10


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


def test_job_without_skills_scores_on_experience_alone():
    result = match_resume_to_job(make_resume(["Python"], years=1), make_job([], seniority="lead"))
    assert result.score == result.experience_fit.score
    assert result.explanation.startswith("The job lists no skills to compare against.")


def test_matching_is_deterministic_and_bounded():
    job = catalog_job("data-analyst")
    resume = backend_resume()
    first = match_resume_to_job(resume, job)
    second = match_resume_to_job(resume, job)
    assert first.model_dump() == second.model_dump()
    assert 0 <= first.score <= 100
