"""Drive one URL with N keep-alive connections for some seconds: requests/s, p50 and p99.

wrk when it is installed (`apt-get install wrk`); otherwise a small asyncio client in a child
process of its own, speaking just enough HTTP/1.1 (keep-alive, Content-Length bodies) that it,
not httpx's machinery, sets the pace it can reach. Either way the load runs outside the process
it measures.

    python -m bench.http_load URL [--seconds 10] [--connections 64] [--header 'Name: value']
"""

import argparse
import asyncio
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass(frozen=True)
class Load:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def drive(url: str, *, seconds: float, connections: int, headers: dict[str, str]) -> Load:
    """Load `url` and wait for the figures (blocking; the load runs in a child process)."""
    if shutil.which("wrk"):
        return _wrk(url, seconds=seconds, connections=connections, headers=headers)
    command = [sys.executable, "-m", "bench.http_load", url, "--seconds", str(seconds)]
    command += ["--connections", str(connections)]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return Load(**json.loads(done.stdout))


def _wrk(url: str, *, seconds: float, connections: int, headers: dict[str, str]) -> Load:
    # A slow answer is measured, not dropped: wrk's own timeout is 2 s.
    command = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--timeout",
        "30s",
        "--latency",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+),", output)
    if total is None:
        raise RuntimeError(f"wrk said:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    failed = int(errors.group(1)) if errors else 0
    failed += sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return Load(
        requests=int(total.group(1)),
        errors=failed,
        seconds=float(total.group(2)) * _UNITS_MS[total.group(3)] / 1000,
        p50_ms=_wrk_percentile(output, "50%"),
        p99_ms=_wrk_percentile(output, "99%"),
    )


def _wrk_percentile(output: str, label: str) -> float:
    found = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    if found is None:
        raise RuntimeError(f"no {label} latency in wrk's output:\n{output}")
    return float(found.group(1)) * _UNITS_MS[found.group(2)]


async def _one_connection(
    host: str, port: int, request: bytes, deadline: float, latencies: list[float]
) -> int:
    """Send requests one after another on one connection until the deadline; the failures."""
    reader, writer = await asyncio.open_connection(host, port)
    failures = 0
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
            await reader.readexactly(int(length.group(1)) if length else 0)
            latencies.append(time.perf_counter() - started)
            failures += not head.startswith((b"HTTP/1.1 2", b"HTTP/1.1 3"))
    finally:
        writer.close()
    return failures


async def _asyncio_load(url: str, *, seconds: float, connections: int, headers: list[str]) -> Load:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [f"GET {target} HTTP/1.1", f"Host: {parts.netloc}", *headers, "", ""]
    request = "\r\n".join(lines).encode("latin-1")
    latencies: list[float] = []
    started = time.perf_counter()
    failures = await asyncio.gather(
        *(
            _one_connection(
                parts.hostname or "127.0.0.1",
                parts.port or 80,
                request,
                started + seconds,
                latencies,
            )
            for _ in range(connections)
        )
    )
    elapsed = time.perf_counter() - started
    latencies.sort()

    def percentile(share: float) -> float:
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000

    return Load(len(latencies), sum(failures), elapsed, percentile(0.5), percentile(0.99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--header", action="append", default=[])
    args = parser.parse_args()
    load = asyncio.run(
        _asyncio_load(
            args.url, seconds=args.seconds, connections=args.connections, headers=args.header
        )
    )
    print(json.dumps(asdict(load)))


if __name__ == "__main__":
    main()
