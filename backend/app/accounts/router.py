from datetime import UTC, datetime

from fastapi import APIRouter, BackgroundTasks, status
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from app.accounts.deletion import delete_account
from app.accounts.export_data import collect_export
from app.accounts.export_zip import write_export
from app.accounts.schemas import AccountDelete
from app.adapters.storage.factory import FileStoreDep
from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.recordings.cloudinary_upload import delete_from_cloudinary

router = APIRouter(prefix="/api/users/me", tags=["account"])


@router.delete(
    "",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your account and everything in it (asks for your password)",
    responses=error_responses(401, 409, 422, 429),
)
async def delete_me(
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    store: FileStoreDep,
    background: BackgroundTasks,
    data: AccountDelete,
) -> None:
    cloudinary_ids = await delete_account(
        session,
        user=user,
        password=data.password,
        store=store,
        settings=settings,
    )
    if store.hosted is not None:
        for public_id in cloudinary_ids:
            background.add_task(delete_from_cloudinary, store.hosted, public_id)


@router.get(
    "/export",
    summary="Download your data: a zip of JSON documents with your resume files and recordings",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/zip": {}}, "description": "The zip file"},
        **error_responses(401),
    },
)
async def export_me(
    session: SessionDep, user: CurrentUser, settings: SettingsDep, store: FileStoreDep
) -> FileResponse:
    data = await collect_export(session, user=user)
    # Writing the zip takes a while: no transaction (nor its snapshot) is held through it.
    await session.commit()
    path = await write_export(
        data,
        email=user.email,
        store=store,
        folder=settings.data_dir / "exports",
        max_bytes=settings.export_max_bytes,
    )
    return FileResponse(
        path,
        media_type="application/zip",
        filename=f"rehearse-data-{datetime.now(UTC):%Y-%m-%d}.zip",
        background=BackgroundTask(path.unlink, missing_ok=True),
    )
