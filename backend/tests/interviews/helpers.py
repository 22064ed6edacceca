"""Shared steps for interview tests: a bank, a resume, a catalog job, an interview."""

from app.adapters.llm.openai_compat import OpenAICompatProvider
from app.core.config import LLMSettings
from app.jobs.catalog import sync_catalog
from app.questions.catalog import sync_question_bank
from app.tasks.runner import InProcessTaskRunner, TaskContext
from tests.documents import make_pdf
from tests.factories import upload_resume_file

LLM_BASE_URL = "http://llm.test/v1"


async def load_shipped_data(db_session) -> None:
    await sync_question_bank(db_session)
    await sync_catalog(db_session)
    await db_session.commit()


async def upload_resume(client, me, text: str | None = None) -> str:
    data = make_pdf(text) if text else make_pdf()
    return (await upload_resume_file(client, me, data, "cv.pdf")).json()["id"]


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


def evaluate_with_llm(app, settings, sessionmaker, **llm_settings):
    """The app, its evaluations made by an OpenAI-compatible LLM at LLM_BASE_URL (respx answers
    for it); queued tasks wait for `drain()` as with the test app's own runner."""
    config = LLMSettings(provider="openai_compat", base_url=LLM_BASE_URL, model="m", **llm_settings)
    llm = OpenAICompatProvider(config, backoff_base_s=0)
    app.state.llm = llm
    app.state.task_runner = InProcessTaskRunner(
        TaskContext(sessionmaker=sessionmaker, settings=settings, llm=llm, files=app.state.files),
        autostart=False,
    )
    return app
