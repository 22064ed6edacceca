"""The states a recording and its delivery analysis go through.

Stored as their values in plain string columns: adding a state needs no migration.
"""

from enum import StrEnum


class RecordingStatus(StrEnum):
    RECORDING = "recording"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"


class AnalysisStatus(StrEnum):
    NONE = "none"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


ANALYSING = (AnalysisStatus.QUEUED, AnalysisStatus.RUNNING)
