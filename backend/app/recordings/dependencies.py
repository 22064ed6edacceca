import uuid
from typing import Annotated

from fastapi import Depends, Request

from app.auth.dependencies import CurrentUser
from app.core.db import SessionDep
from app.recordings.exceptions import RecordingNotFound
from app.recordings.files import RecordingFiles
from app.recordings.models import Recording
from app.recordings.service import load_recording


async def valid_owned_recording(
    recording_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Recording:
    """The user's own recording; admins may open any. Anyone else's is a 404."""
    recording = await load_recording(session, recording_id=recording_id)
    if recording.user_id != user.id and user.role != "admin":
        raise RecordingNotFound()
    return recording


def get_recording_files(request: Request) -> RecordingFiles:
    return RecordingFiles(request.app.state.settings.data_dir / "media")


OwnedRecording = Annotated[Recording, Depends(valid_owned_recording)]
RecordingFilesDep = Annotated[RecordingFiles, Depends(get_recording_files)]
