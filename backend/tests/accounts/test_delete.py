"""Deleting one's own account: asks for the password, removes every row and file, and the
account can no longer sign in."""

import uuid

from sqlalchemy import func, select

from app.auth.models import PasswordResetToken, RefreshToken, User
from app.interviews.models import Answer, Interview, InterviewQuestion
from app.jobs.models import JobDescription
from app.recordings.models import Recording
from app.resumes.models import Resume
from tests.accounts.helpers import account_with_everything
from tests.factories import DEFAULT_PASSWORD, signed_in_admin, signed_in_candidate


async def delete_me(client, me, password: str = DEFAULT_PASSWORD):
    return await client.request(
        "DELETE", "/api/users/me", headers=me.headers, json={"password": password}
    )


async def _count(db_session, model, *where) -> int:
    return await db_session.scalar(select(func.count()).select_from(model).where(*where))


async def _rows_of(db_session, user_id: uuid.UUID) -> dict[str, int]:
    interviews = select(Interview.id).where(Interview.user_id == user_id)
    questions = select(InterviewQuestion.id).where(InterviewQuestion.interview_id.in_(interviews))
    return {
        "users": await _count(db_session, User, User.id == user_id),
        "resumes": await _count(db_session, Resume, Resume.user_id == user_id),
        "job descriptions": await _count(
            db_session, JobDescription, JobDescription.user_id == user_id
        ),
        "interviews": await _count(db_session, Interview, Interview.user_id == user_id),
        "questions": await _count(
            db_session, InterviewQuestion, InterviewQuestion.id.in_(questions)
        ),
        "answers": await _count(db_session, Answer, Answer.question_id.in_(questions)),
        "recordings": await _count(db_session, Recording, Recording.user_id == user_id),
        "sessions": await _count(db_session, RefreshToken, RefreshToken.user_id == user_id),
    }


async def test_deleting_the_account_removes_everything_and_sign_in_is_refused(
    client, db_session, data_dir, tasks
):
    account = await account_with_everything(client, db_session, data_dir, tasks)
    me, user_id = account.me, uuid.UUID(account.user_id)
    bystander = await account_with_everything(client, db_session, data_dir, tasks)
    await client.post("/api/auth/password-reset", json={"email": me.email})
    before = await _rows_of(db_session, user_id)
    assert all(before.values()), before

    assert (await delete_me(client, me)).status_code == 204

    assert set((await _rows_of(db_session, user_id)).values()) == {0}
    assert await _count(db_session, PasswordResetToken, PasswordResetToken.user_id == user_id) == 0
    assert not account.resume_file.exists()
    assert not account.recording_file.parent.exists()
    assert not account.retry_file.exists()
    refused = await client.post(
        "/api/auth/login", json={"email": me.email, "password": DEFAULT_PASSWORD}
    )
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "invalid_credentials"
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 401
    refresh = await client.post("/api/auth/refresh", json={"refresh_token": me.refresh_token})
    assert refresh.status_code == 401
    # Someone else's things are untouched.
    assert all((await _rows_of(db_session, uuid.UUID(bystander.user_id))).values())
    assert bystander.resume_file.exists()
    assert bystander.recording_file.exists()
    assert bystander.retry_file.exists()


async def test_a_wrong_password_deletes_nothing(client, db_session, data_dir, tasks):
    account = await account_with_everything(client, db_session, data_dir, tasks)

    response = await delete_me(client, account.me, "not-my-password")

    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "wrong_password",
        "message": "The password is not correct.",
        "details": None,
    }
    assert all((await _rows_of(db_session, uuid.UUID(account.user_id))).values())
    assert account.resume_file.exists()
    assert (await client.get("/api/auth/me", headers=account.me.headers)).status_code == 200


async def test_password_guesses_through_deletion_are_throttled_like_sign_in(client):
    me = await signed_in_candidate(client)
    for _ in range(5):
        assert (await delete_me(client, me, "guess-what")).status_code == 422
    locked = await delete_me(client, me)
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_attempts"
    assert (await client.get("/api/auth/me", headers=me.headers)).status_code == 200


async def test_only_the_signed_in_owner_deletes_and_the_body_is_checked(client):
    anonymous = await client.request("DELETE", "/api/users/me", json={"password": "x"})
    assert anonymous.status_code == 401
    me = await signed_in_candidate(client)
    missing = await client.request("DELETE", "/api/users/me", headers=me.headers)
    assert missing.status_code == 422
    assert missing.json()["error"]["code"] == "validation_error"


async def test_an_admin_deletes_only_their_own_account_and_never_the_last_admin(client, db_session):
    admin = await signed_in_admin(client, db_session)
    others = await db_session.scalar(
        select(func.count()).select_from(User).where(User.role == "admin")
    )
    if others == 1:
        last = await delete_me(client, admin)
        assert last.status_code == 409
        assert last.json()["error"]["code"] == "last_admin"
    second = await signed_in_admin(client, db_session)
    assert (await delete_me(client, admin)).status_code == 204
    assert (await client.get("/api/auth/me", headers=second.headers)).status_code == 200
