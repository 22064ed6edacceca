""" "Why it was asked", as the candidate reads it: a sentence, never a label like "Behavioral:"."""

from app.questions import reasons


def test_each_kind_of_reason_reads_as_a_sentence() -> None:
    assert reasons.behavioral("ownership") == "A behavioural question on ownership."
    assert reasons.situational(family="healthcare") == (
        "A situational question: a scenario typical of healthcare work."
    )
    assert reasons.situational(topic="prioritization") == (
        "A situational question on prioritisation."
    )
    # The stored competency keeps its US spelling; the sentence is British.
    assert reasons.behavioral("prioritization") == "A behavioural question on prioritisation."
    assert reasons.core_skill("Backend Engineer", "Python") == (
        "Python is a core skill for Backend Engineer."
    )
    assert reasons.core_skill("this role", None) == "A core question for this role."
    assert reasons.general_practice("SQL") == "A general practice question on SQL."
    assert reasons.OWN_QUESTION == "One of your own questions."
    assert reasons.follow_up_short(2) == "A follow-up: your first answer was short (2 words)."
