import asyncio
import os
import time

import pytest

from app.resumes.documents.bounded import run_bounded, warm_up
from app.resumes.extraction import (
    CorruptDocument,
    DocumentTooLarge,
    ParsingTimedOut,
    ScannedDocument,
    UnsupportedFileType,
    extract_text,
    extract_text_bounded,
)
from tests.resumes import bad_inputs, child_functions


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def _pid_written_to(pid_file) -> int:
    for _ in range(200):
        if pid_file.exists() and pid_file.read_text():
            return int(pid_file.read_text())
        await asyncio.sleep(0.05)
    raise AssertionError("the child never started")


async def test_a_busy_looping_extraction_is_killed_at_the_time_limit(tmp_path):
    pid_file = tmp_path / "pid"
    started = time.monotonic()

    with pytest.raises(ParsingTimedOut) as caught:
        await run_bounded(child_functions.spin_forever, str(pid_file), timeout_s=1.0)

    assert 1.0 <= time.monotonic() - started < 4.0
    assert (caught.value.status_code, caught.value.code) == (422, "parsing_timeout")
    assert not _is_running(int(pid_file.read_text()))


async def test_waiting_for_the_child_does_not_block_the_event_loop(tmp_path):
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.05)

    ticker = asyncio.create_task(tick())
    result = await run_bounded(
        child_functions.sleep_then_return, str(tmp_path / "pid"), 0.6, timeout_s=5
    )
    ticker.cancel()

    assert result == "done"
    assert ticks >= 8


async def test_cancelling_the_caller_kills_the_child(tmp_path):
    pid_file = tmp_path / "pid"
    task = asyncio.create_task(
        run_bounded(child_functions.sleep_then_return, str(pid_file), 60, timeout_s=120)
    )
    pid = await _pid_written_to(pid_file)

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    for _ in range(40):
        if not _is_running(pid):
            break
        await asyncio.sleep(0.05)
    assert not _is_running(pid)


async def test_document_errors_raised_in_the_child_come_back_as_themselves():
    with pytest.raises(ScannedDocument):
        await run_bounded(child_functions.raise_scanned, timeout_s=10)


async def test_unexpected_errors_and_crashes_in_the_child_are_reported_as_corrupt():
    with pytest.raises(CorruptDocument):
        await run_bounded(child_functions.raise_unexpected, timeout_s=10)
    with pytest.raises(CorruptDocument):
        await run_bounded(child_functions.exit_abruptly, timeout_s=10)


async def test_the_child_cannot_use_unbounded_memory():
    with pytest.raises(DocumentTooLarge):
        await run_bounded(child_functions.exhaust_memory, timeout_s=10)


async def test_results_cross_the_process_boundary_intact():
    value = {"text": "é" * 300_000, "pages": [1, 2, 3]}

    assert await run_bounded(child_functions.echo, value, timeout_s=10) == value


@pytest.mark.parametrize(
    "file_name",
    ["backend_engineer.pdf", "data_scientist_two_column.pdf", "nurse.docx", "teacher.txt"],
)
async def test_bounded_extraction_gives_the_same_text_as_in_process(file_name):
    data = bad_inputs.corpus_file(file_name)

    assert await extract_text_bounded(data) == extract_text(data)


async def test_bounded_extraction_raises_the_typed_errors():
    with pytest.raises(ScannedDocument):
        await extract_text_bounded(bad_inputs.image_only_pdf())
    with pytest.raises(UnsupportedFileType):
        await extract_text_bounded(bad_inputs.ELF_EXECUTABLE)
    with pytest.raises(CorruptDocument):
        await extract_text_bounded(bad_inputs.truncated_pdf())


async def test_bounded_extraction_applies_the_page_limit():
    data = bad_inputs.text_pdf(
        [f"Page marker {number} of the resume of Jane Doe" for number in range(1, 5)]
    )

    document = await extract_text_bounded(data, max_pages=1)

    assert (document.pages, document.truncated) == (4, True)
    assert "Page marker 2" not in document.text


async def test_warming_up_the_fork_server_is_harmless_and_idempotent():
    warm_up()
    warm_up()

    assert await run_bounded(child_functions.echo, "ready", timeout_s=10) == "ready"
