"""Who may read an interview through `GET /api/interviews/{id}`, whose single query checks the
signed-in account itself: the owner and admins read it; anyone else, and an id that does not
exist, get the same 404; an account deleted or deactivated, or a session ended, after its token
was issued gets a 401."""

import uuid

from sqlalchemy import delete, select, update

from app.auth.models import User
from tests.factories import signed_in_admin, signed_in_candidate
from tests.interviews.helpers import create_interview, start


async def _read(client, who, interview_id: str):
    return await client.get(f"/api/interviews/{interview_id}", headers=who.headers)


async def _user_id(db_session, email: str) -> uuid.UUID:
    found = await db_session.scalar(select(User.id).where(User.email == email))
    assert found is not None
    return found


async def test_another_candidate_gets_the_404_of_an_unknown_id(client, shipped):
    owner = await signed_in_candidate(client)
    other = await signed_in_candidate(client)
    iid = (await start(client, owner, (await create_interview(client, owner))["id"]))["id"]
    mine = await _read(client, owner, iid)
    assert mine.status_code == 200
    assert mine.json()["id"] == iid
    theirs = await _read(client, other, iid)
    unknown = await _read(client, other, str(uuid.uuid4()))
    assert theirs.status_code == unknown.status_code == 404
    assert theirs.json() == unknown.json()
    assert "questions" not in theirs.text


async def test_an_admin_reads_a_candidates_interview(client, shipped, db_session):
    owner = await signed_in_candidate(client)
    admin = await signed_in_admin(client, db_session)
    iid = (await start(client, owner, (await create_interview(client, owner))["id"]))["id"]
    as_owner, as_admin = (await _read(client, owner, iid)), (await _read(client, admin, iid))
    assert as_admin.status_code == 200
    assert [q["id"] for q in as_admin.json()["questions"]] == [
        q["id"] for q in as_owner.json()["questions"]
    ]
    assert as_admin.json()["stages"] == as_owner.json()["stages"]


async def test_an_account_deactivated_after_sign_in_cannot_read(client, shipped, db_session):
    me = await signed_in_candidate(client)
    iid = (await create_interview(client, me))["id"]
    assert (await _read(client, me, iid)).status_code == 200
    user_id = await _user_id(db_session, me.email)
    await db_session.execute(update(User).where(User.id == user_id).values(is_active=False))
    await db_session.commit()
    response = await _read(client, me, iid)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


async def test_an_account_deleted_after_sign_in_cannot_read_anything(client, shipped, db_session):
    owner = await signed_in_candidate(client)
    gone = await signed_in_candidate(client)
    iid = (await create_interview(client, owner))["id"]
    own = (await create_interview(client, gone))["id"]
    user_id = await _user_id(db_session, gone.email)
    await db_session.execute(delete(User).where(User.id == user_id))
    await db_session.commit()
    for interview_id in (own, iid, str(uuid.uuid4())):
        response = await _read(client, gone, interview_id)
        assert response.status_code == 401, interview_id
        assert response.json()["error"]["code"] == "invalid_token"


async def test_a_signed_out_session_cannot_read(client, shipped):
    me = await signed_in_candidate(client)
    iid = (await create_interview(client, me))["id"]
    assert (await _read(client, me, iid)).status_code == 200
    await client.post("/api/auth/logout", json={"refresh_token": me.refresh_token})
    response = await _read(client, me, iid)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


async def test_a_missing_or_malformed_token_gets_the_usual_401(client, shipped):
    owner = await signed_in_candidate(client)
    iid = (await start(client, owner, (await create_interview(client, owner))["id"]))["id"]
    token = owner.headers["Authorization"].split(" ", 1)[1]
    for headers in ({}, {"Authorization": f"Basic {token}"}, {"Authorization": "Bearer nope"}):
        response = await client.get(f"/api/interviews/{iid}", headers=headers)
        assert response.status_code == 401, headers
        assert set(response.json()["error"]) == {"code", "message", "details"}, headers
    lower_case_scheme = {"Authorization": f"bearer {token}"}
    assert (
        await client.get(f"/api/interviews/{iid}", headers=lower_case_scheme)
    ).status_code == 200


async def test_the_read_declares_the_bearer_scheme_as_the_other_routes_do(app):
    paths = app.openapi()["paths"]
    bearer = paths["/api/interviews"]["get"]["security"]
    assert paths["/api/interviews/{interview_id}"]["get"]["security"] == bearer


async def test_a_malformed_id_gets_the_401_first_then_a_422_naming_the_path(client, shipped):
    me = await signed_in_candidate(client)
    anonymous = await client.get("/api/interviews/not-a-uuid")
    assert anonymous.status_code == 401
    signed_in = await client.get("/api/interviews/not-a-uuid", headers=me.headers)
    assert signed_in.status_code == 422
    assert signed_in.json()["error"]["details"][0]["field"] == "path.interview_id"
