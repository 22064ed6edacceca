"""A typed transcript of a spoken interview keeps the speaker's hesitations in its words,
spelled as the transcriber heard them ("uhm", "umm", "hmm") and often without commas ("so
like we shipped it"): they cost communication, the working says so, and they never count as
something the answer said."""

from app.evaluation.delivery import measure_delivery, without_disfluencies
from app.evaluation.local import evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.text import segments, words

LEADERSHIP = "Tell me about a time when you demonstrated leadership."
CLEAN = (
    "so last year I was the captain of our design team and we had six weeks to build a "
    "bridge model for the national competition and the first test failed so I got everyone "
    "together and we split into two groups one redoing the joints and one testing loads and "
    "I was really nervous but we finished a week early and placed third out of thirty teams"
)
TRANSCRIBED = (
    "uhm so last year I was the captain of our umm design team and we had six weeks to "
    "build a bridge model for the national competition and uhh the first test failed so like "
    "I got everyone together and hmm we split into two groups one redoing the joints and one "
    "testing loads and I was like really nervous but uhm we finished a week early and ah "
    "placed third out of thirty teams"
)


def evaluate(answer: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=LEADERSHIP, category="behavioral", key_points=[], answer=answer)
    )


def fillers_in(answer: str) -> tuple[str, ...]:
    return measure_delivery(answer, len(words(answer)), segments(answer)).fillers


def test_hesitations_however_spelled_cost_communication_and_the_working_says_so() -> None:
    clean, transcribed = evaluate(CLEAN), evaluate(TRANSCRIBED)

    assert transcribed.communication < clean.communication
    assert transcribed.score is not None and clean.score is not None
    assert transcribed.score < clean.score
    assert transcribed.working is not None and transcribed.working.delivery is not None
    lost = {d.name: d.points for d in transcribed.working.delivery.deductions}
    assert lost["fillers"] >= 15
    assert transcribed.working.delivery.filler_count == 8
    assert {"uhm", "umm", "uhh", "hmm", "ah", "like"} <= set(
        str(transcribed.signals["fillers"]).split(",")
    )


def test_hesitations_are_not_credited_as_words_said() -> None:
    clean, transcribed = evaluate(CLEAN), evaluate(TRANSCRIBED)

    assert transcribed.signals["words_said"] == clean.signals["words_said"]
    assert transcribed.signals["distinct_words"] == clean.signals["distinct_words"]
    assert without_disfluencies(TRANSCRIBED) == CLEAN


def test_like_without_commas_is_a_filler_only_where_it_leads_nothing() -> None:
    assert fillers_in("so like we shipped it and I was like really nervous") == ("like", "like")
    assert fillers_in("and then like, the tests passed") == ("like",)
    grammatical = (
        "I like Python and tools like Redis. I would like to lead. It looks like it works. "
        "Like I said, it was like a game and I really like working here. That is what it felt "
        "like. Indexes help, but like any tool they cost something, and so like I said we "
        "measured. You learn what it's like being on call."
    )
    assert fillers_in(grammatical) == ()


def test_words_that_only_look_like_hesitations_are_kept() -> None:
    answer = "We cut a 5 mm steel plate for the ER and the team said ah well, mm-hmm, it fits."

    assert fillers_in(answer) == ("ah", "mm-hmm")
    assert without_disfluencies(answer) == (
        "We cut a 5 mm steel plate for the ER and the team said well it fits."
    )


def test_a_typed_transcript_is_judged_as_speech_not_on_the_transcribers_punctuation() -> None:
    transcribed, written = evaluate(TRANSCRIBED), evaluate(CLEAN)

    assert transcribed.working is not None and transcribed.working.delivery is not None
    assert written.working is not None and written.working.delivery is not None
    assert transcribed.working.delivery.basis == "spoken_untimed"
    assert "Transcript of speech" in transcribed.working.delivery.note
    lost = {d.name: d.points for d in transcribed.working.delivery.deductions}
    assert "sentence length" not in lost
    # The same words typed as one 65-word sentence are writing, and read as a run-on.
    assert written.working.delivery.basis == "written"
    assert {d.name: d.points for d in written.working.delivery.deductions}["sentence length"] > 0


BRITISH = (
    "er so last year I was the captain of our urr design team and we had six weeks to build "
    "a bridge model for the national competition and erm the first test failed so er I got "
    "everyone together and we split into two groups one redoing the joints and one testing "
    "loads and I was eh really nervous but urm we finished a week early and mhm placed third "
    "out of thirty teams"
)


def test_hesitations_as_british_transcribers_spell_them_cost_like_um_and_uh() -> None:
    clean, british = evaluate(CLEAN), evaluate(BRITISH)

    assert fillers_in(BRITISH) == ("er", "urr", "erm", "er", "eh", "urm", "mhm")
    assert british.communication < clean.communication
    assert british.working is not None and british.working.delivery is not None
    assert british.working.delivery.filler_count == 7
    assert without_disfluencies(BRITISH) == CLEAN


def test_er_in_capitals_and_ur_for_your_are_words_not_hesitations() -> None:
    answer = (
        "I worked nights in the ER for two years. Er, the hardest part was triage, and I "
        "told the new nurses to trust ur instincts and ask for help early."
    )

    assert fillers_in(answer) == ("er",)
    said = without_disfluencies(answer)
    assert said.startswith("I worked nights in the ER for two years. the hardest part")
    assert "trust ur instincts" in said
