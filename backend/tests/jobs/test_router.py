import pytest

from app.jobs.catalog import load_catalog, sync_catalog
from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import upload_resume

NURSE_RESUME = """Morgan Lee
morgan.lee@example.com | (312) 555-0188

Summary
Registered nurse with 7 years of acute care experience.

Experience
Registered Nurse, Mercy Hospital
Mar 2017 - Present
- Patient assessment, medication administration and care planning for 6 patients per shift
- Documented care in Epic EHR; precepted new graduate nurses

Education
BSN Nursing, Lakeside University, 2016

Certifications
BLS, ACLS

Skills
Patient assessment, Medication administration, Epic, Wound care, Triage, Patient education
"""

BACKEND_JD = """Senior Backend Engineer

We are hiring a senior backend engineer to build our payments platform.

Responsibilities:
- Design and build Python services and REST APIs
- Run our services on Kubernetes and AWS
- Mentor other engineers

Requirements:
- 5+ years of professional software engineering experience
- Strong Python and SQL; PostgreSQL in production
- Docker and Kubernetes

Nice to have:
- Kafka
- Terraform
"""


@pytest.fixture
async def catalog(db_session):
    await sync_catalog(db_session)
    await db_session.commit()


async def test_catalog_is_searchable_with_total_and_pages(client, catalog):
    me = await signed_in_candidate(client)
    everything = (await client.get("/api/jobs/search", headers=me.headers)).json()
    assert everything["total"] == len(load_catalog()) >= 60
    page2 = (
        await client.get("/api/jobs/search", headers=me.headers, params={"page": 2, "page_size": 5})
    ).json()
    assert len(page2["items"]) == 5
    page1_ids = {j["id"] for j in everything["items"][:5]}
    assert not page1_ids & {j["id"] for j in page2["items"]}


async def test_search_ranks_title_matches_first(client, catalog):
    me = await signed_in_candidate(client)
    results = (
        await client.get("/api/jobs/search", headers=me.headers, params={"q": "nurse"})
    ).json()
    assert results["total"] >= 1
    assert "nurse" in results["items"][0]["title"].lower()
    relevances = [item["relevance"] for item in results["items"]]
    assert relevances == sorted(relevances, reverse=True)


async def test_search_filters(client, catalog):
    me = await signed_in_candidate(client)
    remote = (
        await client.get("/api/jobs/search", headers=me.headers, params={"location": "remote"})
    ).json()
    assert remote["total"] > 0
    assert all("remote" in job["location"].lower() for job in remote["items"])
    interns = (
        await client.get("/api/jobs/search", headers=me.headers, params={"job_type": "internship"})
    ).json()
    assert all(job["job_type"] == "internship" for job in interns["items"])
    rich = (
        await client.get("/api/jobs/search", headers=me.headers, params={"salary_min": 150000})
    ).json()
    assert all((job["salary_max"] or job["salary_min"] or 0) >= 150000 for job in rich["items"])
    python_jobs = (
        await client.get("/api/jobs/search", headers=me.headers, params={"skills": "python"})
    ).json()
    assert python_jobs["total"] > 0
    for job in python_jobs["items"]:
        skills = job["parsed"]["required_skills"] + job["parsed"]["nice_to_have_skills"]
        assert "Python" in skills


async def test_bad_search_parameters_are_422(client, catalog):
    me = await signed_in_candidate(client)
    response = await client.get(
        "/api/jobs/search", headers=me.headers, params={"job_type": "forever", "page": 0}
    )
    assert response.status_code == 422
    fields = {d["field"] for d in response.json()["error"]["details"]}
    assert fields == {"query.job_type", "query.page"}


async def test_admin_manages_the_catalog_and_candidates_cannot(client, db_session):
    admin = await signed_in_admin(client, db_session)
    candidate = await signed_in_candidate(client)
    created = await client.post(
        "/api/jobs",
        headers=admin.headers,
        json={
            "title": "Junior Data Analyst",
            "company": "Initech",
            "location": "Austin, TX",
            "description": BACKEND_JD.replace("Senior Backend Engineer", "Junior Data Analyst"),
        },
    )
    assert created.status_code == 201, created.text
    job = created.json()
    assert "Python" in job["parsed"]["required_skills"]

    forbidden = await client.post("/api/jobs", headers=candidate.headers, json={})
    assert forbidden.status_code == 403
    assert (
        await client.delete(f"/api/jobs/{job['id']}", headers=candidate.headers)
    ).status_code == 403

    updated = await client.patch(
        f"/api/jobs/{job['id']}", headers=admin.headers, json={"salary_min": 70000}
    )
    assert updated.json()["salary_min"] == 70000
    bad = await client.patch(
        f"/api/jobs/{job['id']}", headers=admin.headers, json={"salary_max": 1000}
    )
    assert bad.status_code == 422
    visible = await client.get(f"/api/jobs/{job['id']}", headers=candidate.headers)
    assert visible.json()["salary_min"] == 70000
    assert (await client.delete(f"/api/jobs/{job['id']}", headers=admin.headers)).status_code == 204
    gone = await client.get(f"/api/jobs/{job['id']}", headers=candidate.headers)
    assert gone.status_code == 404


