from app.core.errors import AppError, Conflict, InvalidInput, NotFound
from app.core.text import plural


class RecordingNotFound(NotFound):
    code = "recording_not_found"
    message = "Recording not found."


class RecordingNotOpen(Conflict):
    code = "recording_not_open"

    def __init__(self, status: str) -> None:
        super().__init__(
            f"This recording is {status} and accepts no more parts.", details={"status": status}
        )


class RecordingOpenConflict(Conflict):
    code = "recording_conflict"
    message = "The interview's recording changed while it was being opened; try again."


class ChunkConflict(Conflict):
    code = "chunk_conflict"

    def __init__(self, seq: int) -> None:
        super().__init__(
            f"Part {seq} of this recording is already stored with different bytes; "
            "a stored part is never replaced.",
            details={"seq": seq},
        )


class RecordingStillOpen(Conflict):
    code = "recording_in_progress"
    message = "This recording is still being made; finish the interview before deleting it."


class RecordingIncomplete(Conflict):
    code = "recording_incomplete"

    def __init__(self, missing: list[int]) -> None:
        shown = ", ".join(str(seq) for seq in missing[:20])
        more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
        super().__init__(
            f"{plural(len(missing), 'part')} of the recording "
            f"{'has' if len(missing) == 1 else 'have'} not arrived: {shown}{more}.",
            details={"missing": missing},
        )


class RecordingNotReady(Conflict):
    code = "recording_not_ready"

    def __init__(self, status: str) -> None:
        super().__init__(
            f"The recording is {status}; it can be played once it is ready.",
            details={"status": status},
        )


class UnsupportedRecordingType(AppError):
    status_code = 415
    code = "unsupported_media_type"


class ChunkTooLarge(AppError):
    status_code = 413
    code = "chunk_too_large"


class RecordingTooLarge(AppError):
    status_code = 413
    code = "recording_too_large"


class InvalidMarker(InvalidInput):
    code = "invalid_marker"


class InvalidMediaLink(AppError):
    status_code = 403
    code = "invalid_media_link"
    message = "This playback link is invalid or has expired; reload the page for a new one."


class RangeNotSatisfiable(AppError):
    status_code = 416
    code = "range_not_satisfiable"


class ChunksBeyondTotal(InvalidInput):
    code = "chunks_beyond_total"

    def __init__(self, extra: list[int], total_chunks: int) -> None:
        super().__init__(
            f"The server holds parts numbered {total_chunks} or above ({extra[:20]}), "
            f"so total_chunks={total_chunks} cannot be right.",
            details={"beyond_total": extra},
        )
