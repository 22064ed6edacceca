"""Run the app on a real uvicorn server: in the test's event loop, or in a thread of its own
for synchronous clients (urllib, requests, schemathesis) that would block that loop."""

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Iterator

import uvicorn
from fastapi import FastAPI
from uvicorn.config import LifespanType


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # pytest owns the signal handlers, not a server living inside one test.
        yield


def _bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


def _server(app: FastAPI, lifespan: LifespanType) -> _Server:
    config = uvicorn.Config(
        app, lifespan=lifespan, log_level="warning", timeout_graceful_shutdown=5
    )
    return _Server(config)


@contextlib.asynccontextmanager
async def serving(app: FastAPI, *, lifespan: LifespanType = "off") -> AsyncIterator[str]:
    """The app served in the running loop; yields its http:// base URL."""
    sock = _bound_socket()
    server = _server(app, lifespan)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=15)
        sock.close()


@contextlib.contextmanager
def serving_in_thread(app: FastAPI, *, lifespan: LifespanType = "on") -> Iterator[str]:
    """The app served by a thread with its own event loop; yields its http:// base URL."""
    sock = _bound_socket()
    server = _server(app, lifespan)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the server stopped while starting; see its log")
            threading.Event().wait(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
