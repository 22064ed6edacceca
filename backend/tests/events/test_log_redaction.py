import logging

from app.events.log_redaction import redact, redact_query_tokens


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


def test_a_media_link_signature_never_reaches_the_access_log(caplog):
    name = "tests.events.uvicorn-access-like"
    redact_query_tokens(name)
    recording = "0b6c3a4e-1f7d-4a2e-9c1e-2f1b8d6a7e55"
    with caplog.at_level(logging.INFO, logger=name):
        # The exact call uvicorn's access log makes for a signed playback request.
        logging.getLogger(name).info(
            '%s - "%s %s HTTP/%s" %d',
            "127.0.0.1:5000",
            "GET",
            f"/api/recordings/{recording}/media?expires=1790000000&signature=9f86d081884c7d65",
            "1.1",
            206,
        )
    assert "9f86d081884c7d65" not in caplog.text
    assert (
        f"/api/recordings/{recording}/media?expires=1790000000&signature=[redacted]" in caplog.text
    )


def test_every_sensitive_parameter_is_redacted_wherever_it_stands():
    assert redact("/x?signature=abc&token=def&keep=1") == (
        "/x?signature=[redacted]&token=[redacted]&keep=1"
    )
    assert redact("/x?keep=1&mytoken=1&signatures=2") == "/x?keep=1&mytoken=1&signatures=2"
