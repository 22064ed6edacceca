"""Admins manage coding problems like the question bank: search, create, change, archive,
export and import, and no save stands whose tests disagree with its references."""

import io
import json

from app.coding.catalog import dumps_problems
from tests.coding.helpers import load_problems, requires_sandbox, shipped
from tests.factories import signed_in_admin, signed_in_candidate

URL = "/api/coding/problems"


def _new_problem(**changes: object) -> dict:
    problem = shipped("two-sum").model_dump(mode="json")
    return {**problem, "slug": "pair-sum", "title": "Pair sum", **changes}


async def test_admins_search_the_shipped_problems_and_candidates_cannot(client, db_session):
    await load_problems(db_session)
    admin = await signed_in_admin(client, db_session)
    me = await signed_in_candidate(client)

    found = await client.get(URL, headers=admin.headers, params={"topic": "sql_data"})
    assert found.status_code == 200
    body = found.json()
    assert body["total"] >= 5 and all(item["topic"] == "sql_data" for item in body["items"])
    assert (await client.get(URL, headers=me.headers)).status_code == 403
    one = await client.get(f"{URL}/{body['items'][0]['id']}", headers=admin.headers)
    assert one.json()["reference"]["python"] and one.json()["tests"]


@requires_sandbox
async def test_a_problem_is_saved_only_when_its_tests_agree_with_its_references(client, db_session):
    admin = await signed_in_admin(client, db_session)
    broken = _new_problem()
    broken["tests"][0]["expected"] = [1, 0]

    refused = await client.post(URL, headers=admin.headers, json=broken)

    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "coding_problem_tests_fail"
    assert {(d["language"], d["test"]) for d in error["details"]} == {
        ("python", "two equal numbers"),
        ("javascript", "two equal numbers"),
    }
    assert (await client.get(URL, headers=admin.headers, params={"q": "pair"})).json()["total"] == 0

    created = await client.post(URL, headers=admin.headers, json=_new_problem())
    assert created.status_code == 201, created.text
    assert created.json()["slug"] == "pair-sum"


@requires_sandbox
async def test_generated_tests_get_their_expected_value_from_the_reference(client, db_session):
    admin = await signed_in_admin(client, db_session)
    problem = _new_problem()
    problem["tests"] = [t for t in problem["tests"] if t["kind"] != "large"] + [
        {
            "name": "1,000 numbers",
            "kind": "large",
            "generate": [{"range": {"stop": 1000}}, {"value": 1997}],
        }
    ]
    created = await client.post(URL, headers=admin.headers, json=problem)
    assert created.status_code == 201, created.text
    assert created.json()["tests"][-1]["expected"] == [998, 999]


@requires_sandbox
async def test_changing_the_reference_is_checked_and_the_title_is_not(client, db_session):
    await load_problems(db_session)
    admin = await signed_in_admin(client, db_session)
    item = (await client.get(URL, headers=admin.headers, params={"q": "two-sum"})).json()["items"][
        0
    ]
    url = f"{URL}/{item['id']}"

    renamed = await client.patch(url, headers=admin.headers, json={"title": "Two sum (classic)"})
    assert renamed.status_code == 200 and renamed.json()["title"] == "Two sum (classic)"
    wrong = {
        "python": "def two_sum(nums, target):\n    return [0, 1]\n",
        "javascript": shipped("two-sum").reference.javascript,
    }
    refused = await client.patch(url, headers=admin.headers, json={"reference": wrong})
    assert refused.status_code == 422
    assert (await client.get(url, headers=admin.headers)).json()["reference"]["python"] != wrong[
        "python"
    ]
    report = await client.post(f"{url}/check", headers=admin.headers)
    assert report.json()["ok"] is True


@requires_sandbox
async def test_an_export_imports_back_and_a_broken_import_changes_nothing(client, db_session):
    await load_problems(db_session)
    admin = await signed_in_admin(client, db_session)
    exported = await client.get(f"{URL}/export", headers=admin.headers)
    assert exported.status_code == 200
    problems = exported.json()
    assert len(problems) >= 40

    again = await client.post(
        f"{URL}/import", headers=admin.headers, files={"file": ("p.json", exported.content)}
    )
    assert again.status_code == 200, again.text
    assert again.json() == {"created": 0, "updated": len(problems)}

    broken = [dict(problems[0], slug="new-one", title="New one")]
    broken[0]["tests"][0] = {**broken[0]["tests"][0], "expected": "nonsense"}
    refused = await client.post(
        f"{URL}/import",
        headers=admin.headers,
        files={"file": ("p.json", io.BytesIO(dumps_problems(broken).encode()))},
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["details"][0]["slug"] == "new-one"
    listed = await client.get(URL, headers=admin.headers, params={"q": "new-one"})
    assert listed.json()["total"] == 0


async def test_an_import_that_is_not_a_list_of_problems_is_refused(client, db_session):
    admin = await signed_in_admin(client, db_session)
    for content, code in ((b"{}", "import_unreadable"), (b'[{"title": 1}]', "import_invalid")):
        response = await client.post(
            f"{URL}/import", headers=admin.headers, files={"file": ("p.json", content)}
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == code


async def test_a_problem_used_in_an_interview_is_archived_not_deleted(client, db_session):
    await load_problems(db_session)
    admin = await signed_in_admin(client, db_session)
    me = await signed_in_candidate(client)
    created = await client.post(
        "/api/interviews",
        headers=me.headers,
        json={"role": "Data analyst", "seed": 1, "coding": {"problems": 1, "only": True}},
    )
    question = next(q for q in created.json()["questions"] if q["category"] == "coding")
    state = await client.get(
        f"/api/coding/interviews/{created.json()['id']}/questions/{question['id']}",
        headers=me.headers,
    )
    slug = state.json()["problem"]["slug"]
    item = (await client.get(URL, headers=admin.headers, params={"q": slug})).json()["items"][0]

    deleted = await client.delete(f"{URL}/{item['id']}", headers=admin.headers)

    assert deleted.json() == {"result": "archived"}
    assert (await client.get(URL, headers=admin.headers, params={"q": slug})).json()["total"] == 0


def test_the_export_format_is_the_shipped_files_format():
    problem = shipped("two-sum").model_dump(mode="json")
    assert json.loads(dumps_problems([problem])) == [problem]
