import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, EmailStr, Field
from pydantic_core import PydanticCustomError

from app.auth.emails import lookalike_problem, normalize_email
from app.auth.models import Role
from app.auth.passwords import MIN_PASSWORD_LENGTH


def _fold_email(value: object) -> object:
    return normalize_email(value) if isinstance(value, str) else value


def _no_lookalike(email: str) -> str:
    email = normalize_email(email)  # after email-validator's own normalisation (IDNA, NFC)
    problem = lookalike_problem(email)
    if problem:
        raise PydanticCustomError("lookalike_email", "{problem}", {"problem": problem})
    return email


# The same folding on registration and sign-in: one account per address, however it is typed.
EmailAddress = Annotated[EmailStr, BeforeValidator(_fold_email), AfterValidator(_no_lookalike)]


def _non_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("Full name must not be blank")
    return value


FullName = Annotated[str, Field(min_length=1, max_length=120), AfterValidator(_non_blank)]


# The password policy refuses a short password with its own code (weak_password), so the
# minimum is declared for the OpenAPI rather than checked here.
NewPassword = Annotated[
    str,
    Field(
        min_length=1,
        max_length=128,
        description=f"At least {MIN_PASSWORD_LENGTH} characters, and not the email address",
        json_schema_extra={"minLength": MIN_PASSWORD_LENGTH},
    ),
]


class _EmailIn(BaseModel):
    email: EmailAddress


class UserCreate(_EmailIn):
    password: NewPassword
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
    new_password: NewPassword | None = None

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


class PasswordResetAsk(_EmailIn):
    model_config = ConfigDict(json_schema_extra={"examples": [{"email": "ada@example.com"}]})


class PasswordResetConfirm(BaseModel):
    token: str = Field(min_length=1, max_length=200, description="From the link in the mail")
    new_password: NewPassword


class PasswordResetAsked(BaseModel):
    message: str = Field(description="The same whether or not the address has an account")


class AdminResetLink(BaseModel):
    link: str = Field(description="Give it to the person; it works once")
    expires_at: datetime
    emailed_to: str
