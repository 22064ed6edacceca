"""Every background task, by name: the one list the in-process runner and the arq worker read.

A task is added here rather than by a decorator run on import, so no runner can start without
one because some module happened not to be imported.
"""

from app.avatar.clip_task import JOB_NAME as RENDER_CLIP
from app.avatar.clip_task import render_clip_task
from app.interviews.evaluation_task import (
    EVALUATE_ANSWER,
    evaluate_answer_task,
    record_evaluation_failure,
)
from app.recordings.processing_task import JOB_NAME as PROCESS_RECORDING
from app.recordings.processing_task import process_recording_task
from app.results.retry_task import EVALUATE_RETRY, evaluate_retry_task, record_retry_failure
from app.tasks.runner import Task

TASKS: dict[str, Task] = {
    task.name: task
    for task in (
        Task(EVALUATE_ANSWER, evaluate_answer_task, on_failure=record_evaluation_failure),
        Task(PROCESS_RECORDING, process_recording_task),
        Task(RENDER_CLIP, render_clip_task),
        Task(EVALUATE_RETRY, evaluate_retry_task, on_failure=record_retry_failure),
    )
}
