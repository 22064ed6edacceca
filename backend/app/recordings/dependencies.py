import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentUser
from app.auth.policy import ensure_can_read, ensure_can_write
from app.core.db import SessionDep
from app.recordings.exceptions import RecordingNotFound
from app.recordings.models import Recording
from app.recordings.service import load_recording


async def valid_viewable_recording(
    recording_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Recording:
    """The user's own recording, or anyone's for an admin reviewing it; otherwise a 404."""
    recording = await load_recording(session, recording_id=recording_id)
    ensure_can_read(user, recording.user_id, not_found=RecordingNotFound)
    return recording


async def valid_owned_recording(
    recording_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Recording:
    """The user's own recording, to change; an admin gets a 403, anyone else a 404."""
    recording = await load_recording(session, recording_id=recording_id)
    ensure_can_write(user, recording.user_id, not_found=RecordingNotFound, thing="recording")
    return recording


ViewableRecording = Annotated[Recording, Depends(valid_viewable_recording)]
OwnedRecording = Annotated[Recording, Depends(valid_owned_recording)]
