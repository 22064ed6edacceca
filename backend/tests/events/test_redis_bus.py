"""The Redis bus against a real Redis: two bus instances stand for two processes."""

import asyncio
import logging
import uuid

import pytest
from redis.asyncio import Redis

from app.events.bus import EventBusUnavailable, publish_event
from app.events.redis_bus import RedisEventBus, channel_for
from tests.events.test_bus import assert_nothing_more, next_event

UNREACHABLE = "redis://127.0.0.1:1/0"


@pytest.fixture
async def web(redis_url):
    bus = RedisEventBus(redis_url)
    yield bus
    await bus.aclose()


@pytest.fixture
async def worker(redis_url):
    bus = RedisEventBus(redis_url)
    yield bus
    await bus.aclose()


async def test_events_cross_from_one_process_to_the_others(web, worker):
    interview_id, other_id = uuid.uuid4(), uuid.uuid4()
    async with (
        web.subscribe(interview_id) as first,
        web.subscribe(interview_id) as second,
        worker.subscribe(interview_id) as on_worker,
        web.subscribe(other_id) as elsewhere,
    ):
        answer_id = uuid.uuid4()
        await publish_event(worker, interview_id, "answer_evaluated", answer_id=answer_id)
        for events in (first, second, on_worker):
            event = await next_event(events)
            assert (event.type, event.interview_id) == ("answer_evaluated", interview_id)
            assert event.data == {"answer_id": str(answer_id)}
        await publish_event(web, interview_id, "interview_completed")
        assert (await next_event(on_worker)).type == "interview_completed"
        await assert_nothing_more(elsewhere)


async def test_a_channel_can_be_left_and_joined_again(web, worker):
    interview_id = uuid.uuid4()
    async with web.subscribe(interview_id):
        pass
    assert web.subscriber_count(interview_id) == 0
    async with web.subscribe(interview_id) as events:
        await worker.publish(interview_id, "question_asked", {"question_id": "q2"})
        assert (await next_event(events)).data == {"question_id": "q2"}


async def test_a_malformed_message_is_skipped(web, redis_url, caplog):
    interview_id = uuid.uuid4()
    async with web.subscribe(interview_id) as events:
        raw = Redis.from_url(redis_url)
        try:
            with caplog.at_level(logging.WARNING, logger="app.events"):
                await raw.publish(channel_for(interview_id), b"{not json")
                await web.publish(interview_id, "interview_completed", {})
                assert (await next_event(events)).type == "interview_completed"
        finally:
            await raw.aclose()
        assert "malformed" in caplog.text


async def test_a_dropped_connection_is_restored_and_resubscribed(redis_url, worker):
    name = f"events-test-{uuid.uuid4().hex[:8]}"
    bus = RedisEventBus(redis_url, client_name=name)
    admin = Redis.from_url(redis_url)
    interview_id = uuid.uuid4()
    try:
        async with bus.subscribe(interview_id) as events:
            clients = await admin.client_list()
            killed = [c["id"] for c in clients if c["name"] == name and c["sub"] != "0"]
            assert len(killed) == 1
            await admin.client_kill_filter(_id=killed[0])
            # Events published while the bus reconnects are lost (by design); poll until one lands.
            async with asyncio.timeout(15):
                while True:
                    await worker.publish(interview_id, "interview_completed", {})
                    try:
                        await asyncio.wait_for(anext(events), 0.3)
                        break
                    except TimeoutError:
                        continue
    finally:
        await admin.aclose()
        await bus.aclose()


async def test_closing_ends_the_subscriptions(redis_url):
    bus = RedisEventBus(redis_url)
    async with bus.subscribe(uuid.uuid4()) as events:
        await bus.aclose()
        assert [event async for event in events] == []


async def test_without_redis_publishing_logs_and_subscribing_fails_cleanly(caplog):
    bus = RedisEventBus(UNREACHABLE)
    interview_id = uuid.uuid4()
    try:
        with caplog.at_level(logging.WARNING, logger="app.events"):
            await asyncio.wait_for(bus.publish(interview_id, "interview_completed", {}), 10)
        assert "Could not publish" in caplog.text
        with pytest.raises(EventBusUnavailable):
            async with bus.subscribe(interview_id):
                pass
        assert bus.subscriber_count(interview_id) == 0
    finally:
        await bus.aclose()
