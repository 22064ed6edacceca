"""Recording figures: upload throughput and the server's memory while it receives a long
recording in chunks, and the delivery-analytics time per minute of video.

    cd backend && ../.venv/bin/python -m bench.recording [--megabytes 300] [--chunk-mb 2]
        [--analytics-minutes 10]

The upload half starts the real app (uvicorn, a temporary SQLite DATA_DIR) in a child process,
signs up, starts an interview and PUTs the recording part by part over HTTP, sampling the
server's resident memory (VmRSS) throughout. The analytics half is `bench.analytics`.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

BACKEND = Path(__file__).resolve().parents[1]
WEBM_HEADER = b"\x1a\x45\xdf\xa3"
AIM_MEMORY_GROWTH_MB = 64


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class MemorySampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.running = pid, True
        self.samples: list[float] = []

    def run(self) -> None:
        while self.running:
            self.samples.append(_rss_mb(self.pid))
            time.sleep(0.05)


def start_server(data_dir: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "DATA_DIR": str(data_dir), "LOG_LEVEL": "WARNING", "ENV": "test"}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--port", str(port)],
        cwd=BACKEND,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def open_recording(http: httpx.Client) -> str:
    account = {"email": "bench@example.com", "password": "bench-password-1", "full_name": "Bench"}
    http.post("/api/auth/register", json=account).raise_for_status()
    login = http.post("/api/auth/login", json={k: account[k] for k in ("email", "password")})
    http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    interview = http.post("/api/interviews", json={"role": "Backend engineer", "question_count": 3})
    interview.raise_for_status()
    http.post(f"/api/interviews/{interview.json()['id']}/start").raise_for_status()
    recording = http.post(
        "/api/recordings", json={"interview_id": interview.json()["id"], "mime_type": "video/webm"}
    )
    recording.raise_for_status()
    return recording.json()["id"]


def bench_upload(megabytes: int, chunk_mb: int) -> None:
    chunk = os.urandom(chunk_mb * 1024 * 1024)
    count = megabytes // chunk_mb
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        server = start_server(Path(folder), port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
                recording_id = open_recording(http)
                sampler = MemorySampler(server.pid)
                baseline = _rss_mb(server.pid)
                sampler.start()
                started = time.perf_counter()
                for seq in range(count):
                    body = WEBM_HEADER + chunk[4:] if seq == 0 else chunk
                    http.put(
                        f"/api/recordings/{recording_id}/chunks/{seq}", content=body
                    ).raise_for_status()
                elapsed = time.perf_counter() - started
                sampler.running = False
                sampler.join()
                held = http.get(f"/api/recordings/{recording_id}").json()["bytes_received"]
        finally:
            server.terminate()
            server.wait(10)
    peak = max(sampler.samples)
    print(
        f"upload: {count} chunks of {chunk_mb} MB = {held / 1e6:.0f} MB in {elapsed:.1f} s "
        f"-> {held / 1e6 / elapsed:.0f} MB/s, {count / elapsed:.1f} chunks/s"
    )
    print(
        f"server memory: {baseline:.0f} MB before, peak {peak:.0f} MB while receiving "
        f"(growth {peak - baseline:.0f} MB; aim < {AIM_MEMORY_GROWTH_MB} MB: memory stays flat)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=300)
    parser.add_argument("--chunk-mb", type=int, default=2)
    parser.add_argument("--analytics-minutes", type=float, default=10)
    args = parser.parse_args()
    bench_upload(args.megabytes, args.chunk_mb)
    if args.analytics_minutes > 0:
        from bench.analytics import run as run_analytics

        run_analytics(minutes=args.analytics_minutes)


if __name__ == "__main__":
    main()
