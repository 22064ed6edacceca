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


class RecordingSource(StrEnum):
    """What a recording captures: the camera and microphone, or a shared screen."""

    CAMERA = "camera"
    SCREEN = "screen"


def analysis_once_finalized(source: RecordingSource) -> AnalysisStatus:
    """A shared screen has no voice or face to analyse: it is only assembled for playback."""
    return AnalysisStatus.QUEUED if source == RecordingSource.CAMERA else AnalysisStatus.NONE


ANALYSING = (AnalysisStatus.QUEUED, AnalysisStatus.RUNNING)
