"""A real recording end to end: a generated WebM uploaded in parts, assembled, remuxed,
played back, decoded, transcribed (respx plays the Whisper server) and analysed."""

import dataclasses
import random

import av
import httpx
import respx

from app.core.config import TranscriptionSettings
from app.recordings.processing_task import recover_unfinished_recordings
from app.tasks.runner import InProcessTaskRunner
from tests.interviews.helpers import answer, current_question
from tests.media_samples import make_webm, split_bytes
from tests.recordings.helpers import finalize, interview_in_progress, open_recording, put_chunk

SPOKEN = "I built a caching layer. Um, it basically halved latency. We measured it in production."


async def upload_interview_recording(
    client, db_session, tmp_path, *, seconds=8.0, parts=5, answered_by="browser_stt"
):
    """Record one answered question: tone 0-2 s, silence 2-6 s, tone 6-8 s."""
    me, interview = await interview_in_progress(client, db_session)
    source = make_webm(tmp_path / "take.webm", seconds=seconds, tone_ranges=[(0, 2), (6, seconds)])
    recording = await open_recording(client, me, interview["id"])
    chunks = list(enumerate(split_bytes(source.read_bytes(), parts)))
    random.Random(4).shuffle(chunks)
    for seq, data in chunks:
        assert (await put_chunk(client, me, recording["id"], seq, data)).status_code == 200
    question = current_question(interview)
    await client.post(
        f"/api/recordings/{recording['id']}/markers",
        headers=me.headers,
        json={"question_id": question["id"], "started_at_s": 0, "ended_at_s": seconds},
    )
    await answer(
        client,
        me,
        interview["id"],
        question["id"],
        SPOKEN,
        recording_id=recording["id"],
        source=answered_by,
    )
    return me, interview, recording, question, parts


async def test_a_recorded_interview_plays_back_and_gets_analytics(
    client, db_session, tasks, tmp_path
):
    me, _interview, recording, question, parts = await upload_interview_recording(
        client, db_session, tmp_path
    )
    finalized = await finalize(client, me, recording["id"], parts)
    assert finalized.json()["status"] == "processing"
    await tasks.drain()
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "ready", state
    assert abs(state["duration_s"] - 8.0) < 0.5
    assert state["has_video"] is True
    link = (
        await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    ).json()
    played = tmp_path / "played.webm"
    played.write_bytes((await client.get(link["url"])).content)
    with av.open(str(played)) as container:
        assert container.duration is not None, "the remuxed file declares its duration"
        assert abs(container.duration / av.time_base - 8.0) < 0.5
    analytics = (
        await client.get(f"/api/recordings/{recording['id']}/analytics", headers=me.headers)
    ).json()
    assert analytics["status"] == "done" and analytics["progress"] == 1.0
    report = analytics["report"]
    assert report["pauses"]["count_long"] == 1
    assert 3.0 < report["pauses"]["longest_s"] < 5.0
    assert report["fillers"]["count"] >= 2
    assert report["video"]["available"] is True
    assert report["video"]["face_visible_ratio"] == 0.0
    assert report["per_question"][0]["question_id"] == question["id"]
    assert any("paus" in card["hint"].lower() for card in report["cards"])


async def test_the_transcript_follows_the_answers_when_the_browser_transcribed(
    client, db_session, tasks, tmp_path
):
    me, _interview, recording, question, parts = await upload_interview_recording(
        client, db_session, tmp_path
    )
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()
    transcript = (
        await client.get(f"/api/recordings/{recording['id']}/transcript", headers=me.headers)
    ).json()
    assert transcript["source"] == "answers"
    assert [line["text"] for line in transcript["lines"]] == [
        "I built a caching layer.",
        "Um, it basically halved latency.",
        "We measured it in production.",
    ]
    starts = [line["start_s"] for line in transcript["lines"]]
    assert starts == sorted(starts) and starts[0] == 0 and transcript["lines"][-1]["end_s"] == 8.0
    assert transcript["chapters"][0]["question_id"] == question["id"]
    assert transcript["chapters"][0]["position"] == 1


async def test_an_undecodable_recording_fails_clearly_and_keeps_nothing_broken(
    client, db_session, tasks
):
    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    await put_chunk(client, me, recording["id"], 0, b"\x1a\x45\xdf\xa3" + b"\x07" * 5000)
    await finalize(client, me, recording["id"], 1)
    await tasks.drain()
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "failed"
    assert "could not be decoded" in state["error"]
    assert state["analysis"]["status"] == "failed"
    playback = await client.get(f"/api/recordings/{recording['id']}/playback", headers=me.headers)
    assert playback.status_code == 409


