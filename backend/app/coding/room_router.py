"""The interview room's coding API: the problem, the code timeline, hints, server runs of the
examples, submissions judged on the hidden tests, and the coding results.

Reads are for the candidate and admins; everything that changes the interview is the
candidate's alone (an admin gets a 403). See app/coding/README.md for the flow."""

import uuid

from fastapi import APIRouter, BackgroundTasks, status

from app.auth.dependencies import CurrentUser
from app.coding import room, submissions
from app.coding.exceptions import CodingResultsNotReady
from app.coding.problem_schemas import CodingCatalog
from app.coding.public import catalog
from app.coding.result_schemas import CodingResults
from app.coding.results import coding_results
from app.coding.runners.factory import CodeRunnerDep
from app.coding.schemas import (
    CodeIn,
    CodingQuestionRead,
    ExampleRun,
    HintTaken,
    SnapshotIn,
    SnapshotList,
    SnapshotSaved,
    SubmissionRead,
)
from app.coding.views import submission_read
from app.core.db import SessionDep
from app.core.errors import error_responses
from app.events.bus import publish_event
from app.events.factory import EventBusDep
from app.interviews.dependencies import LockedInterview, ViewableInterview
from app.interviews.lifecycle import asked_question_id
from app.interviews.states import InterviewStatus

router = APIRouter(prefix="/api/coding", tags=["coding"])
QUESTION = "/interviews/{interview_id}/questions/{question_id}"


@router.get("/catalog", summary="Topics, difficulties and languages for a coding round")
async def get_catalog(session: SessionDep, _user: CurrentUser) -> CodingCatalog:
    return await catalog(session)


@router.get(
    QUESTION,
    summary="A coding question: the problem (public part), hints, submissions, timeline size",
    responses=error_responses(401, 404, 409),
)
async def get_question(
    session: SessionDep, interview: ViewableInterview, question_id: uuid.UUID
) -> CodingQuestionRead:
    question, coding = await room.load_coding(session, interview, question_id)
    return await room.question_state(session, interview=interview, question=question, coding=coding)


@router.post(
    f"{QUESTION}/snapshots",
    status_code=status.HTTP_201_CREATED,
    summary="Save the editor's content to the code timeline (the same code twice adds nothing)",
    responses=error_responses(401, 403, 404, 409),
)
async def save_snapshot(
    session: SessionDep, interview: LockedInterview, question_id: uuid.UUID, data: SnapshotIn
) -> SnapshotSaved:
    question, coding = await room.load_coding(session, interview, question_id)
    return await room.save_snapshot(
        session, interview=interview, question=question, coding=coding, data=data
    )


@router.get(
    f"{QUESTION}/snapshots",
    summary="The code timeline, for playback",
    responses=error_responses(401, 404),
)
async def list_snapshots(
    session: SessionDep, interview: ViewableInterview, question_id: uuid.UUID
) -> SnapshotList:
    question, coding = await room.load_coding(session, interview, question_id)
    return await room.list_snapshots(session, question=question, coding=coding)


@router.post(
    f"{QUESTION}/hints",
    summary="Take the next hint; each costs points of this problem's score",
    responses=error_responses(401, 403, 404, 409),
)
async def take_hint(
    session: SessionDep, interview: LockedInterview, question_id: uuid.UUID
) -> HintTaken:
    question, coding = await room.load_coding(session, interview, question_id)
    return await room.take_hint(session, interview=interview, question=question, coding=coding)


@router.post(
    f"{QUESTION}/run",
    summary="Run the public examples on the server (the browser runs them itself when it can)",
    responses=error_responses(401, 403, 404, 409, 503),
)
async def run_examples(
    session: SessionDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    data: CodeIn,
    runner: CodeRunnerDep,
) -> ExampleRun:
    question, coding = await room.load_coding(session, interview, question_id)
    return await submissions.run_examples(
        session, interview=interview, question=question, coding=coding, data=data, runner=runner
    )


@router.post(
    f"{QUESTION}/submissions",
    status_code=status.HTTP_201_CREATED,
    summary="Submit code: the server runs every hidden test in its sandbox and judges it",
    description="Hidden inputs, expected and actual values and output are left out until the "
    "interview is completed. The first submission answers the question and adds the "
    "interviewer's follow-up about the code (`follow_up_question_id`), asked next.",
    responses=error_responses(401, 403, 404, 409, 503),
)
async def submit(
    session: SessionDep,
    interview: LockedInterview,
    question_id: uuid.UUID,
    data: CodeIn,
    runner: CodeRunnerDep,
    events: EventBusDep,
    background: BackgroundTasks,
) -> SubmissionRead:
    question, coding = await room.load_coding(session, interview, question_id)
    asked_before = asked_question_id(interview)
    submission, follow_up = await submissions.submit(
        session, interview=interview, question=question, coding=coding, data=data, runner=runner
    )
    asked = asked_question_id(interview)
    if asked is not None and asked != asked_before:
        # After the response, so after the commit: watchers reload and find the follow-up.
        background.add_task(
            publish_event, events, interview.id, "question_asked", question_id=asked
        )
    return submission_read(submission, revealed=False, follow_up_question_id=follow_up)


@router.get(
    f"{QUESTION}/submissions",
    summary="Every submission of the question, oldest first",
    responses=error_responses(401, 404),
)
async def list_submissions(
    session: SessionDep, interview: ViewableInterview, question_id: uuid.UUID
) -> list[SubmissionRead]:
    _, coding = await room.load_coding(session, interview, question_id)
    return await room.submission_reads(session, interview=interview, coding=coding)


@router.get(
    "/interviews/{interview_id}/results",
    summary="Coding results of a completed interview (also in GET /api/results/{id})",
    responses=error_responses(401, 404, 409),
)
async def get_results(session: SessionDep, interview: ViewableInterview) -> CodingResults:
    if interview.status != InterviewStatus.COMPLETED:
        raise CodingResultsNotReady()
    results = await coding_results(session, interview)
    return results or CodingResults(score=None, pending=False, problems=[])
