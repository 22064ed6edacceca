"""Server-side transcription of a recorded answer: the contract and what it returns.

The browser provider (Web Speech API captions in the SPA) needs no server, so the factory
answers None for it; a server transcriber either returns a `Transcript` or raises
`TranscriptionError`, and the caller keeps the captions the browser sent.
"""

from typing import Protocol

from pydantic import BaseModel, Field

from app.adapters.http import ExternalServiceError


class TranscriptionError(ExternalServiceError):
    """The transcription service is misconfigured, unreachable or refused the audio."""


class TranscriptWord(BaseModel):
    word: str
    start_s: float = Field(ge=0)
    end_s: float = Field(ge=0)


class TranscriptSegmentOut(BaseModel):
    start_s: float = Field(ge=0)
    end_s: float = Field(ge=0)
    text: str


class Transcript(BaseModel):
    text: str
    language: str | None = Field(default=None, description='As the server names it: "english"')
    duration_s: float | None = None
    segments: list[TranscriptSegmentOut] = Field(default_factory=list)
    words: list[TranscriptWord] = Field(
        default_factory=list, description="Empty when the server gives no word timestamps"
    )


class Transcriber(Protocol):
    name: str

    async def transcribe(
        self, audio: bytes, *, filename: str, content_type: str, language: str | None = None
    ) -> Transcript:
        """The words in `audio` (a whole recording: webm, mp4, wav...), with timestamps.

        `language` is an ISO-639-1 hint such as "en"; None lets the server detect it.
        """
        ...

    async def aclose(self) -> None:
        """Release the HTTP connections."""
        ...
