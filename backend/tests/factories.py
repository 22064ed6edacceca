"""Small factories that make users and sessions through the real API or service."""

import io
import itertools
from dataclasses import dataclass

from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Role, User
from app.auth.schemas import UserCreate
from app.auth.service import create_user

DEFAULT_PASSWORD = "correct-horse-9"
_counter = itertools.count(1)


def unique_email(prefix: str = "user") -> str:
    return f"{prefix}{next(_counter)}@example.com"


@dataclass
class SignedIn:
    email: str
    password: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


async def register(
    client: AsyncClient,
    *,
    email: str | None = None,
    password: str = DEFAULT_PASSWORD,
    full_name: str = "Test User",
) -> dict:
    response = await client.post(
        "/api/auth/register",
        json={"email": email or unique_email(), "password": password, "full_name": full_name},
    )
    assert response.status_code == 201, response.text
    return response.json()


async def login(client: AsyncClient, *, email: str, password: str = DEFAULT_PASSWORD) -> SignedIn:
    response = await client.post("/api/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    tokens = response.json()
    return SignedIn(email, password, tokens["access_token"], tokens["refresh_token"])


async def signed_in_candidate(client: AsyncClient, **kwargs) -> SignedIn:
    user = await register(client, **kwargs)
    return await login(
        client, email=user["email"], password=kwargs.get("password", DEFAULT_PASSWORD)
    )


async def signed_in_admin(client: AsyncClient, session: AsyncSession) -> SignedIn:
    email = unique_email("admin")
    user: User = await create_user(
        session,
        data=UserCreate(email=email, password=DEFAULT_PASSWORD, full_name="Admin"),
        role=Role.admin,
    )
    await session.commit()
    return await login(client, email=user.email)


async def upload_resume_file(
    client: AsyncClient, me: SignedIn, data: bytes, filename: str, content_type: str | None = None
) -> Response:
    """Upload a resume file as the candidate does, and insist that it was accepted."""
    file = (
        (filename, io.BytesIO(data), content_type) if content_type else (filename, io.BytesIO(data))
    )
    response = await client.post("/api/resumes", headers=me.headers, files={"file": file})
    assert response.status_code == 201, response.text
    return response
