"""Every background task, by name: the one list the in-process runner and the arq worker read.

A task is added here rather than by a decorator run on import, so no runner can start without
one because some module happened not to be imported.
"""

from app.avatar.clip_job import JOB_NAME as RENDER_CLIP
from app.avatar.clip_job import render_clip_job
from app.interviews.evaluation_job import (
    EVALUATE_ANSWER,
    evaluate_answer_job,
    record_evaluation_failure,
)
from app.recordings.processing_job import JOB_NAME as PROCESS_RECORDING
from app.recordings.processing_job import process_recording_job
from app.results.retry_job import EVALUATE_RETRY, evaluate_retry_job, record_retry_failure
from app.tasks.runner import Task

TASKS: dict[str, Task] = {
    task.name: task
    for task in (
        Task(EVALUATE_ANSWER, evaluate_answer_job, on_failure=record_evaluation_failure),
        Task(PROCESS_RECORDING, process_recording_job),
        Task(RENDER_CLIP, render_clip_job),
        Task(EVALUATE_RETRY, evaluate_retry_job, on_failure=record_retry_failure),
    )
}
