"""Saving, reading and renaming pasted job descriptions through the API."""

import uuid

import pytest

from tests.factories import signed_in_candidate
from tests.jobs import postings
from tests.jobs.match_samples import CARE_ASSISTANT_POSTING

URL = "/api/job-descriptions"


async def _save(client, me, text: str, **extra) -> dict:
    response = await client.post(URL, headers=me.headers, json={"text": text, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_pasted_description_is_saved_under_the_title_it_states(client):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.MECHANICAL_AGENCY)
    assert saved["title"] == "Mechanical Design Engineer \u2013 FEA"
    parsed = saved["parsed"]
    assert parsed["occupation"] == {
        "code": "17-2141.00",
        "title": "Mechanical Engineers",
        "source": "onet",
        "matched_title": "Mechanical Design Engineer",
    }
    assert parsed["years_required"] == 3
    assert not {"Communication", "Presentation Skills", "Problem Solving"} & set(
        parsed["required_skills"]
    )
    listed = (await client.get(URL, headers=me.headers)).json()["items"]
    assert [item["title"] for item in listed] == ["Mechanical Design Engineer \u2013 FEA"]


async def test_a_blank_title_is_no_title(client):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.ELECTRICIAN_TRADES, title="   ")
    assert saved["title"] == "Journeyman Electrician"


async def test_the_preview_shows_occupation_and_alternatives(client):
    me = await signed_in_candidate(client)
    response = await client.post(
        f"{URL}/preview", headers=me.headers, json={"text": postings.SOFTWARE_ALTERNATIVES}
    )
    assert response.status_code == 200
    parsed = response.json()
    assert parsed["title"] == "Senior Backend Engineer"
    assert parsed["occupation"]["title"] == "Web Developers"
    assert ["Go", "Java"] in parsed["alternative_skills"]


async def test_a_care_assistant_for_elderly_residents_previews_and_saves_as_care_work(client):
    """Not O*NET's "Care Assistant" of Animal Caretakers: the duties say which care it is."""
    me = await signed_in_candidate(client)
    response = await client.post(
        f"{URL}/preview", headers=me.headers, json={"text": CARE_ASSISTANT_POSTING}
    )
    assert response.status_code == 200
    assert response.json()["occupation"]["title"] == "Nursing Assistants"
    saved = await _save(client, me, CARE_ASSISTANT_POSTING)
    assert saved["title"] == "Care Assistant"
    assert saved["parsed"]["occupation"]["title"] == "Nursing Assistants"


async def test_the_owner_renames_a_saved_description_and_its_parse_follows(client):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.CIVIL_COMPANY_FIRST)
    assert saved["parsed"]["seniority"] == "mid"

    response = await client.patch(
        f"{URL}/{saved['id']}", headers=me.headers, json={"title": "  Senior Civil Engineer  "}
    )

    assert response.status_code == 200, response.text
    renamed = response.json()
    assert renamed["title"] == "Senior Civil Engineer"
    assert renamed["parsed"]["title"] == "Senior Civil Engineer"
    assert renamed["parsed"]["seniority"] == "senior"
    assert renamed["parsed"]["occupation"]["title"] == "Civil Engineers"
    assert renamed["text"] == saved["text"]
    again = (await client.get(f"{URL}/{saved['id']}", headers=me.headers)).json()
    assert again["title"] == "Senior Civil Engineer"
    assert again["parsed"] == renamed["parsed"]


async def test_a_rename_to_a_nickname_keeps_the_postings_occupation(client):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.CIVIL_COMPANY_FIRST)
    response = await client.patch(
        f"{URL}/{saved['id']}", headers=me.headers, json={"title": "Harbor & Pine (applied)"}
    )
    assert response.status_code == 200
    assert response.json()["parsed"]["occupation"]["title"] == "Civil Engineers"


async def test_an_empty_patch_changes_nothing(client):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.NURSE_HOSPITAL)
    response = await client.patch(f"{URL}/{saved['id']}", headers=me.headers, json={})
    assert response.status_code == 200
    assert response.json() == saved


@pytest.mark.parametrize("title", ["", "   ", None, "x" * 201, 7])
async def test_a_bad_title_is_422_naming_the_field(client, title):
    me = await signed_in_candidate(client)
    saved = await _save(client, me, postings.NURSE_HOSPITAL)
    response = await client.patch(f"{URL}/{saved['id']}", headers=me.headers, json={"title": title})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["details"][0]["field"] == "title"
    unchanged = (await client.get(f"{URL}/{saved['id']}", headers=me.headers)).json()
    assert unchanged["title"] == saved["title"]


async def test_only_the_owner_may_rename(client):
    me = await signed_in_candidate(client)
    stranger = await signed_in_candidate(client)
    saved = await _save(client, me, postings.ACCOUNTANT_FINANCE)
    url = f"{URL}/{saved['id']}"

    theirs = await client.patch(url, headers=stranger.headers, json={"title": "Mine now"})
    anonymous = await client.patch(url, json={"title": "Mine now"})
    missing = await client.patch(f"{URL}/{uuid.uuid4()}", headers=me.headers, json={"title": "X"})

    assert theirs.status_code == 404
    assert theirs.json()["error"]["code"] == "job_description_not_found"
    assert anonymous.status_code == 401
    assert missing.status_code == 404
    assert (await client.get(url, headers=me.headers)).json()["title"] == "Staff Accountant"
