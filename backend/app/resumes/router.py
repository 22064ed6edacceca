from fastapi import APIRouter, File, Response, UploadFile, status
from fastapi.responses import StreamingResponse

from app.adapters.storage.factory import FileStoreDep
from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.core.http import content_disposition
from app.resumes import service
from app.resumes.dependencies import OwnedResume
from app.resumes.exceptions import FileTooLarge
from app.resumes.schemas import ResumeList, ResumeRead, ResumeSummary, ResumeUpdate

router = APIRouter(prefix="/api/resumes", tags=["resumes"])

# The format is read from the bytes, not from the part's Content-Type; these are the ones read,
# and the download answers with the one found.
_FILE_TYPES = [media.split(";")[0] for media in service.CONTENT_TYPES.values()]
_UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {"encoding": {"file": {"contentType": ", ".join(_FILE_TYPES)}}}
        }
    }
}
_FILE = {media: {"schema": {"type": "string", "format": "binary"}} for media in _FILE_TYPES}


async def _read_bounded(upload: UploadFile, limit: int) -> bytes:
    data = bytearray()
    while chunk := await upload.read(1 << 20):
        data.extend(chunk)
        if len(data) > limit:
            raise FileTooLarge(limit)
    return bytes(data)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Upload a resume (PDF, DOCX or text) and parse it",
    openapi_extra=_UPLOAD_BODY,
    responses=error_responses(401, 413, 415, 422),
)
async def upload_resume(
    session: SessionDep,
    user: CurrentUser,
    store: FileStoreDep,
    settings: SettingsDep,
    file: UploadFile = File(description="The resume: PDF, DOCX or plain text"),
) -> ResumeRead:
    data = await _read_bounded(file, settings.resume_max_bytes)
    resume = await service.create_resume(
        session, user=user, filename=file.filename, data=data, store=store, settings=settings
    )
    return ResumeRead.model_validate(resume)


@router.get("", summary="My resumes, newest first", responses=error_responses(401))
async def list_resumes(session: SessionDep, user: CurrentUser) -> ResumeList:
    resumes = await service.list_resumes(session, user_id=user.id)
    return ResumeList(items=[ResumeSummary.model_validate(r) for r in resumes])


@router.get(
    "/{resume_id}", summary="One resume with its parsed data", responses=error_responses(401, 404)
)
async def get_resume(resume: OwnedResume) -> ResumeRead:
    return ResumeRead.model_validate(resume)


@router.patch(
    "/{resume_id}",
    summary="Correct the parsed data",
    responses=error_responses(401, 404, 422),
)
async def update_resume(session: SessionDep, resume: OwnedResume, data: ResumeUpdate) -> ResumeRead:
    resume = await service.update_resume(session, resume=resume, data=data)
    return ResumeRead.model_validate(resume)


@router.delete(
    "/{resume_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a resume and its file",
    responses=error_responses(401, 404),
)
async def delete_resume(session: SessionDep, resume: OwnedResume, store: FileStoreDep) -> Response:
    await service.delete_resume(session, resume=resume, store=store)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{resume_id}/default",
    summary="Use this resume by default",
    responses=error_responses(401, 404),
)
async def make_default(session: SessionDep, resume: OwnedResume) -> ResumeRead:
    resume = await service.set_default_resume(session, resume=resume)
    return ResumeRead.model_validate(resume)


@router.get(
    "/{resume_id}/file",
    summary="Download the original file",
    response_class=StreamingResponse,
    responses={200: {"content": _FILE}, **error_responses(401, 404)},
)
async def download_resume(resume: OwnedResume, store: FileStoreDep) -> StreamingResponse:
    return StreamingResponse(
        store.stream(resume.storage_key),
        media_type=resume.content_type,
        headers={
            "Content-Disposition": content_disposition(resume.filename),
            "Content-Length": str(resume.size_bytes),
        },
    )