async def test_processing_interrupted_by_a_restart_resumes(
    client, db_session, app, tasks, tmp_path
):
    me, _interview, recording, _question, parts = await upload_interview_recording(
        client, db_session, tmp_path, seconds=4.0, parts=3
    )
    await finalize(client, me, recording["id"], parts)
    # The server stops before the queued job runs; a new process recovers it at start-up.
    restarted = InProcessTaskRunner(tasks.context, autostart=False)
    assert await recover_unfinished_recordings(tasks.context, restarted) == 1
    await restarted.drain()
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "ready"
    assert state["analysis"]["status"] == "done"


@respx.mock
async def test_server_transcription_stores_timed_lines_per_question(
    client, db_session, app, tasks, tmp_path
):
    settings = app.state.settings.model_copy(
        update={
            "transcription": TranscriptionSettings(
                provider="openai_compat", base_url="http://whisper.local/v1", model="large-v3"
            )
        }
    )
    tasks.context = dataclasses.replace(tasks.context, settings=settings)
    whisper = respx.post("http://whisper.local/v1/audio/transcriptions").mock(
        return_value=httpx.Response(
            200,
            json={
                "text": "I built a cache. It halved latency.",
                "language": "english",
                "duration": 8.0,
                "segments": [
                    {"id": 0, "start": 0.2, "end": 1.9, "text": " I built a cache."},
                    {"id": 1, "start": 6.1, "end": 7.8, "text": " It halved latency."},
                ],
                "words": [
                    {"word": "I", "start": 0.2, "end": 0.3},
                    {"word": "built", "start": 0.3, "end": 0.6},
                    {"word": "a", "start": 0.6, "end": 0.7},
                    {"word": "cache.", "start": 0.7, "end": 1.9},
                    {"word": "It", "start": 6.1, "end": 6.3},
                    {"word": "halved", "start": 6.3, "end": 6.9},
                    {"word": "latency.", "start": 6.9, "end": 7.8},
                ],
            },
        )
    )
    me, interview, recording, question, parts = await upload_interview_recording(
        client, db_session, tmp_path
    )
    interview_id = interview["id"]
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()
    sent = whisper.calls[0].request
    assert b"large-v3" in sent.content and b"RIFF" in sent.content, "the audio goes as WAV"
    transcript = (
        await client.get(f"/api/recordings/{recording['id']}/transcript", headers=me.headers)
    ).json()
    assert transcript["source"] == "server_stt"
    assert [(line["text"], line["question_id"]) for line in transcript["lines"]] == [
        ("I built a cache.", question["id"]),
        ("It halved latency.", question["id"]),
    ]
    analytics = (
        await client.get(f"/api/recordings/{recording['id']}/analytics", headers=me.headers)
    ).json()
    assert analytics["report"]["speaking"]["words"] == 7
    interview = (await client.get(f"/api/interviews/{interview_id}", headers=me.headers)).json()
    replaced = next(q for q in interview["questions"] if q["id"] == question["id"])["answer"]
    assert replaced["source"] == "server_stt", "the captioned answer gives way to the server's"
    assert replaced["transcript"] == "I built a cache. It halved latency."
    assert replaced["evaluation_status"] == "done"


@respx.mock
async def test_a_failing_transcription_server_keeps_the_browser_transcript(
    client, db_session, app, tasks, tmp_path
):
    settings = app.state.settings.model_copy(
        update={
            "transcription": TranscriptionSettings(
                provider="openai_compat", base_url="http://whisper.local/v1", max_retries=0
            )
        }
    )
    tasks.context = dataclasses.replace(tasks.context, settings=settings)
    respx.post("http://whisper.local/v1/audio/transcriptions").mock(
        return_value=httpx.Response(500)
    )
    me, _interview, recording, _question, parts = await upload_interview_recording(
        client, db_session, tmp_path
    )
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()
    transcript = (
        await client.get(f"/api/recordings/{recording['id']}/transcript", headers=me.headers)
    ).json()
    assert transcript["source"] == "answers"
    analytics = (
        await client.get(f"/api/recordings/{recording['id']}/analytics", headers=me.headers)
    ).json()
    assert analytics["status"] == "done"


