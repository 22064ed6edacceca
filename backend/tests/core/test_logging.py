import logging

from app.core.logging import TextFormatter

FORMAT = "%(asctime)s %(levelname)s %(message)s"


def _record(created: float) -> logging.LogRecord:
    record = logging.LogRecord("app.access", logging.INFO, __file__, 1, "GET /x 200", None, None)
    record.created, record.msecs = created, (created - int(created)) * 1000
    return record


def test_log_lines_show_the_time_of_each_record_as_logging_does():
    ours, logging_own = TextFormatter(FORMAT), logging.Formatter(FORMAT)
    # Within one second, across a second's boundary, and back to an earlier second.
    for created in (1_800_000_000.123, 1_800_000_000.987, 1_800_000_001.004, 1_700_000_000.5):
        assert ours.format(_record(created)) == logging_own.format(_record(created))
