"""Request ids drawn without a system call each.

`uuid.uuid4()` reads the operating system's random source on every call; on a busy virtual
machine that read cost more than a cheap route's own work, now and then many times more. A
request id needs to be unique, not unguessable, so it is drawn from a generator seeded once
from that source, and seeded again in a forked process, which must not repeat its parent's ids.
"""

import os
import random


class RequestIds:
    def __init__(self) -> None:
        self._pid = 0
        self._random = random.Random()

    def new(self) -> str:
        """32 random hex digits, as `uuid.uuid4().hex` is."""
        if (pid := os.getpid()) != self._pid:
            self._pid, self._random = pid, random.Random(os.urandom(32))
        return f"{self._random.getrandbits(128):032x}"


new_request_id = RequestIds().new
