"""A server transcription's word timings reach the answer it replaces: its communication is
judged on the pace and pauses of what was said (respx plays the Whisper server)."""

import dataclasses

import httpx
import pytest
import respx

from app.core.config import TranscriptionSettings
from tests.recordings.helpers import finalize
from tests.recordings.test_processing import upload_interview_recording

FIRST = "I built a caching layer in Redis for the product pages"
SECOND = "and it halved latency which we measured in production"


def timed_words(text: str, start_s: float, end_s: float) -> list[dict]:
    said = text.split()
    step = (end_s - start_s) / len(said)
    return [
        {
            "word": word,
            "start": round(start_s + i * step, 2),
            "end": round(start_s + (i + 1) * step, 2),
        }
        for i, word in enumerate(said)
    ]


@respx.mock
async def test_a_server_transcribed_answer_is_judged_on_its_pace_and_pauses(
    client, db_session, app, tasks, tmp_path
):
    settings = app.state.settings.model_copy(
        update={
            "transcription": TranscriptionSettings(
                provider="openai_compat", base_url="http://whisper.local/v1"
            )
        }
    )
    tasks.context = dataclasses.replace(tasks.context, settings=settings)
    # 20 words said 0.2-3.0 s and 5.5-7.9 s: a pause of 2.5 s between them.
    words = timed_words(FIRST, 0.2, 3.0) + timed_words(SECOND, 5.5, 7.9)
    respx.post("http://whisper.local/v1/audio/transcriptions").mock(
        return_value=httpx.Response(
            200,
            json={
                "text": f"{FIRST} {SECOND}",
                "duration": 8.0,
                "segments": [
                    {"start": 0.2, "end": 3.0, "text": FIRST},
                    {"start": 5.5, "end": 7.9, "text": SECOND},
                ],
                "words": words,
            },
        )
    )
    me, interview, recording, question, parts = await upload_interview_recording(
        client, db_session, tmp_path
    )
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()

    current = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    replaced = next(q for q in current["questions"] if q["id"] == question["id"])["answer"]
    assert replaced["source"] == "server_stt"
    delivery = replaced["evaluation"]["working"]["delivery"]
    assert delivery["basis"] == "spoken"
    assert delivery["answer_s"] == pytest.approx(7.7)
    assert delivery["long_pauses"] == 1
    assert delivery["longest_pause_s"] == pytest.approx(2.5)
    assert delivery["pauses"][0]["before"] == "Redis for the product pages"
    assert delivery["pauses"][0]["after"] == "and it halved latency which"
    # 20 words in 5.2 s of talking.
    assert delivery["words_per_minute"] == pytest.approx(20 * 60 / 5.2, abs=0.5)
