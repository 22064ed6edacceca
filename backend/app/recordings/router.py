import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Path, Request, Response, status
from fastapi.responses import FileResponse

from app.adapters.storage.cloudinary import SignedUpload
from app.adapters.storage.factory import FileStoreDep
from app.analytics.schemas import DeliveryReport
from app.auth.dependencies import CurrentUser
from app.auth.policy import ensure_can_write
from app.core.db import SessionDep
from app.core.dependencies import SettingsDep
from app.core.errors import error_responses
from app.interviews.dependencies import ViewableInterview
from app.interviews.exceptions import InterviewNotFound
from app.interviews.queries import load_interview
from app.recordings import service
from app.recordings.cloudinary_upload import (
    CloudinaryComplete,
    delete_from_cloudinary,
    sign_for,
    verify_and_record,
)
from app.recordings.delivery_trend import DeliveryPoint, delivery_trend
from app.recordings.dependencies import OwnedRecording, ViewableRecording
from app.recordings.exceptions import RecordingNotFound, RecordingNotReady
from app.recordings.processing_task import enqueue_processing
from app.recordings.schemas import (
    ChunkReceipt,
    FinalizeRequest,
    MarkerWrite,
    PlaybackLink,
    RecordingAnalytics,
    RecordingCreate,
    RecordingRead,
    RecordingTranscript,
)
from app.recordings.signing import media_link_valid, sign_media
from app.recordings.states import RecordingStatus
from app.recordings.stored_media import MEDIA_RESPONSES, SignedMediaDep
from app.recordings.transcript import recording_transcript
from app.recordings.views import recording_view
from app.tasks.dependencies import TaskRunnerDep

