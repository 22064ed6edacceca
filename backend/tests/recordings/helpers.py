"""Steps for recording tests: an interview in progress, a recording, parts uploaded."""

from tests.factories import signed_in_candidate
from tests.interviews.helpers import create_interview, load_shipped_data, start

WEBM_HEADER = b"\x1a\x45\xdf\xa3" + b"\x00" * 28


async def interview_in_progress(client, db_session, me=None):
    await load_shipped_data(db_session)
    me = me or await signed_in_candidate(client)
    interview = await create_interview(client, me)
    return me, await start(client, me, interview["id"])


async def open_recording(
    client, me, interview_id: str, mime_type: str = "video/webm;codecs=vp8,opus"
):
    response = await client.post(
        "/api/recordings",
        headers=me.headers,
        json={"interview_id": interview_id, "mime_type": mime_type},
    )
    assert response.status_code in (200, 201), response.text
    return response.json()


async def put_chunk(client, me, recording_id: str, seq: int, data: bytes):
    return await client.put(
        f"/api/recordings/{recording_id}/chunks/{seq}",
        headers={**me.headers, "Content-Type": "application/octet-stream"},
        content=data,
    )


async def finalize(client, me, recording_id: str, total_chunks: int, **extra):
    return await client.post(
        f"/api/recordings/{recording_id}/finalize",
        headers=me.headers,
        json={"total_chunks": total_chunks, **extra},
    )
