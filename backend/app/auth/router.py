import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from app.adapters.mail.factory import MailerDep
from app.auth import password_reset, service, tokens
from app.auth.dependencies import AccessClaimsDep, AdminUser, CurrentUser
from app.auth.exceptions import UserNotFound
from app.auth.reset_mail import app_origin, reset_link, reset_mail, send_quietly
from app.auth.schemas import (
    AdminResetLink,
    LoginRequest,
    PasswordResetAsk,
    PasswordResetAsked,
    PasswordResetConfirm,
    RefreshRequest,
    TokenPair,
    UserCreate,
    UserList,
    UserRead,
    UserUpdate,
)
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.core.validation import Page, PageSize

router = APIRouter(prefix="/api/auth", tags=["auth"])
# Models referenced only from `openapi_extra`, which FastAPI does not collect by itself.
OPENAPI_EXTRA_MODELS = [LoginRequest]
users_router = APIRouter(prefix="/api/users", tags=["users"])

_LOGIN_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/LoginRequest"}},
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["username", "password"],
                    "properties": {
                        "username": {"type": "string", "minLength": 1, "description": "Your email"},
                        "password": {"type": "string", "minLength": 1, "maxLength": 128},
                    },
                }
            },
        },
    }
}


async def _read_login(request: Request) -> LoginRequest:
    """Accept JSON {email, password} or the OAuth2 password form {username, password}."""
    try:
        if request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            form = await request.form()
            # A file sent as a field fails validation like any other value that is not text.
            return LoginRequest.model_validate(
                {"email": form.get("username", ""), "password": form.get("password", "")}
            )
        return LoginRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from exc


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Create a candidate account",
    responses=error_responses(409, 422),
)
async def register(session: SessionDep, data: UserCreate) -> UserRead:
    user = await service.create_user(session, data=data)
    return UserRead.model_validate(user)


@router.post(
    "/login",
    summary="Sign in with email and password (JSON or OAuth2 form)",
    openapi_extra=_LOGIN_BODY,
    responses=error_responses(401, 422, 429),
)
async def login(request: Request, session: SessionDep, settings: SettingsDep) -> TokenPair:
    credentials = await _read_login(request)
    user = await service.authenticate(
        session, email=credentials.email, password=credentials.password, settings=settings
    )
    return await tokens.issue_token_pair(session, user=user, settings=settings)


@router.post(
    "/refresh",
    summary="Exchange a refresh token for a new token pair",
    responses=error_responses(401, 422),
)
async def refresh(session: SessionDep, settings: SettingsDep, data: RefreshRequest) -> TokenPair:
    return await tokens.rotate_refresh_token(session, token=data.refresh_token, settings=settings)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End the session a refresh token belongs to",
    responses=error_responses(401, 422),
)
async def logout(session: SessionDep, settings: SettingsDep, data: RefreshRequest) -> Response:
    await tokens.logout(session, token=data.refresh_token, settings=settings)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", summary="The signed-in user", responses=error_responses(401))
async def read_me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)


@router.patch(
    "/me",
    summary="Change your name or password",
    responses=error_responses(401, 422),
)
async def update_me(
    session: SessionDep, user: CurrentUser, claims: AccessClaimsDep, data: UserUpdate
) -> UserRead:
    user = await service.update_user(session, user=user, data=data, current_family=claims.family_id)
    return UserRead.model_validate(user)


RESET_ASKED = (
    "If an account uses this email, a link to choose a new password is on its way. "
    "It works once, for {minutes} minutes."
)


@router.post(
    "/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Mail a link to choose a new password (the same answer whether or not the account "
    "exists)",
    responses=error_responses(422, 429),
)
async def ask_password_reset(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    mailer: MailerDep,
    background: BackgroundTasks,
    data: PasswordResetAsk,
) -> PasswordResetAsked:
    issued = await password_reset.request_reset(session, email=data.email, settings=settings)
    if issued is not None:
        link = reset_link(app_origin(request, settings), issued.token)
        mail = reset_mail(
            issued, link=link, minutes=settings.password_reset_minutes, by_admin=False
        )
        # After the response (and the commit): how long mailing takes must not tell anything.
        background.add_task(send_quietly, mailer, mail)
    return PasswordResetAsked(message=RESET_ASKED.format(minutes=settings.password_reset_minutes))


@router.post(
    "/password-reset/confirm",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Choose a new password with a reset link; every session is signed out",
    responses=error_responses(422),
)
async def confirm_password_reset(session: SessionDep, data: PasswordResetConfirm) -> Response:
    await password_reset.reset_password(session, token=data.token, new_password=data.new_password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@users_router.get(
    "",
    summary="List accounts (admins only)",
    responses=error_responses(401, 403),
)
async def list_users(
    session: SessionDep,
    _admin: AdminUser,
    q: Annotated[str | None, Query(description="Search in email and name")] = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> UserList:
    users, total = await service.list_users(session, query=q, page=page, page_size=page_size)
    return UserList(
        items=[UserRead.model_validate(u) for u in users],
        total=total,
        page=page,
        page_size=page_size,
    )


@users_router.post(
    "/{user_id}/password-reset",
    status_code=status.HTTP_201_CREATED,
    summary="Make a password reset link for an account and mail it (admins only)",
    responses=error_responses(401, 403, 404),
)
async def admin_password_reset(
    user_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    mailer: MailerDep,
    background: BackgroundTasks,
    _admin: AdminUser,
) -> AdminResetLink:
    user = await service.get_user(session, user_id=user_id)
    if user is None:
        raise UserNotFound()
    issued = await password_reset.issue_reset(session, user=user, settings=settings)
    link = reset_link(app_origin(request, settings), issued.token)
    mail = reset_mail(issued, link=link, minutes=settings.password_reset_minutes, by_admin=True)
    background.add_task(send_quietly, mailer, mail)
    return AdminResetLink(link=link, expires_at=issued.expires_at, emailed_to=user.email)
