"""Large inputs described in a few words: the same every time, valid or refused."""

import json

import pytest
from pydantic import ValidationError

from app.coding.generators import GeneratorSpec, describe, make, make_args_json

pytestmark = pytest.mark.usefixtures("without_database")


def test_the_same_spec_makes_the_same_input():
    spec = {"ints": {"n": 1000, "lo": -5, "hi": 5, "seed": 4}}
    assert make(spec) == make(spec)
    assert all(-5 <= value <= 5 for value in make(spec))
    assert make(
        {"ints": {"n": 50, "seed": 1, "sorted": True, "distinct": True, "lo": 0, "hi": 99}}
    ) == sorted(
        set(
            make(
                {"ints": {"n": 50, "seed": 1, "sorted": True, "distinct": True, "lo": 0, "hi": 99}}
            )
        )
    )


def test_a_search_tree_keeps_its_order():
    tree = make({"tree": {"n": 200, "bst": True, "seed": 2}})

    def inorder(node: dict | None) -> list[int]:
        return (
            [] if node is None else [*inorder(node["left"]), node["val"], *inorder(node["right"])]
        )

    values = inorder(tree)
    assert values == sorted(values) and len(values) == len(set(values))


def test_operations_start_with_the_constructor_and_the_prelude():
    ops = make(
        {
            "ops": {
                "n": 5,
                "init": [2],
                "prelude": [["push", [0]]],
                "calls": [{"name": "get", "args": [{"clock": 3}]}],
            }
        }
    )
    assert ops[0] == ["__init__", [2]] and ops[1] == ["push", [0]]
    times = [args[0] for _, args in ops[2:]]
    assert times == sorted(times) and len(times) == 5


def test_a_class_problem_gets_its_operations_as_its_arguments():
    ops = {"ops": {"n": 3, "calls": [{"name": "top"}]}}
    assert json.loads(make_args_json(json.dumps([ops])))[0] == ["__init__", []]
    ints = {"ints": {"n": 3}}
    assert len(json.loads(make_args_json(json.dumps([ints, {"value": 7}])))) == 2


@pytest.mark.parametrize(
    "spec",
    [{"ints": {"n": 10}, "text": {"n": 2}}, {"sorcery": {"n": 1}}, {"ints": {"n": 10**9}}],
)
def test_unknown_or_oversized_generators_are_refused(spec):
    with pytest.raises(ValidationError):
        GeneratorSpec.model_validate(spec)


def test_a_generated_input_is_described_in_words():
    assert describe({"ints": {"n": 100000}}) == "ints (100,000 items)"
    assert describe({"value": 7}) == "7"
