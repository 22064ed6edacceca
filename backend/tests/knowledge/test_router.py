import pytest

from tests.factories import signed_in_candidate

ESCO_CIVIL_ENGINEER = "http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360"


@pytest.mark.parametrize(
    "url",
    [
        "/api/knowledge/skills?q=python",
        "/api/knowledge/occupations?q=nurse",
        "/api/knowledge/occupations/17-2051.00",
        "/api/knowledge/sources",
    ],
)
async def test_knowledge_is_for_signed_in_users(client, url):
    response = await client.get(url)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_skill_autocomplete_says_where_each_skill_comes_from(client):
    me = await signed_in_candidate(client)
    response = await client.get(
        "/api/knowledge/skills", params={"q": "k8s", "limit": 3}, headers=me.headers
    )
    assert response.status_code == 200
    first = response.json()["items"][0]
    assert first["name"] == "Kubernetes" and first["matched"] == "k8s"
    assert first["source"] == "onet" and first["sources"] == ["onet", "curated"]

    response = await client.get(
        "/api/knowledge/skills", params={"q": "AUTO CAD"}, headers=me.headers
    )
    items = response.json()["items"]
    assert items[0]["name"] == "Autodesk AutoCAD" and items[0]["hot"] is True
    assert all(item["source"] in {"onet", "esco", "curated"} for item in items)


async def test_skill_autocomplete_filters_by_kind(client):
    me = await signed_in_candidate(client)
    response = await client.get(
        "/api/knowledge/skills",
        params={"q": "team", "kind": ["transversal", "competence"], "limit": 20},
        headers=me.headers,
    )
    kinds = {item["kind"] for item in response.json()["items"]}
    assert kinds and kinds <= {"transversal", "competence"}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "python", "limit": 51},
        {"q": "python", "limit": 0},
        {"q": "x" * 101},
        {"q": ""},
        {},
        {"q": "python", "kind": "wizardry"},
    ],
)
async def test_skill_autocomplete_bounds_its_query(client, params):
    me = await signed_in_candidate(client)
    response = await client.get("/api/knowledge/skills", params=params, headers=me.headers)
    assert response.status_code == 422


async def test_occupations_by_job_title_with_source_and_alternate_titles(client):
    me = await signed_in_candidate(client)
    response = await client.get(
        "/api/knowledge/occupations", params={"q": "Registered Nurse"}, headers=me.headers
    )
    assert response.status_code == 200
    first = response.json()["items"][0]
    assert (first["code"], first["title"], first["source"]) == (
        "29-1141.00",
        "Registered Nurses",
        "onet",
    )
    assert first["job_zone"] == 4 and first["score"] == 1.0
    assert 0 < len(first["alt_titles"]) <= 10

    response = await client.get(
        "/api/knowledge/occupations",
        params={"q": "civil engineer", "source": "esco", "limit": 1},
        headers=me.headers,
    )
    [esco] = response.json()["items"]
    assert (esco["code"], esco["source"], esco["onet"]) == (
        ESCO_CIVIL_ENGINEER,
        "esco",
        ["17-2051.00"],
    )


async def test_occupation_search_bounds_its_query(client):
    me = await signed_in_candidate(client)
    for params in ({"q": "nurse", "limit": 51}, {"q": "n" * 101}, {"q": "nurse", "source": "x"}):
        response = await client.get("/api/knowledge/occupations", params=params, headers=me.headers)
        assert response.status_code == 422, params


async def test_one_occupation_with_tasks_skills_and_related(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/knowledge/occupations/17-2051.00", headers=me.headers)
    assert response.status_code == 200
    civil = response.json()
    assert civil["title"] == "Civil Engineers" and civil["tasks"]
    autocad = next(skill for skill in civil["technology"] if skill["name"] == "Autodesk AutoCAD")
    assert autocad["hot"] and autocad["source"] == "onet"
    assert "17-2051.01" in {item["code"] for item in civil["related"]}

    response = await client.get(
        f"/api/knowledge/occupations/{ESCO_CIVIL_ENGINEER}", headers=me.headers
    )
    assert response.status_code == 200
    assert response.json()["technology"], "an ESCO occupation borrows its O*NET skills"


async def test_an_unknown_occupation_is_not_found(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/knowledge/occupations/99-9999.99", headers=me.headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "occupation_not_found"


async def test_sources_and_api_docs_credit_onet_and_esco(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/knowledge/sources", headers=me.headers)
    sources = {source["id"]: source for source in response.json()["sources"]}
    assert "O*NET 29.2 Database" in sources["onet"]["attribution"]
    assert "ESCO classification" in sources["esco"]["attribution"]
    assert response.json()["counts"]["occupations"] == 3958

    schema = (await client.get("/openapi.json")).json()
    assert "O*NET" in schema["info"]["description"] and "ESCO" in schema["info"]["description"]
    tag = next(tag for tag in schema["tags"] if tag["name"] == "knowledge")
    assert "O*NET" in tag["description"] and "ESCO" in tag["description"]
