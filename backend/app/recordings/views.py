from app.recordings.models import Recording
from app.recordings.schemas import AnalysisState, MarkerRead, RecordingRead


def recording_view(recording: Recording, *, max_chunk_bytes: int) -> RecordingRead:
    return RecordingRead(
        id=recording.id,
        interview_id=recording.interview_id,
        mime_type=recording.mime_type,
        source=recording.source,
        status=recording.status,
        storage=recording.storage,
        received_seqs=sorted(chunk.seq for chunk in recording.chunks),
        bytes_received=recording.bytes_received,
        total_chunks=recording.total_chunks,
        duration_s=recording.duration_s,
        has_video=recording.has_video,
        max_chunk_bytes=max_chunk_bytes,
        markers=[
            MarkerRead(
                question_id=marker.question_id,
                started_at_s=marker.started_at_s,
                ended_at_s=marker.ended_at_s,
            )
            for marker in recording.markers
        ],
        analysis=AnalysisState(
            status=recording.analysis_status,
            progress=recording.analysis_progress,
            error=recording.analysis_error,
        ),
        error=recording.error,
        created_at=recording.created_at,
        finalized_at=recording.finalized_at,
    )
