"""Every operation of the OpenAPI, fuzzed as a candidate and as an admin against a live server:
no 5xx, every response (status, content type, headers, body) one the schema declares, 405 with
`Allow` for undeclared methods, and no schema-valid request refused for a rule the schema hides.
"""

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from app.core.config import Settings
from app.main import create_app
from tests.conftest import TEST_SECRET

SETTINGS = {
    "generation": {
        # Same cases on every run, so a red CI means a change, not bad luck.
        "deterministic": True,
        # Every text field refuses U+0000 (Postgres cannot store it; see app/core/nul_guard.py
        # and tests/core/test_request_validation.py); JSON Schema has no word for that.
        "allow-x00": False,
    },
    "checks": {
        # Replaced by `refused_for_an_unstated_rule` below: a schema-valid request may still
        # fail a rule about meaning (a wrong current password, an empty resume file).
        "positive_data_acceptance": {"enabled": False},
        # Pydantic's lax mode reads "5" as 5 and false as 0, which this check calls accepting
        # invalid data; the refusals that matter are asserted by the domain tests.
        "negative_data_rejection": {"enabled": False},
    },
}
# The admin reaches the code of every route, so the boundary values of the coverage phase (the
# bulk of the run) are sent once, as the admin; the candidate fuzzes every route as well.
ADMIN_CONFIG = schemathesis.Config.from_dict(SETTINGS)
CANDIDATE_CONFIG = schemathesis.Config.from_dict(
    {**SETTINGS, "phases": {"coverage": {"enabled": False}}}
)

# Resumes go up as files of these types (see `encoding` on POST /api/resumes): raw bytes.
schemathesis.serializer.alias(
    ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    "application/octet-stream",
)

# Pydantic error types for rules a JSON Schema states: type, required, bounds, lengths, enums.
_STATED = {"missing", "literal_error", "enum", "string_pattern_mismatch", "multiple_of"}
_STATED_PARTS = ("_type", "_parsing", "too_short", "too_long", "greater_than", "less_than")


def _states(error_type: str) -> bool:
    return error_type in _STATED or any(part in error_type for part in _STATED_PARTS)


def refused_for_an_unstated_rule(ctx, response, case) -> None:
    """A schema-valid request refused as malformed (400) or for a rule of the kind a schema
    states (422 `missing`, `string_too_long`...) means the OpenAPI does not tell the truth."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    assert response.status_code != 400, f"Schema-valid body refused as malformed: {response.text}"
    if response.status_code == 422:
        details = response.json()["error"]["details"]
        hidden = [d for d in details or [] if isinstance(d, dict) and _states(d.get("type", ""))]
        assert not hidden, f"Schema-valid request refused for rules the schema hides: {hidden}"


def _openapi() -> dict:
    """The spec is built at collection, before any server runs (it does not depend on one)."""
    with tempfile.TemporaryDirectory() as data_dir:
        app_settings = Settings(
            _env_file=None,
            env="test",
            secret_key=TEST_SECRET,
            data_dir=Path(data_dir),
            log_level="WARNING",
        )
        app = create_app(app_settings)
        return app.openapi()


SPEC = _openapi()
as_candidate = schemathesis.openapi.from_dict(SPEC, config=CANDIDATE_CONFIG)
as_admin = schemathesis.openapi.from_dict(SPEC, config=ADMIN_CONFIG)

FUZZ = settings(
    max_examples=10,
    deadline=None,
    database=None,
    # A live server over a real database is slower than Hypothesis likes; that is expected.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@as_candidate.parametrize()
@FUZZ
def test_api_as_candidate(case, live_api):
    case.call_and_validate(
        base_url=live_api.base_url,
        headers=live_api.candidate,
        additional_checks=[refused_for_an_unstated_rule],
    )


@as_admin.parametrize()
@FUZZ
def test_api_as_admin(case, live_api):
    case.call_and_validate(
        base_url=live_api.base_url,
        headers=live_api.admin,
        additional_checks=[refused_for_an_unstated_rule],
    )
