"""CODE_RUNNER__PROVIDER=piston: jobs go to Piston's documented `POST /api/v2/execute`, its
`run.stdout` is read like the local sandbox's, and any failure runs the job locally instead."""

import json
import logging

import httpx
import pytest
import respx

from app.coding.runners.base import RunJob, TestInput, TestStatus
from app.coding.runners.factory import create_code_runner
from app.coding.runners.piston import PistonRunner
from app.core.config import CodeRunnerSettings
from tests.coding.helpers import (
    coding_interview,
    coding_url,
    load_problems,
    requires_sandbox,
    shipped,
)
from tests.factories import signed_in_candidate

BASE = "http://piston.test"
SETTINGS = CodeRunnerSettings(provider="piston", base_url=BASE, max_retries=0)
JOB = RunJob("python", "def f(x):\n    return x * 2\n", "function", "f", [TestInput("[2]", 1000)])


def _piston_reply(lines: list[dict], *, code: int = 0, signal: str | None = None) -> dict:
    stdout = "".join(json.dumps(line) + "\n" for line in lines)
    return {
        "language": "python",
        "version": "3.10.0",
        "run": {"stdout": stdout, "stderr": "", "code": code, "signal": signal, "output": stdout},
    }


@respx.mock
async def test_a_job_runs_on_piston_with_the_harness_and_the_job_on_stdin():
    route = respx.post(f"{BASE}/api/v2/execute").mock(
        return_value=httpx.Response(
            200,
            json=_piston_reply(
                [
                    {"event": "loaded"},
                    {
                        "event": "test",
                        "index": 0,
                        "status": "ok",
                        "value_json": "4",
                        "time_ms": 0.1,
                    },
                    {"event": "done"},
                ]
            ),
        )
    )
    runner = create_code_runner(SETTINGS)
    assert isinstance(runner, PistonRunner)

    report = await runner.run(JOB)

    assert report.runner == "piston" and report.outcomes[0].value == 4
    sent = json.loads(route.calls.last.request.content)
    assert sent["language"] == "python" and sent["version"] == "3.10.0"
    assert sent["files"][0]["name"] == "main.py" and "class Harness" in sent["files"][0]["content"]
    assert json.loads(sent["stdin"])["code"] == JOB.code
    assert sent["run_timeout"] == SETTINGS.piston_run_timeout_ms


@respx.mock
async def test_piston_killing_the_run_is_a_time_limit():
    respx.post(f"{BASE}/api/v2/execute").mock(
        return_value=httpx.Response(
            200,
            json=_piston_reply([{"event": "loaded"}], code=None, signal="SIGKILL"),  # type: ignore[arg-type]
        )
    )
    report = await create_code_runner(SETTINGS).run(JOB)
    assert report.outcomes[0].status == TestStatus.TIMEOUT


@requires_sandbox
@respx.mock
@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(503, json={"message": "overloaded"}),
        httpx.Response(400, json={"message": "run_timeout cannot exceed the configured limit"}),
        httpx.Response(200, json={"language": "python"}),
        httpx.ConnectError("refused"),
    ],
    ids=["503", "400", "no run", "unreachable"],
)
async def test_a_failing_piston_falls_back_to_the_local_sandbox(reply, caplog):
    route = respx.post(f"{BASE}/api/v2/execute")
    if isinstance(reply, Exception):
        route.mock(side_effect=reply)
    else:
        route.mock(return_value=reply)

    with caplog.at_level(logging.WARNING, logger="app.coding.runners.piston"):
        report = await create_code_runner(SETTINGS).run(JOB)

    assert report.runner == "local" and report.outcomes[0].value == 4
    assert "Piston was unavailable" in report.notes[0]
    assert any("running the code in the local sandbox" in r.message for r in caplog.records)


@requires_sandbox
@respx.mock
async def test_a_submission_is_judged_locally_when_piston_is_down(app, client, db_session):
    respx.post(f"{BASE}/api/v2/execute").mock(side_effect=httpx.ConnectError("refused"))
    app.state.code_runner = create_code_runner(SETTINGS)
    await load_problems(db_session)
    me = await signed_in_candidate(client)
    interview = await coding_interview(client, me)
    url = coding_url(interview)
    slug = (await client.get(url, headers=me.headers)).json()["problem"]["slug"]

    submitted = await client.post(
        f"{url}/submissions",
        headers=me.headers,
        json={"code": shipped(slug).reference.javascript, "language": "javascript"},
    )

    assert submitted.status_code == 201
    assert submitted.json()["verdict"] == "accepted" and submitted.json()["runner"] == "local"
