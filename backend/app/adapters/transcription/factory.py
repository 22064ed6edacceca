from typing import Annotated

from fastapi import Depends, Request

from app.adapters.transcription.base import Transcriber
from app.adapters.transcription.openai_compat import OpenAICompatTranscriber
from app.core.config import Settings


def create_transcriber(settings: Settings) -> Transcriber | None:
    """The server transcriber, or None for "browser" (the SPA's captions are the transcript).

    Raises `TranscriptionError` (kind "config") when the server needs an API key that is not set.
    """
    match settings.transcription.provider:
        case "openai_compat":
            return OpenAICompatTranscriber(settings.transcription)
        case _:
            return None


async def close_transcriber(transcriber: Transcriber | None) -> None:
    """Release the transcriber's HTTP connections (for the app's lifespan shutdown)."""
    if transcriber is not None:
        await transcriber.aclose()


def get_transcriber(request: Request) -> Transcriber | None:
    return getattr(request.app.state, "transcriber", None)


TranscriberDep = Annotated[Transcriber | None, Depends(get_transcriber)]
