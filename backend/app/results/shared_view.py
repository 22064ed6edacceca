"""What a coach sees through a share link: the results, and the video when it was shared."""

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.interviews.models import Interview
from app.interviews.queries import load_interview
from app.recordings.models import Recording
from app.recordings.schemas import PlaybackLink
from app.recordings.service import list_for_interview
from app.recordings.signing import sign_media
from app.recordings.states import RecordingSource, RecordingStatus
from app.recordings.transcript import recording_transcript
from app.results.models import ShareLink
from app.results.service import load_candidate
from app.results.share_schemas import SharedLinkInfo, SharedResults, SharedVideo
from app.results.shares import list_comments
from app.results.with_coding import results_with_coding


def _playback(recording: Recording, settings: Settings) -> PlaybackLink:
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


async def _video(
    session: AsyncSession, interview: Interview, settings: Settings
) -> SharedVideo | None:
    recordings = await list_for_interview(session, interview_id=interview.id)
    # The coach sees the candidate on camera; a shared screen belongs to the coding replay.
    ready = next(
        (
            r
            for r in recordings
            if r.status == RecordingStatus.READY and r.source == RecordingSource.CAMERA
        ),
        None,
    )
    if ready is None:
        return None
    audio_only = (
        ready.mime_type.startswith("audio/") if ready.has_video is None else not ready.has_video
    )
    return SharedVideo(
        playback=_playback(ready, settings),
        transcript=recording_transcript(ready, interview),
        audio_only=audio_only,
    )


async def shared_results(
    session: AsyncSession, *, link: ShareLink, settings: Settings
) -> SharedResults:
    interview = await load_interview(session, interview_id=link.interview_id)
    candidate = await load_candidate(session, interview)
    results = await results_with_coding(session, interview, candidate=candidate)
    return SharedResults(
        share=SharedLinkInfo(
            label=link.label, expires_at=link.expires_at, include_video=link.include_video
        ),
        results=results,
        video=await _video(session, interview, settings) if link.include_video else None,
        comments=await list_comments(session, interview_id=interview.id, share_link_id=link.id),
    )
