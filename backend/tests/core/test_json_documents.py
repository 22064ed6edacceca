"""Stored JSON is read by orjson, and what orjson refuses but `json.dumps` writes still reads."""

import json
import math

import pytest

from app.core.json_documents import loads_document


@pytest.mark.parametrize("form", [str, str.encode, lambda t: memoryview(t.encode())])
def test_a_document_reads_the_same_in_every_form_a_driver_hands_over(form):
    document = {"score": 72.5, "points": ["Indexes", "Caching"], "nested": {"ok": True}}
    assert loads_document(form(json.dumps(document))) == document


@pytest.mark.parametrize("form", [str, str.encode, lambda t: memoryview(t.encode())])
def test_what_json_dumps_writes_beyond_strict_json_still_reads(form):
    written = json.dumps({"nan": math.nan, "inf": math.inf, "big": 2**70})
    read = loads_document(form(written))
    assert math.isnan(read["nan"]) and read["inf"] == math.inf and read["big"] == 2**70


def test_text_that_is_not_json_is_still_refused():
    with pytest.raises(json.JSONDecodeError):
        loads_document("{not json")
