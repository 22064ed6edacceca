"""Concurrent uploads of one recording part with different bytes: does the part the server
acknowledged ever change afterwards? (It must not: 0.)

    cd backend && ../.venv/bin/python -m bench.chunk_race [--rounds 200] [--uploads 3] [--kb 256]

Starts the real app (uvicorn, a temporary SQLite DATA_DIR) as `bench.recording` does and opens
a recording. Each round sends `--uploads` PUTs of one part at once, each with its own random
bytes; the first streams its body slowly, so the others overtake it, as a retry overtakes a
stalled request. After the round, the part on the server's disk must be the bytes of the upload
the server acknowledged (200, duplicate false), and every other upload must be refused (409).
"""

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from app.adapters.storage.factory import create_file_store
from app.adapters.storage.parts import RecordingParts
from app.core.config import Settings
from bench.recording import _free_port, open_recording, start_server

SLOW_PIECES = 8


async def _slow(body: bytes) -> AsyncIterator[bytes]:
    piece = -(-len(body) // SLOW_PIECES)
    for start in range(0, len(body), piece):
        yield body[start : start + piece]
        await asyncio.sleep(0.003)


async def one_round(
    http: httpx.AsyncClient, files: RecordingParts, recording_id: str, seq: int, bodies: list[bytes]
) -> tuple[bool, Counter[str]]:
    """(whether the acknowledged part changed, how the uploads were answered)."""
    url = f"/api/recordings/{recording_id}/chunks/{seq}"

    async def put(index: int) -> httpx.Response:
        if index == 0:
            return await http.put(url, content=_slow(bodies[0]))
        await asyncio.sleep(0.002 * index)  # after the slow one has started
        return await http.put(url, content=bodies[index])

    responses = await asyncio.gather(*(put(i) for i in range(len(bodies))))
    answers: Counter[str] = Counter()
    acknowledged = []
    for index, response in enumerate(responses):
        if response.status_code == 200 and not response.json()["duplicate"]:
            answers["acknowledged"] += 1
            acknowledged.append(index)
        elif response.status_code == 200:
            answers["answered duplicate with other bytes"] += 1
        else:
            answers[f"HTTP {response.status_code}"] += 1
    stored = files.chunk_path(uuid.UUID(recording_id), seq).read_bytes()
    changed = len(acknowledged) != 1 or stored != bodies[acknowledged[0]]
    return changed, answers


async def race(
    port: int, data_dir: Path, token: str, recording_id: str, args: argparse.Namespace
) -> None:
    # The server's own choice of store, from the same DATA_DIR it was started with.
    files = create_file_store(Settings(_env_file=None, env="test", data_dir=data_dir)).parts
    headers = {"Authorization": token, "Content-Type": "application/octet-stream"}
    limits = httpx.Limits(max_connections=args.uploads * 2)
    base_url = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(
        base_url=base_url, headers=headers, timeout=60, limits=limits
    ) as http:
        changed, answers = 0, Counter[str]()
        started = time.perf_counter()
        for seq in range(1, args.rounds + 1):
            bodies = [os.urandom(args.kb * 1024) for _ in range(args.uploads)]
            round_changed, round_answers = await one_round(http, files, recording_id, seq, bodies)
            changed += round_changed
            answers += round_answers
        elapsed = time.perf_counter() - started
        held = (await http.get(f"/api/recordings/{recording_id}")).json()
    expected_bytes = args.rounds * args.kb * 1024
    print(
        f"{args.rounds} rounds of {args.uploads} concurrent uploads of one {args.kb} KB part "
        f"(different bytes each) in {elapsed:.1f} s ({elapsed / args.rounds * 1000:.0f} ms/round)"
    )
    print(f"answers: {dict(sorted(answers.items()))}")
    print(
        f"server holds {len(held['received_seqs'])} parts, {held['bytes_received']:,} bytes "
        f"(acknowledged: {expected_bytes:,})"
    )
    print(f"acknowledged part changed afterwards: {changed} of {args.rounds} rounds (must be 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--uploads", type=int, default=3)
    parser.add_argument("--kb", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        port = _free_port()
        server = start_server(Path(folder), port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
                recording_id = open_recording(http)
                token = http.headers["Authorization"]
            asyncio.run(race(port, Path(folder), token, recording_id, args))
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
