import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.adapters.avatar.base import AvatarError
from app.adapters.avatar.did import DIDClient
from app.adapters.avatar.factory import AvatarDep, close_avatar_client, create_avatar_client
from app.adapters.avatar.tavus import TavusClient
from app.core.config import AvatarSettings, Settings


def settings_with(**avatar: object) -> Settings:
    return Settings(_env_file=None, avatar=AvatarSettings.model_validate(avatar))


async def test_the_client_follows_the_settings():
    assert create_avatar_client(settings_with()) is None

    tavus = create_avatar_client(
        settings_with(provider="tavus", api_key="k", tavus_persona_id="p1")
    )
    assert isinstance(tavus, TavusClient) and tavus.base_url == "https://tavusapi.com"

    did = create_avatar_client(
        settings_with(
            provider="did",
            api_key="u:p",
            did_source_url="https://example.com/face.jpg",
            base_url="https://did.internal/",
        )
    )
    assert isinstance(did, DIDClient) and did.base_url == "https://did.internal"

    for client in (tavus, did, None):
        await close_avatar_client(client)


@pytest.mark.parametrize(
    ("avatar", "setting"),
    [
        ({"provider": "tavus", "tavus_persona_id": "p1"}, "AVATAR__API_KEY"),
        ({"provider": "tavus", "api_key": "k"}, "AVATAR__TAVUS_PERSONA_ID"),
        ({"provider": "did", "api_key": "u:p"}, "AVATAR__DID_SOURCE_URL"),
    ],
)
def test_missing_settings_name_the_variable(avatar, setting):
    with pytest.raises(AvatarError) as e:
        create_avatar_client(settings_with(**avatar))
    assert e.value.kind == "config"
    assert setting in str(e.value)


async def test_dependency_reads_app_state():
    app = FastAPI()

    @app.get("/which")
    async def which(avatar: AvatarDep) -> dict:
        return {"avatar": avatar.name if avatar else None}

    async with AsyncClient(transport=ASGITransport(app), base_url="http://test") as client:
        assert (await client.get("/which")).json() == {"avatar": None}
        app.state.avatar = create_avatar_client(
            settings_with(provider="tavus", api_key="k", tavus_persona_id="p1")
        )
        assert (await client.get("/which")).json() == {"avatar": "tavus"}
        await close_avatar_client(app.state.avatar)
