from tests.factories import signed_in_admin, signed_in_candidate


async def test_candidate_on_an_admin_route_is_403(client):
    me = await signed_in_candidate(client)
    response = await client.get("/api/users", headers=me.headers)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


async def test_admin_lists_and_searches_accounts(client, db_session):
    await signed_in_candidate(client, full_name="Findable Person")
    admin = await signed_in_admin(client, db_session)
    response = await client.get("/api/users", headers=admin.headers, params={"q": "findable"})
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 1
    assert body["items"][0]["full_name"] == "Findable Person"


async def test_anonymous_on_an_admin_route_is_401(client):
    assert (await client.get("/api/users")).status_code == 401
