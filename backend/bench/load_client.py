"""The HTTP side of `bench.load`: both app processes behind one client that fails over, and what
every call took.

A request that cannot connect (the process it went to is gone) is sent to the other process,
which the client then keeps using, as a load balancer with passive health checks would; one whose
connection broke mid-way is sent again (to the same process, which may just have closed an idle
keep-alive connection; if it is gone, the connect fails and the rule above applies). An error
status counts as an error; only one that says when to come back (503 with Retry-After) is
sent again then, as a user would click again. Sending again is safe for the
calls the bench makes: sign-in, start, answer and complete count once however often they
arrive, a repeated registration answers 409, and the two creating calls (upload a resume,
create an interview) first look whether the lost attempt created it.
"""

import asyncio
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

ATTEMPTS = 6
TIMEOUT_S = 120.0
DOWN_S = 5.0  # a process that refused a connection is left alone this long


@dataclass
class Calls:
    """Latencies (seconds) per call type, the calls that failed, and the fail-overs."""

    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    failovers: int = 0
    broken: Counter[str] = field(default_factory=Counter)  # "error at server": times

    def record(self, name: str, seconds: float) -> None:
        self.seconds[name].append(seconds)

    def error(self, name: str, detail: str) -> None:
        self.errors.append(f"{name}: {detail}")


class CallFailed(Exception):
    """A call answered with an unexpected status, or no server answered it."""


Finder = Callable[[], Awaitable[Any | None]]


@dataclass
class Servers:
    """One HTTP client per app process, shared by every candidate."""

    bases: list[str]
    calls: Calls
    clients: list[httpx.AsyncClient] = field(init=False)
    down_until: list[float] = field(init=False)

    def __post_init__(self) -> None:
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
        self.clients = [
            httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S, limits=limits)
            for base in self.bases
        ]
        self.down_until = [0.0] * len(self.bases)

    def mark_down(self, index: int) -> None:
        self.down_until[index] = time.monotonic() + DOWN_S

    def is_up(self, index: int) -> bool:
        return time.monotonic() >= self.down_until[index]

    async def aclose(self) -> None:
        await asyncio.gather(*(client.aclose() for client in self.clients))


@dataclass
class Session:
    """One candidate's way to the servers: the process it prefers, and its access token."""

    servers: Servers
    prefer: int
    token: str | None = None

    def refused(self, index: int) -> None:
        """Process `index` refused a connection: if it is the preferred one, use another one
        that is up (the candidate's socket and its requests may both find it gone)."""
        self.servers.mark_down(index)
        if index != self.prefer:
            return
        count = len(self.servers.bases)
        for step in range(1, count):
            candidate = (self.prefer + step) % count
            if self.servers.is_up(candidate):
                self.servers.calls.failovers += 1
                self.prefer = candidate
                return

    async def call(
        self,
        name: str,
        method: str,
        path: str,
        *,
        ok: tuple[int, ...] = (200,),
        ok_when_replayed: tuple[int, ...] = (),
        find_replayed: Finder | None = None,
        **kwargs: Any,
    ) -> Any:
        """The JSON answer (None for an empty one). A replay (after a connection error or a
        503) first asks `find_replayed` whether the lost attempt took effect, and accepts
        `ok_when_replayed` statuses (a registration that did go through answers 409)."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        started, replayed, last = time.perf_counter(), False, "no attempt"
        for attempt in range(ATTEMPTS):
            if replayed and find_replayed is not None:
                found = await find_replayed()
                if found is not None:
                    self.servers.calls.record(name, time.perf_counter() - started)
                    return found
            server = self.prefer
            client = self.servers.clients[server]
            try:
                response = await client.request(method, path, headers=headers, **kwargs)
            except httpx.TransportError as exc:
                base = self.servers.bases[server]
                last = f"{type(exc).__name__} {exc} from {base}"
                self.servers.calls.broken[f"{type(exc).__name__} at {base}"] += 1
                if isinstance(exc, httpx.ConnectError):
                    self.refused(server)
                replayed = True
                await asyncio.sleep(0.05 * attempt)
                continue
            allowed = ok + (ok_when_replayed if replayed else ())
            if response.status_code not in allowed:
                detail = f"{method} {path} -> {response.status_code} {response.text[:300]}"
                self.servers.calls.error(name, detail)
                if "Retry-After" not in response.headers:
                    raise CallFailed(detail)
                # An error all the same, but one the user is told to try again after.
                replayed, last = True, f"{response.status_code} from {self.servers.bases[server]}"
                await asyncio.sleep(float(response.headers["Retry-After"]))
                continue
            self.servers.calls.record(name, time.perf_counter() - started)
            return response.json() if response.content else None
        detail = f"{method} {path}: gave up after {ATTEMPTS} tries (last: {last})"
        self.servers.calls.error(name, detail)
        raise CallFailed(detail)
