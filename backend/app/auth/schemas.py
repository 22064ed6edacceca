import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, field_validator

from app.auth.models import Role


def normalize_email(email: str) -> str:
    return email.strip().lower()


def _non_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("Full name must not be blank")
    return value


FullName = Annotated[str, Field(min_length=1, max_length=120), AfterValidator(_non_blank)]


class _EmailIn(BaseModel):
    email: EmailStr

    @field_validator("email", mode="after")
    @classmethod
    def _normalize(cls, value: str) -> str:
        return normalize_email(value)


class UserCreate(_EmailIn):
    password: str = Field(min_length=1, max_length=128)
    full_name: FullName

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"email": "ada@example.com", "password": "correct-horse-9", "full_name": "Ada"}
            ]
        }
    )


class UserUpdate(BaseModel):
    full_name: FullName | None = None
    current_password: str | None = Field(default=None, max_length=128)
    new_password: str | None = Field(default=None, max_length=128)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"full_name": "Ada Lovelace"},
                {"current_password": "correct-horse-9", "new_password": "battery-staple-7"},
            ]
        }
    )


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    created_at: datetime


class LoginRequest(_EmailIn):
    password: str = Field(min_length=1, max_length=128)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"email": "ada@example.com", "password": "correct-horse-9"}]
        }
    )


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


class UserList(BaseModel):
    items: list[UserRead]
    total: int
    page: int
    page_size: int
