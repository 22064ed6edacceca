"""The coding section of a finished coding round in every copy of the results: the PDF, the
coach's shared report and the data export."""

import io
import json
import zipfile
from typing import Any

from pypdf import PdfReader

from tests.coding.helpers import (
    coding_interview,
    coding_url,
    load_problems,
    problem_of,
    requires_sandbox,
)
from tests.factories import SignedIn, signed_in_candidate
from tests.interviews.helpers import answer

pytestmark = requires_sandbox

EXPLANATION = (
    "My code returns None for every input because I never wrote the body; "
    "I would loop once and keep a hash map of the values seen."
)


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _words(text: str) -> str:
    return " ".join(text.split())


async def _finished_coding_round(
    client, db_session, tasks, me: SignedIn
) -> tuple[str, dict[str, Any]]:
    """A mixed interview whose problem got the starter code (failing its hidden tests), a hint
    and an explained follow-up; completed and evaluated. Its id and the problem."""
    await load_problems(db_session)
    interview = await coding_interview(client, me, question_count=1, coding={"problems": 1})
    url = coding_url(interview)
    problem = await problem_of(client, me, url)
    await client.post(f"{url}/hints", headers=me.headers)
    code = problem["starter_code"]["python"]
    submitted = await client.post(
        f"{url}/submissions", headers=me.headers, json={"code": code, "language": "python"}
    )
    assert submitted.status_code == 201, submitted.text
    await answer(
        client, me, interview["id"], submitted.json()["follow_up_question_id"], EXPLANATION
    )
    done = await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    assert done.status_code == 200, done.text
    await tasks.drain()
    return interview["id"], problem


async def test_the_pdf_shared_report_and_export_hold_the_coding_section(client, db_session, tasks):
    me = await signed_in_candidate(client)
    iid, problem = await _finished_coding_round(client, db_session, tasks, me)
    coding = (await client.get(f"/api/results/{iid}", headers=me.headers)).json()["coding"]
    (item,) = coding["problems"]
    assert item["failing"], "the starter code fails the hidden tests"

    pdf = await client.get(f"/api/interviews/{iid}/report.pdf", headers=me.headers)
    assert pdf.status_code == 200
    text = _pdf_text(pdf.content)
    assert f"Problem 1: {problem['title']}" in text
    assert f"hidden tests passed 0/{item['hidden_total']}" in text
    assert "How the coding scores were made" in text and "correctness 60%" in text
    assert "Your final code" in text and _words(problem["starter_code"]["python"])[:30] in text
    failing = item["failing"][0]
    assert _words(f"{failing['name']} ({failing['kind']}") in text and "expected" in text
    assert "Hints used: 1 (10 points off)" in text
    assert _words(EXPLANATION)[:40] in text
    assert "Model solution" in text and _words(item["model_solution"]["approach"])[:40] in text

    link = await client.post(
        f"/api/interviews/{iid}/shares", headers=me.headers, json={"label": "Coach Sam"}
    )
    shared = (await client.get(f"/api/shared/{link.json()['token']}")).json()
    assert shared["results"]["coding"] == coding

    export = await client.get("/api/users/me/export", headers=me.headers)
    archive = zipfile.ZipFile(io.BytesIO(export.content))
    saved = json.loads(archive.read(f"interviews/{iid}.json"))
    assert saved["results"]["coding"] == coding


async def test_a_talking_interview_has_no_coding_section(client, shipped, tasks):
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me, question_count=1, coding=None)
    done = await client.post(f"/api/interviews/{interview['id']}/complete", headers=me.headers)
    assert done.status_code == 200
    await tasks.drain()
    pdf = await client.get(f"/api/interviews/{interview['id']}/report.pdf", headers=me.headers)
    assert "How the coding scores were made" not in _pdf_text(pdf.content)
    shared = await client.post(
        f"/api/interviews/{interview['id']}/shares", headers=me.headers, json={"label": "Sam"}
    )
    body = (await client.get(f"/api/shared/{shared.json()['token']}")).json()
    assert body["results"]["coding"] is None
