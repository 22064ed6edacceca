import logging

from app.events.log_redaction import redact_query_tokens


def test_a_websocket_token_never_reaches_the_log(caplog):
    name = "tests.events.uvicorn-like"
    redact_query_tokens(name)
    redact_query_tokens(name)
    assert len(logging.getLogger(name).filters) == 1
    with caplog.at_level(logging.INFO, logger=name):
        # The exact call uvicorn makes when it accepts a WebSocket.
        logging.getLogger(name).info(
            '%s - "WebSocket %s" [accepted]',
            "127.0.0.1:5000",
            "/api/ws/interviews/42?token=eyJhbGciOi.secret.sig&x=1",
        )
    assert "eyJhbGciOi" not in caplog.text
    assert "/api/ws/interviews/42?token=[redacted]&x=1" in caplog.text
