"""Without Redis the app itself sweeps unfinished work every `sweep_interval_s`, from its
start-up to its shutdown: an abandoned recording is settled without a restart."""

from tests.tasks.helpers import abandoned_recording, eventually, race_app_with, recording_status


async def test_the_in_process_sweep_settles_a_recording_abandoned_while_the_app_runs(
    settings, race_database_url
):
    updates = {"sweep_interval_s": 0.1}
    async with (
        race_app_with(settings, race_database_url, **updates) as (app, client),
        app.router.lifespan_context(app),
    ):
        me, recording_id = await abandoned_recording(app, client)
        await eventually(lambda: recording_status(client, me, recording_id), "failed")
