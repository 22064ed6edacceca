import json
import re
from collections import Counter
from datetime import date

import pytest

from app.jobs.parsing import parse_job_description
from app.skills.taxonomy import SKILLS_FILE

JOBS = json.loads((SKILLS_FILE.parent / "jobs.json").read_text(encoding="utf-8"))
FIELDS = {
    "slug", "title", "company", "location", "remote", "job_type", "salary_min", "salary_max",
    "currency", "description", "posted_at",
}  # fmt: skip


def test_catalog_has_at_least_60_well_formed_listings():
    assert len(JOBS) >= 60
    slugs = Counter(job["slug"] for job in JOBS)
    assert [slug for slug, count in slugs.items() if count > 1] == []
    for job in JOBS:
        assert set(job) == FIELDS, job["slug"]
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", job["slug"])
        assert job["job_type"] in {"full-time", "part-time", "contract", "internship"}
        assert job["currency"] in {"USD", "EUR", "GBP"}
        assert isinstance(job["remote"], bool)
        assert (job["salary_min"] is None) == (job["salary_max"] is None)
        if job["salary_min"] is not None:
            assert 0 < job["salary_min"] <= job["salary_max"]
        assert date.fromisoformat(job["posted_at"]).strftime("%Y-%m") == "2026-10"
        assert 150 <= len(job["description"].split()) <= 350, job["slug"]


def test_catalog_is_varied():
    assert {job["job_type"] for job in JOBS} == {"full-time", "part-time", "contract", "internship"}
    assert {job["currency"] for job in JOBS} == {"USD", "EUR", "GBP"}
    assert {job["remote"] for job in JOBS} == {True, False}
    assert len({job["location"] for job in JOBS}) >= 20
    assert len({job["company"] for job in JOBS}) >= 30
    levels = Counter(
        parse_job_description(job["description"], title=job["title"]).seniority for job in JOBS
    )
    assert set(levels) == {"intern", "junior", "mid", "senior", "lead"}


@pytest.mark.parametrize(
    ("title_word", "minimum"),
    [
        ("Engineer", 10),
        ("Nurse|RN|Medical", 5),
        ("Teacher|Instructional", 5),
        ("Account|Sales|Partnerships", 5),
        ("Designer|UX|Design", 4),
        ("Product Manager|Head of Product", 4),
        ("Support|Customer|Success", 4),
        ("Analyst|Accountant|Bookkeeper|FP&A", 6),
        ("Data|Analytics|Intelligence", 5),
        ("Marketing|Recruiter|HR|People|Project|Operations|Supply", 6),
    ],
)
def test_catalog_covers_every_field(title_word, minimum):
    matching = [job for job in JOBS if re.search(rf"\b(?:{title_word})\b", job["title"])]
    assert len(matching) >= minimum


@pytest.mark.parametrize("job", JOBS, ids=[job["slug"] for job in JOBS])
def test_every_catalog_job_parses(job):
    parsed = parse_job_description(job["description"], title=job["title"])
    assert parsed.title == job["title"]
    assert parsed.seniority is not None
    assert len(parsed.required_skills) >= 3
    assert len(parsed.responsibilities) >= 2