async def test_a_recording_resumed_after_a_reload_plays_both_parts(
    client, db_session, tasks, tmp_path
):
    """A reloaded page starts a new MediaRecorder stream: its parts follow the first ones."""
    me, interview = await interview_in_progress(client, db_session)
    before = make_webm(tmp_path / "before.webm", seconds=3.0, tone_ranges=[(0, 3)]).read_bytes()
    after = make_webm(tmp_path / "after.webm", seconds=2.0, tone_ranges=[(0, 2)]).read_bytes()
    recording = await open_recording(client, me, interview["id"])
    parts = split_bytes(before, 2) + split_bytes(after, 2)
    for seq, data in enumerate(parts):
        assert (await put_chunk(client, me, recording["id"], seq, data)).status_code == 200
    await finalize(client, me, recording["id"], len(parts))
    await tasks.drain()
    state = (await client.get(f"/api/recordings/{recording['id']}", headers=me.headers)).json()
    assert state["status"] == "ready"
    assert abs(state["duration_s"] - 5.0) < 0.6


async def test_admins_see_a_candidates_recordings(client, db_session):
    from tests.factories import signed_in_admin

    me, interview = await interview_in_progress(client, db_session)
    recording = await open_recording(client, me, interview["id"])
    admin = await signed_in_admin(client, db_session)
    listed = await client.get(
        f"/api/interviews/{interview['id']}/recordings", headers=admin.headers
    )
    assert [r["id"] for r in listed.json()] == [recording["id"]]


async def test_typed_answers_give_no_speaking_pace(client, db_session, tasks, tmp_path):
    me, _interview, recording, _question, parts = await upload_interview_recording(
        client, db_session, tmp_path, answered_by="typed"
    )
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()
    report = (
        await client.get(f"/api/recordings/{recording['id']}/analytics", headers=me.headers)
    ).json()["report"]
    assert report["speaking"]["words_per_minute"] is None
    assert {card["key"] for card in report["cards"]}.isdisjoint({"pace", "fillers"})
    assert report["speaking"]["speaking_ratio"] > 0, "the audio still shows when they spoke"


@respx.mock
async def test_server_transcription_keeps_a_typed_answer(client, db_session, app, tasks, tmp_path):
    settings = app.state.settings.model_copy(
        update={
            "transcription": TranscriptionSettings(
                provider="openai_compat", base_url="http://whisper.local/v1"
            )
        }
    )
    tasks.context = dataclasses.replace(tasks.context, settings=settings)
    respx.post("http://whisper.local/v1/audio/transcriptions").mock(
        return_value=httpx.Response(
            200,
            json={
                "text": "Something else.",
                "segments": [{"start": 0.5, "end": 1.5, "text": "Something else."}],
                "words": [
                    {"word": "Something", "start": 0.5, "end": 1.0},
                    {"word": "else.", "start": 1.0, "end": 1.5},
                ],
            },
        )
    )
    me, interview, recording, question, parts = await upload_interview_recording(
        client, db_session, tmp_path, answered_by="typed"
    )
    await finalize(client, me, recording["id"], parts)
    await tasks.drain()
    current = (await client.get(f"/api/interviews/{interview['id']}", headers=me.headers)).json()
    kept = next(q for q in current["questions"] if q["id"] == question["id"])["answer"]
    assert kept["source"] == "typed"
    assert kept["transcript"] == SPOKEN


async def test_watchers_hear_the_analysis_progress_until_done(
    client, db_session, app, tasks, tmp_path
):
    import asyncio
    import uuid

    me, interview, recording, _question, parts = await upload_interview_recording(
        client, db_session, tmp_path, seconds=4.0, parts=2
    )
    heard = []
    async with app.state.event_bus.subscribe(uuid.UUID(interview["id"])) as events:

        async def listen():
            async for event in events:
                if event.type == "analysis_progress":
                    heard.append((event.data["status"], event.data["progress"]))
                    if event.data["status"] in ("done", "failed"):
                        return

        listener = asyncio.create_task(listen())
        await finalize(client, me, recording["id"], parts)
        await tasks.drain()
        await asyncio.wait_for(listener, 5)
    assert heard[0] == ("running", 0.0)
    assert heard[-1] == ("done", 1.0)
    progress = [value for _status, value in heard]
    assert progress == sorted(progress)
