"""Key points of a follow-up: the point it digs into, the skills it names, a short answer's
shape; never the parent's list."""

from app.questions.key_points import follow_up_key_points


def test_the_missed_point_comes_first_then_the_shape_of_a_short_answer():
    text = "Let's go a little deeper. Could you also cover this: Readiness probes gate traffic?"
    points = follow_up_key_points(text, "technical", "Readiness probes gate traffic.")
    assert points == [
        "Readiness probes gate traffic",
        "Explains how it works",
        "Gives a concrete example from real work",
    ]


def test_a_written_follow_up_is_judged_on_the_skills_it_names():
    points = follow_up_key_points("How would you roll back a bad Docker image?", "technical", None)
    assert points[0] == "Uses Docker concepts and terms accurately"
    assert points[1:] == ["Explains how it works", "Gives a concrete example from real work"]


def test_the_shape_follows_the_category():
    behavioral = follow_up_key_points("What did you do next?", "behavioral", "Owns the mistake")
    assert behavioral == [
        "Owns the mistake",
        "Describes the specific actions they took themselves",
        "States a measurable result",
    ]
    situational = follow_up_key_points("And then?", "situational", None)
    assert situational[0] == "Lays out concrete steps in a sensible order"
