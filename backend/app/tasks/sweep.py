"""The periodic sweep: background work that a browser, a crash or a lost queue left unfinished.

In-process it runs every `sweep_interval_s` beside the app (app.main); with Redis the arq worker
runs it hourly by cron (app.worker).
"""

from app.interviews.evaluation_task import recover_unfinished_evaluations
from app.recordings.sweep import sweep_abandoned_recordings
from app.results.retry_task import recover_unfinished_retries
from app.tasks.runner import TaskContext, TaskRunner


async def sweep_unfinished_work(context: TaskContext, runner: TaskRunner) -> None:
    """Settle abandoned recordings, and queue again evaluations of answers and of retries still
    pending or running (one already queued keeps its job key, so it is not run twice)."""
    await sweep_abandoned_recordings(context, runner)
    await recover_unfinished_evaluations(context, runner)
    await recover_unfinished_retries(context, runner)