router = APIRouter(prefix="/api/recordings", tags=["recordings"])
interview_recordings_router = APIRouter(prefix="/api/interviews", tags=["recordings"])
delivery_router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Start recording an interview (or resume its open recording)",
    responses={
        200: {"model": RecordingRead, "description": "The open recording, resumed"},
        **error_responses(401, 403, 404, 409, 415, 422),
    },
)
async def create(
    session: SessionDep,
    user: CurrentUser,
    settings: SettingsDep,
    data: RecordingCreate,
    response: Response,
    store: FileStoreDep,
) -> RecordingRead:
    interview = await load_interview(session, interview_id=data.interview_id)
    ensure_can_write(user, interview.user_id, not_found=InterviewNotFound, thing="interview")
    recording, created = await service.open_recording(
        session,
        interview=interview,
        mime_type=data.mime_type,
        storage=store.kind,
        source=data.source,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return recording_view(recording, max_chunk_bytes=settings.recording_chunk_max_bytes)


@router.get(
    "/{recording_id}",
    summary="A recording: which parts the server holds, markers, processing and analysis",
    responses=error_responses(401, 404),
)
async def get(recording: ViewableRecording, settings: SettingsDep) -> RecordingRead:
    return recording_view(recording, max_chunk_bytes=settings.recording_chunk_max_bytes)


@router.put(
    "/{recording_id}/chunks/{seq}",
    summary="Upload one part of the recording (raw bytes); the same part twice is stored once",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
    responses=error_responses(401, 403, 404, 409, 413, 415, 422),
)
async def put_chunk(
    session: SessionDep,
    settings: SettingsDep,
    store: FileStoreDep,
    recording: OwnedRecording,
    seq: Annotated[int, Path(ge=0, le=service.MAX_SEQ)],
    request: Request,
) -> ChunkReceipt:
    size, duplicate = await service.receive_chunk(
        session, store.parts, recording=recording, seq=seq, body=request.stream(), settings=settings
    )
    return ChunkReceipt(seq=seq, bytes=size, duplicate=duplicate)


@router.post(
    "/{recording_id}/markers",
    summary="Record where a question's answer starts and ends in the video",
    responses=error_responses(401, 403, 404, 422),
)
async def put_marker(
    session: SessionDep, settings: SettingsDep, recording: OwnedRecording, data: MarkerWrite
) -> RecordingRead:
    recording = await service.save_marker(session, recording=recording, data=data)
    return recording_view(recording, max_chunk_bytes=settings.recording_chunk_max_bytes)


@router.post(
    "/{recording_id}/finalize",
    summary="Check that every part arrived, then assemble and analyse the recording",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def finalize(
    session: SessionDep,
    settings: SettingsDep,
    runner: TaskRunnerDep,
    recording: OwnedRecording,
    data: FinalizeRequest,
) -> RecordingRead:
    recording, queue = await service.finalize(session, recording=recording, data=data)
    if queue:
        await session.commit()
        await enqueue_processing(runner, recording.id)
    return recording_view(recording, max_chunk_bytes=settings.recording_chunk_max_bytes)


@router.delete(
    "/{recording_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete the recording: its video, transcript timings and analytics",
    responses=error_responses(401, 403, 404, 409),
)
async def delete(
    session: SessionDep,
    store: FileStoreDep,
    recording: OwnedRecording,
    background: BackgroundTasks,
) -> None:
    external_id = await service.delete_recording(session, store, recording=recording)
    if external_id and store.hosted is not None:
        background.add_task(delete_from_cloudinary, store.hosted, external_id)


@router.get(
    "/{recording_id}/playback",
    summary="A short-lived link that plays the recording (usable as a <video> source)",
    responses=error_responses(401, 404, 409),
)
async def playback(recording: ViewableRecording, settings: SettingsDep) -> PlaybackLink:
    if recording.status != RecordingStatus.READY:
        raise RecordingNotReady(recording.status)
    if recording.external_url:
        return PlaybackLink(
            url=recording.external_url, expires_at=None, mime_type=recording.mime_type
        )
    ttl_s = settings.media_url_minutes * 60
    expires, signature = sign_media(settings.secret_key, recording.id, ttl_s=ttl_s)
    return PlaybackLink(
        url=f"/api/recordings/{recording.id}/media?expires={expires}&signature={signature}",
        expires_at=datetime.fromtimestamp(expires, UTC),
        mime_type=recording.mime_type,
    )


@router.get(
    "/{recording_id}/media",
    summary="The recording's video, with HTTP Range support (signed link from /playback)",
    response_class=FileResponse,
    responses=MEDIA_RESPONSES,
)
async def media(recording_id: uuid.UUID, session: SessionDep, link: SignedMediaDep) -> Response:
    link.ensure_signed(media_link_valid, recording_id)
    recording = await service.load_recording(session, recording_id=recording_id)
    if recording.status != RecordingStatus.READY or not recording.file_key:
        raise RecordingNotFound()
    return await link.serve(
        recording.file_key, mime_type=recording.mime_type, missing=RecordingNotFound
    )


@router.get(
    "/{recording_id}/transcript",
    summary="The transcript beside the video: timed lines and a chapter per question",
    responses=error_responses(401, 404),
)
async def transcript(session: SessionDep, recording: ViewableRecording) -> RecordingTranscript:
    interview = await load_interview(session, interview_id=recording.interview_id)
    return recording_transcript(recording, interview)


@router.get(
    "/{recording_id}/analytics",
    summary="Delivery analytics: pace, fillers, pauses, loudness, eye contact",
    responses=error_responses(401, 404),
)
async def analytics(recording: ViewableRecording) -> RecordingAnalytics:
    return RecordingAnalytics(
        status=recording.analysis_status,
        progress=recording.analysis_progress,
        error=recording.analysis_error,
        report=DeliveryReport.model_validate(recording.analysis) if recording.analysis else None,
    )


@interview_recordings_router.get(
    "/{interview_id}/recordings",
    summary="The interview's recordings, newest first",
    responses=error_responses(401, 404),
)
async def list_for_interview(
    session: SessionDep, settings: SettingsDep, interview: ViewableInterview
) -> list[RecordingRead]:
    rows = await service.list_for_interview(session, interview_id=interview.id)
    return [recording_view(r, max_chunk_bytes=settings.recording_chunk_max_bytes) for r in rows]


@router.post(
    "/{recording_id}/cloudinary/signature",
    summary="Sign the browser's upload of the finished recording to Cloudinary",
    responses=error_responses(401, 403, 404, 409),
)
async def cloudinary_signature(recording: OwnedRecording, store: FileStoreDep) -> SignedUpload:
    return sign_for(recording, store)


@router.post(
    "/{recording_id}/cloudinary/complete",
    summary="Check that Cloudinary holds the upload, then play the recording from there",
    responses=error_responses(401, 403, 404, 409, 422, 502),
)
async def cloudinary_complete(
    session: SessionDep,
    settings: SettingsDep,
    recording: OwnedRecording,
    store: FileStoreDep,
    data: CloudinaryComplete,
) -> RecordingRead:
    await verify_and_record(recording, store, public_id=data.public_id)
    await session.flush()
    return recording_view(recording, max_chunk_bytes=settings.recording_chunk_max_bytes)


@delivery_router.get(
    "/delivery",
    summary="My delivery across interviews: pace, fillers, pauses, eye contact",
    responses=error_responses(401),
)
async def get_delivery_trend(session: SessionDep, user: CurrentUser) -> list[DeliveryPoint]:
    return await delivery_trend(session, user_id=user.id)
