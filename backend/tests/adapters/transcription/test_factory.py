import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.adapters.transcription.base import TranscriptionError
from app.adapters.transcription.factory import (
    TranscriberDep,
    close_transcriber,
    create_transcriber,
)
from app.adapters.transcription.openai_compat import OpenAICompatTranscriber
from app.core.config import Settings, TranscriptionSettings


def settings_with(**transcription: object) -> Settings:
    return Settings(
        _env_file=None, transcription=TranscriptionSettings.model_validate(transcription)
    )


async def test_the_transcriber_follows_the_settings():
    assert create_transcriber(settings_with()) is None

    openai = create_transcriber(settings_with(provider="openai_compat", api_key="sk"))
    assert isinstance(openai, OpenAICompatTranscriber)
    assert (openai.base_url, openai.model) == ("https://api.openai.com/v1", "whisper-1")

    local = create_transcriber(
        settings_with(provider="openai_compat", base_url="http://whisper:8000/v1", model="small")
    )
    assert isinstance(local, OpenAICompatTranscriber)
    assert (local.base_url, local.model) == ("http://whisper:8000/v1", "small")

    for transcriber in (openai, local, None):
        await close_transcriber(transcriber)


def test_openai_without_key_is_a_config_error():
    with pytest.raises(TranscriptionError) as e:
        create_transcriber(settings_with(provider="openai_compat"))
    assert e.value.kind == "config"


async def test_dependency_reads_app_state():
    app = FastAPI()

    @app.get("/which")
    async def which(transcriber: TranscriberDep) -> dict:
        return {"transcriber": transcriber.name if transcriber else None}

    async with AsyncClient(transport=ASGITransport(app), base_url="http://test") as client:
        assert (await client.get("/which")).json() == {"transcriber": None}
        app.state.transcriber = create_transcriber(
            settings_with(provider="openai_compat", api_key="sk")
        )
        assert (await client.get("/which")).json() == {"transcriber": "openai_compat"}
        await close_transcriber(app.state.transcriber)
