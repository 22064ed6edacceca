"""File extensions of the recording types we accept."""

EXTENSIONS = {"video/webm": "webm", "audio/webm": "webm", "video/mp4": "mp4", "audio/mp4": "m4a"}


def extension_for(mime_type: str) -> str:
    return EXTENSIONS.get(mime_type.split(";")[0].strip().lower(), "webm")
