"""The mixed pool holds the kinds of a field and every other field's resumes, each once."""

from app.resumes.parsed import ParsedResume
from bench.match_mixed import mixed_pool
from bench.matching import Resume


def _resume(item_id: str, field: str) -> Resume:
    return Resume(item_id, field, ParsedResume())


def test_the_pool_is_the_kinds_and_the_other_fields_each_once() -> None:
    kinds = [_resume("a", "java"), _resume("b", "testing")]
    every_field = [
        _resume("b", "software"),  # also a kind: counted once, with its kind
        _resume("c", "software"),  # the kinds' own field: its kinds stand for it
        _resume("d", "nursing"),
        _resume("e", "sales"),
    ]

    pool, others = mixed_pool(kinds, "software", every_field)

    assert [(r.id, r.field) for r in pool] == [
        ("a", "java"),
        ("b", "testing"),
        ("d", "nursing"),
        ("e", "sales"),
    ]
    assert others == {"d", "e"}
