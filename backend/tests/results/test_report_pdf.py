import io

from pypdf import PdfReader

from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import create_interview
from tests.interviews.test_router import DETAILED
from tests.results.helpers import VAGUE, finished_interview, recorded_interview, results_of


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    # Lines wrap anywhere: compare words, not line breaks.
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


# The words the report prints for the API's category values.
BRITISH_CATEGORY = {
    "behavioral": "Behavioural",
    "technical": "Technical",
    "situational": "Situational",
    "coding": "Coding",
}


def _words(text: str) -> str:
    return " ".join(text.split())


async def test_the_report_holds_the_questions_scores_feedback_and_transcript(
    client, shipped, tasks
):
    me = await signed_in_candidate(client, full_name="Pat Candidate")
    iid = await finished_interview(client, me, tasks, answers=[DETAILED, VAGUE])
    results = await results_of(client, me, iid)

    response = await client.get(f"/api/interviews/{iid}/report.pdf", headers=me.headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "attachment" in response.headers["content-disposition"]
    assert response.content.startswith(b"%PDF")
    text = _text(response.content)

    assert f"Interview report: {results['interview']['role']}" in text
    assert "Pat Candidate" in text
    assert f"Overall {results['scores']['overall']}" in text
    assert "How the scores were made" in text
    for number, question in enumerate(results["questions"], start=1):
        assert _words(f"{number}. {question['text']}") in text
        evaluation = question["evaluation"]
        if evaluation and evaluation["scored"]:
            category = BRITISH_CATEGORY[question["category"]]
            assert f"{category} · grade {evaluation['grade']} · {evaluation['score']}/100" in text
    assert "Behavioral" not in text  # the API's value, never the word shown
    for item in results["strengths"] + results["weaknesses"] + results["recommendations"]:
        assert _words(item) in text
    first = results["questions"][0]["evaluation"]
    assert _words(first["key_points_covered"][0]["evidence"]) in text
    assert "Model answer" in text and "Transcript" in text


async def test_only_the_candidate_and_admins_download_it_once_finished(
    client, db_session, shipped, tasks
):
    me = await signed_in_candidate(client)
    iid = await finished_interview(client, me, tasks, answers=[VAGUE])
    other = await signed_in_candidate(client)
    response = await client.get(f"/api/interviews/{iid}/report.pdf", headers=other.headers)
    assert response.status_code == 404
    assert (await client.get(f"/api/interviews/{iid}/report.pdf")).status_code == 401
    admin = await signed_in_admin(client, db_session)
    response = await client.get(f"/api/interviews/{iid}/report.pdf", headers=admin.headers)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")

    unfinished = await create_interview(client, me)
    response = await client.get(
        f"/api/interviews/{unfinished['id']}/report.pdf", headers=me.headers
    )
    assert response.status_code == 409


async def test_the_report_of_a_recorded_interview_has_its_delivery_figures(
    client, db_session, shipped, tasks, data_dir
):
    me = await signed_in_candidate(client)
    iid, _recording_id = await recorded_interview(client, db_session, tasks, data_dir, me)
    response = await client.get(f"/api/interviews/{iid}/report.pdf", headers=me.headers)
    text = _text(response.content)
    assert "How you came across" in text
    assert "Speaking pace 142 wpm" in text
    assert "Question 1 60 142 3 1" in text