async def test_job_descriptions_are_parsed_and_private(client):
    me = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    preview = await client.post(
        "/api/job-descriptions/preview", headers=me.headers, json={"text": BACKEND_JD}
    )
    assert preview.status_code == 200
    assert (await client.get("/api/job-descriptions", headers=me.headers)).json()["items"] == []

    created = await client.post(
        "/api/job-descriptions", headers=me.headers, json={"text": BACKEND_JD}
    )
    assert created.status_code == 201
    jd = created.json()
    assert jd["parsed"] == preview.json()
    assert jd["parsed"]["seniority"] == "senior"
    assert jd["parsed"]["years_required"] == 5
    assert {"Python", "Kubernetes"} <= set(jd["parsed"]["required_skills"])
    assert {"Apache Kafka", "Terraform"} <= set(jd["parsed"]["nice_to_have_skills"])

    url = f"/api/job-descriptions/{jd['id']}"
    assert (await client.get(url, headers=stranger.headers)).status_code == 404
    assert (await client.delete(url, headers=stranger.headers)).status_code == 404
    assert (await client.delete(url, headers=me.headers)).status_code == 204
    assert (await client.get(url, headers=me.headers)).status_code == 404


async def test_too_short_job_description_is_422(client):
    me = await signed_in_candidate(client)
    response = await client.post("/api/job-descriptions", headers=me.headers, json={"text": "hi"})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "text"


async def test_match_a_fitting_resume_scores_well_above_another_field(client):
    me = await signed_in_candidate(client)
    backend_resume = await upload_resume(client, me)
    nurse_resume = await upload_resume(client, me, NURSE_RESUME)
    fit = (
        await client.post(
            "/api/match",
            headers=me.headers,
            json={"resume_id": backend_resume, "jd_text": BACKEND_JD},
        )
    ).json()
    other = (
        await client.post(
            "/api/match",
            headers=me.headers,
            json={"resume_id": nurse_resume, "jd_text": BACKEND_JD},
        )
    ).json()
    assert fit["score"] >= other["score"] + 40
    assert "Python" in fit["matched_skills"]
    assert "Terraform" in fit["missing_nice_to_have"]
    assert "Python" in other["missing_required"]
    assert fit["explanation"]


async def test_match_by_saved_description_and_by_catalog_job(client, catalog):
    me = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me)
    jd = (
        await client.post("/api/job-descriptions", headers=me.headers, json={"text": BACKEND_JD})
    ).json()
    by_jd = await client.post(
        "/api/match",
        headers=me.headers,
        json={"resume_id": resume_id, "job_description_id": jd["id"]},
    )
    assert by_jd.status_code == 200
    job = (
        await client.get("/api/jobs/search", headers=me.headers, params={"q": "backend"})
    ).json()["items"][0]
    by_job = await client.post(
        "/api/match", headers=me.headers, json={"resume_id": resume_id, "job_id": job["id"]}
    )
    assert by_job.status_code == 200
    assert 0 <= by_job.json()["score"] <= 100


async def test_match_needs_exactly_one_job_and_my_own_resume(client):
    me = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    resume_id = await upload_resume(client, me)
    none_given = await client.post("/api/match", headers=me.headers, json={"resume_id": resume_id})
    assert none_given.status_code == 422
    assert "exactly one" in none_given.json()["error"]["message"]
    theirs = await client.post(
        "/api/match", headers=stranger.headers, json={"resume_id": resume_id, "jd_text": BACKEND_JD}
    )
    assert theirs.status_code == 404


async def test_recommendations_put_fitting_jobs_first(client, catalog):
    me = await signed_in_candidate(client)
    nurse_resume = await upload_resume(client, me, NURSE_RESUME)
    response = await client.get(
        "/api/jobs/recommendations",
        headers=me.headers,
        params={"resume_id": nurse_resume, "limit": 5},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 5
    scores = [item["match"]["score"] for item in items]
    assert scores == sorted(scores, reverse=True)
    top_titles = " ".join(item["job"]["title"].lower() for item in items[:3])
    assert "nurs" in top_titles


async def test_search_orders_by_fit_for_my_resume_by_default_when_given_one(client, catalog):
    me = await signed_in_candidate(client)
    nurse_resume = await upload_resume(client, me, NURSE_RESUME)
    search = "/api/jobs/search"
    by_fit = await client.get(search, headers=me.headers, params={"resume_id": nurse_resume})
    assert by_fit.status_code == 200, by_fit.text
    # Ten, not five: jobs tied in fit at the fifth place may come in either order.
    recommended = await client.get(
        "/api/jobs/recommendations",
        headers=me.headers,
        params={"resume_id": nurse_resume, "limit": 10},
    )
    scores = {i["job"]["id"]: i["match"]["score"] for i in recommended.json()["items"]}
    first = [item["id"] for item in by_fit.json()["items"][:5]]
    assert [scores.get(job_id) for job_id in first] == sorted(scores.values(), reverse=True)[:5]

    newest = (
        await client.get(
            search, headers=me.headers, params={"resume_id": nurse_resume, "sort": "newest"}
        )
    ).json()["items"]
    posted = [item["posted_at"] for item in newest]
    assert posted == sorted(posted, reverse=True)
    # Without a resume the catalog keeps its own order (newest first), which a nurse's fit changes.
    plain = (await client.get(search, headers=me.headers)).json()["items"]
    assert [item["id"] for item in plain[:5]] != first


async def test_sorting_by_match_needs_my_own_resume(client, catalog):
    me = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    theirs = await upload_resume(client, other, NURSE_RESUME)
    search = "/api/jobs/search"
    without = await client.get(search, headers=me.headers, params={"sort": "match"})
    assert without.status_code == 422
    assert without.json()["error"]["message"] == (
        "Sorting by match needs resume_id: the resume to match."
    )
    not_mine = await client.get(search, headers=me.headers, params={"resume_id": theirs})
    assert not_mine.status_code == 404
