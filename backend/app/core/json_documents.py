"""How the engines read stored JSON documents: orjson, several times faster than `json` on the
small documents a row holds (an interview read decodes seven), and `json` for the few texts
orjson refuses that `json.dumps` may have written (NaN, Infinity, integers past 64 bits)."""

import json
from typing import Any

import orjson


def loads_document(text: str | bytes | memoryview) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(bytes(text) if isinstance(text, memoryview) else text)
