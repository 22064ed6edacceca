"""The real worker, as `make worker` and docker-compose start it: a separate process running
`python -m arq app.worker.WorkerSettings` against Redis and the race database. It has every
task and the sweep without the app being imported first, evaluates an answer the app queued,
and sweeps at start-up."""

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from app.tasks.registry import TASKS
from tests.conftest import BACKEND_DIR, TEST_SECRET
from tests.tasks.helpers import (
    abandoned_recording,
    answered_interview,
    current_answer,
    eventually,
    race_app_with,
    recording_status,
)


def test_the_worker_settings_list_every_task_and_the_sweep():
    # A fresh interpreter: nothing else was imported first, as when arq loads the settings.
    listed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from app.worker import WorkerSettings as W;"
            "print(sorted(f.name for f in W.functions));"
            "print([(c.name, c.run_at_startup) for c in W.cron_jobs])",
        ],
        cwd=BACKEND_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert listed == [str(sorted(TASKS)), "[('tasks.sweep', True)]"]


def _worker_env(database_url: str, redis_url: str, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "ENV": "test",
        "SECRET_KEY": TEST_SECRET,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DATA_DIR": str(data_dir),
        "LLM__PROVIDER": "local",
        "LOG_LEVEL": "INFO",
        "TASK_RETRY_DELAY_S": "0.2",
    }


async def test_the_worker_process_evaluates_queued_answers_and_sweeps(
    settings, race_database_url, redis_url, data_dir, tmp_path
):
    updates = {"redis_url": redis_url}
    async with race_app_with(settings, race_database_url, **updates) as (app, client):
        owner, recording_id = await abandoned_recording(app, client)
        log = (tmp_path / "worker.log").open("w+")
        worker = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "arq",
            "app.worker.WorkerSettings",
            cwd=BACKEND_DIR,
            env=_worker_env(race_database_url, redis_url, data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            me, interview_id, question_id = await answered_interview(client)

            async def evaluation_status() -> str:
                assert worker.returncode is None, "the worker exited"
                answer = await current_answer(client, me, interview_id, question_id)
                return answer["evaluation_status"]

            await eventually(evaluation_status, "done")
            await eventually(lambda: recording_status(client, owner, recording_id), "failed")
        finally:
            if worker.returncode is None:
                worker.terminate()
            await asyncio.wait_for(worker.wait(), timeout=20)
            log.seek(0)
            output = log.read()
            log.close()
        assert "evaluate_answer" in output, output
