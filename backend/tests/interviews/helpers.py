"""Shared steps for interview tests: a bank, a resume, a catalog job, an interview."""

import io

from app.jobs.catalog import sync_catalog
from app.questions.catalog import sync_question_bank
from tests.documents import make_pdf


async def load_shipped_data(db_session) -> None:
    await sync_question_bank(db_session)
    await sync_catalog(db_session)
    await db_session.commit()


async def upload_resume(client, me, text: str | None = None) -> str:
    data = make_pdf(text) if text else make_pdf()
    response = await client.post(
        "/api/resumes", headers=me.headers, files={"file": ("cv.pdf", io.BytesIO(data))}
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def find_job(client, me, query: str) -> dict:
    results = await client.get("/api/jobs/search", headers=me.headers, params={"q": query})
    return results.json()["items"][0]


async def create_interview(client, me, **body) -> dict:
    payload = {"role": "Backend engineer", "question_count": 4, "seed": 7, **body}
    response = await client.post("/api/interviews", headers=me.headers, json=payload)
    assert response.status_code == 201, response.text
    return response.json()


async def start(client, me, interview_id: str) -> dict:
    response = await client.post(f"/api/interviews/{interview_id}/start", headers=me.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def answer(client, me, interview_id: str, question_id: str, transcript: str, **extra):
    return await client.post(
        f"/api/interviews/{interview_id}/questions/{question_id}/answer",
        headers=me.headers,
        json={"transcript": transcript, **extra},
    )


def current_question(interview: dict) -> dict:
    return next(q for q in interview["questions"] if q["status"] == "asked")
