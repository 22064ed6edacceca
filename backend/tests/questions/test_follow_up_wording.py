"""A follow-up asks the candidate, in the second person, about what the first answer missed."""

from app.questions import reasons
from app.questions.follow_up_wording import follow_up_question, left_out


def test_a_missed_point_is_asked_of_the_candidate() -> None:
    ask = follow_up_question
    assert ask("Notices the problem recurring", "situational") == (
        "Could you say how you would notice the problem recurring?"
    )
    assert ask("Explains how it works", "technical") == "Could you explain how it works?"
    assert ask("Describes the specific actions they took themselves", "behavioral") == (
        "Could you describe the specific actions you took yourself?"
    )
    assert ask("Takes ownership of the mistake.", "behavioral") == (
        "How did you take ownership of the mistake?"
    )
    assert ask("Mentions idempotency keys", "technical") == "Could you talk about idempotency keys?"
    assert ask("Lists the risks and ranks them", "technical") == (
        "Could you list the risks and rank them?"
    )


def test_someone_elses_they_stays_theirs() -> None:
    assert follow_up_question("Describes the customer and their specific need", "behavioral") == (
        "Could you describe the customer and their specific need?"
    )
    assert follow_up_question("Says how they would check the outcome", "situational") == (
        "Could you say how you would check the outcome?"
    )


def test_a_point_written_as_a_statement_is_asked_about_as_it_is() -> None:
    point = "Readiness probes hold traffic until a pod is ready."
    assert follow_up_question(point, "technical") == (
        "Could you also cover this: Readiness probes hold traffic until a pod is ready?"
    )
    assert reasons.follow_up_missed(left_out(point, "technical")) == (
        "A follow-up: your first answer did not cover: "
        "Readiness probes hold traffic until a pod is ready."
    )
    assert follow_up_question(" ", "technical") is None


def test_the_reason_says_what_the_first_answer_left_out() -> None:
    missed = left_out("Explains how it works", "technical")
    assert reasons.follow_up_missed(missed) == (
        "A follow-up: your first answer did not explain how it works."
    )
    missed = left_out("Uses HTTP concepts and terms accurately", "technical")
    assert reasons.follow_up_missed(missed) == (
        "A follow-up: your first answer did not use HTTP concepts and terms accurately."
    )
    assert reasons.follow_up_missed(None) == "A follow-up on a key point your first answer missed."


def test_a_british_telling_verb_is_asked_for_directly_like_the_american_one() -> None:
    for verb in ("Recognises", "Recognizes"):
        asked = follow_up_question(f"{verb} the warning signs they missed", "behavioral")
        assert asked == f"Could you {verb[:-1].lower()} the warning signs you missed?"
    assert follow_up_question("Summarises the options for the sponsor", "situational") == (
        "Could you summarise the options for the sponsor?"
    )
