"""The states a rendered avatar clip goes through.

Stored as their values in a plain string column: adding a state needs no migration.
"""

from enum import StrEnum


class ClipStatus(StrEnum):
    PENDING = "pending"
    READY = "ready"
    FAILED = "failed"
