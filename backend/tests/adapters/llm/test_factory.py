from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.adapters.llm.factory import LLMDep, close_llm, create_llm
from app.adapters.llm.gemini import GeminiProvider
from app.adapters.llm.openai_compat import OpenAICompatProvider
from app.core.config import LLMSettings, Settings


def settings_with(**llm: object) -> Settings:
    return Settings(_env_file=None, llm=LLMSettings.model_validate(llm))


async def test_the_provider_follows_the_settings():
    assert create_llm(settings_with(provider="local")) is None

    gemini = create_llm(settings_with(provider="gemini", api_key="k"))
    assert isinstance(gemini, GeminiProvider)
    assert (gemini.name, gemini.model) == ("gemini", "gemini-2.5-flash")

    ollama = create_llm(
        settings_with(provider="openai_compat", base_url="http://ollama:11434/v1", model="qwen3")
    )
    assert isinstance(ollama, OpenAICompatProvider)
    assert (ollama.name, ollama.model, ollama.base_url) == (
        "openai_compat",
        "qwen3",
        "http://ollama:11434/v1",
    )
    openai = create_llm(settings_with(provider="openai_compat", api_key="sk"))
    assert isinstance(openai, OpenAICompatProvider)
    assert (openai.model, openai.base_url) == ("gpt-4o-mini", "https://api.openai.com/v1")

    for provider in (gemini, ollama, openai, None):
        await close_llm(provider)


async def test_dependency_reads_app_state():
    app = FastAPI()

    @app.get("/which")
    async def which(llm: LLMDep) -> dict:
        return {"llm": llm.name if llm else None}

    async with AsyncClient(transport=ASGITransport(app), base_url="http://test") as client:
        assert (await client.get("/which")).json() == {"llm": None}
        app.state.llm = create_llm(settings_with(provider="gemini", api_key="k"))
        assert (await client.get("/which")).json() == {"llm": "gemini"}
        await close_llm(app.state.llm)
