"""Where an OpenAI-compatible server is and how to sign requests to it, for every adapter that
speaks that protocol (LLM, embeddings, transcription)."""

from collections.abc import Container
from dataclasses import dataclass
from urllib.parse import urlsplit

OPENAI_BASE_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class OpenAICompatTarget:
    base_url: str
    headers: dict[str, str]
    #: Why no call can succeed (a host known to refuse anonymous calls and no key), else None.
    missing_key: str | None


def openai_compat_target(
    base_url: str | None,
    api_key: str | None,
    *,
    env_prefix: str,
    keyed_hosts: Container[str],
    default_base_url: str = OPENAI_BASE_URL,
) -> OpenAICompatTarget:
    """The server's base URL without a trailing slash and its bearer header.

    A local server (Ollama, vLLM, whisper.cpp) may need no key at all, so a missing key is only
    an error for the hosts in `keyed_hosts`.
    """
    url = (base_url or default_base_url).rstrip("/")
    missing = None
    if not api_key and urlsplit(url).hostname in keyed_hosts:
        missing = (
            f"missing API key: {url} needs {env_prefix}__API_KEY "
            f"(set {env_prefix}__BASE_URL for a local server that runs without one)"
        )
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    return OpenAICompatTarget(base_url=url, headers=headers, missing_key=missing)
