import os
import re

from app.core.request_ids import RequestIds


def test_ids_are_32_hex_digits_and_do_not_repeat():
    ids = RequestIds()
    drawn = [ids.new() for _ in range(10_000)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", value) for value in drawn)
    assert len(set(drawn)) == len(drawn)


def test_two_generators_draw_different_ids():
    assert RequestIds().new() != RequestIds().new()


def test_a_forked_process_does_not_repeat_its_parents_ids():
    ids = RequestIds()
    ids.new()  # seeded in the parent before the fork
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read)
        os.write(write, " ".join(ids.new() for _ in range(5)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        childs = set(pipe.read().split())
    os.waitpid(child, 0)
    assert len(childs) == 5
    assert childs.isdisjoint(ids.new() for _ in range(5))
