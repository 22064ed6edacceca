from typing import Annotated

from fastapi import Depends, Request

from app.tasks.runner import JobRunner


async def get_job_runner(request: Request) -> JobRunner:
    return request.app.state.job_runner


JobRunnerDep = Annotated[JobRunner, Depends(get_job_runner)]
