from typing import Annotated

from fastapi import Depends, Request

from app.tasks.runner import TaskRunner


async def get_task_runner(request: Request) -> TaskRunner:
    return request.app.state.task_runner


TaskRunnerDep = Annotated[TaskRunner, Depends(get_task_runner)]
