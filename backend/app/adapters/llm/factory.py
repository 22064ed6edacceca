import logging
from typing import Annotated

from fastapi import Depends, Request

from app.adapters.llm.base import LLMError, LLMProvider
from app.adapters.llm.gemini import GeminiProvider
from app.adapters.llm.openai_compat import OpenAICompatProvider
from app.core.config import Settings


def create_llm(settings: Settings) -> LLMProvider | None:
    """The configured LLM, or None for "local" (the built-in generator and evaluator answer).

    Raises `LLMError` (kind "config") when the provider needs an API key that is not set.
    """
    match settings.llm.provider:
        case "gemini":
            return GeminiProvider(settings.llm)
        case "openai_compat":
            return OpenAICompatProvider(settings.llm)
        case _:
            return None


def create_llm_or_local(settings: Settings) -> LLMProvider | None:
    """A misconfigured LLM must not stop the app or the worker: the built-in generator and
    evaluator answer instead, with a warning in the log."""
    try:
        return create_llm(settings)
    except LLMError as exc:
        logging.getLogger(__name__).warning(
            "LLM disabled, using the built-in generator and evaluator: %s", exc
        )
        return None


async def close_llm(llm: LLMProvider | None) -> None:
    """Release the provider's HTTP connections (for the app's lifespan shutdown)."""
    aclose = getattr(llm, "aclose", None)
    if aclose is not None:
        await aclose()


async def get_llm(request: Request) -> LLMProvider | None:
    return getattr(request.app.state, "llm", None)


LLMDep = Annotated[LLMProvider | None, Depends(get_llm)]
