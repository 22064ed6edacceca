"""Run a reading request once more when its SQLite transaction could not start writing.

GET, HEAD and OPTIONS requests read in a transaction begun DEFERRED (see `get_session`). If one
writes after all (a flush nobody announced with `begin_writing`) while another connection
holds the write lock or has written since it began reading, SQLite refuses at once: waiting
could not help, the data it read is already out of date. Such a request has no body to lose and
nothing of its answer has been sent, so it runs again from the start, its transactions begun
IMMEDIATE, and only that second answer reaches the client.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.db import READ_ATTEMPT, READ_METHODS, ReadAttempt

_RETRIED_STATUS = 503


async def run_retrying_reads(app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    """`app` answers the request; a read SQLite refused the write lock runs once more. Call it
    inside everything that answers or logs a request, so those see one."""
    if scope["method"] not in READ_METHODS:
        await app(scope, receive, send)
        return
    attempt = ReadAttempt()
    received: list[Message] = []

    async def recording_receive() -> Message:
        message = await receive()
        received.append(message)
        return message

    held = False

    async def send_unless_retried(message: Message) -> None:
        nonlocal held
        if message["type"] == "http.response.start":
            held = attempt.upgrade_failed and message["status"] == _RETRIED_STATUS
        if not held:
            await send(message)

    await app({**scope, READ_ATTEMPT: attempt}, recording_receive, send_unless_retried)
    if not held:
        return
    second = ReadAttempt(writing=True)
    await app({**scope, READ_ATTEMPT: second}, _replay(received, receive), send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay
