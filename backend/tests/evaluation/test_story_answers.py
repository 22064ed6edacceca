"""Stories as interview raters grade them: a concrete, structured story about leading a team beats
a vague or a rambling one; "we" and an even outlook show in the working as parts of the score;
the words a story needs to say what went wrong are not held against it; saying what you did
rather than what you didn't keeps the outlook."""

from app.evaluation.local import WEIGHTS_BEHAVIORAL, evaluate_answer
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.tone import TEAM_FLOOR, measure_tone

LED_A_TEAM = "Tell me about a time you led a team."
CONCRETE = (
    "Last year I led a team of five developers when our checkout service kept timing out two "
    "weeks before Black Friday. My task was to cut the error rate below 1% before the sale. We "
    "traced the timeouts to a slow inventory query, so I split the work: two of us rewrote the "
    "query with an index in PostgreSQL and three load-tested it every night. As a result our "
    "error rate fell from 8% to 0.3% and we handled twice the traffic of the year before. I "
    "learned to give each person a clear goal and check in daily."
)
VAGUE = (
    "Leading a team is something I really enjoy and I think I am good at it. I always try to "
    "make sure everyone is on the same page and that communication is clear. In general I "
    "listen to people, I support them and I do my best to keep things moving in the right "
    "direction so the team can succeed."
)
RAMBLING = (
    "Um, so, like, I led a team, uh, I guess it was last year or something, and, um, there were, "
    "like, some problems with, uh, the, the website, you know, and I, I basically, um, told "
    "people to, like, work on stuff, and, uh, we kind of, you know, fixed things, I mean, "
    "eventually, and it was, um, it was fine I think, and, uh, yeah, I mean, like, it was, it was "
    "a good experience, you know, basically, and, um, I learned a lot of stuff, like, about, uh, "
    "people and, and things, so yeah."
)
BITTER = CONCRETE.replace(
    "I learned to give",
    "Two of them were lazy and stupid and I hated working with them, it was awful, but I "
    "learned to give",
)


def evaluate(question: str, answer: str) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=question, category="behavioral", key_points=[], answer=answer)
    )


def parts(result: AnswerEvaluation) -> dict[str, tuple[float, float]]:
    assert result.working is not None
    return {part.name: (part.value, part.weight) for part in result.working.components}


def test_a_concrete_structured_story_beats_a_vague_one_and_a_rambling_filler_heavy_one() -> None:
    concrete, vague = evaluate(LED_A_TEAM, CONCRETE), evaluate(LED_A_TEAM, VAGUE)
    rambling = evaluate(LED_A_TEAM, RAMBLING)

    assert concrete.score is not None and vague.score is not None and rambling.score is not None
    assert concrete.score >= vague.score + 10
    assert concrete.score >= rambling.score + 15
    assert concrete.depth > vague.depth and concrete.structure > vague.structure
    assert rambling.communication < 50 < concrete.communication


def test_team_focus_and_outlook_are_weighted_parts_of_a_story_score_with_evidence() -> None:
    result = evaluate(LED_A_TEAM, CONCRETE)
    shown = parts(result)

    assert shown["team focus"] == (100, WEIGHTS_BEHAVIORAL["team focus"])
    assert shown["outlook"] == (100, WEIGHTS_BEHAVIORAL["outlook"])
    assert abs(sum(weight for _, weight in shown.values()) - 1) < 1e-9
    assert result.working is not None
    quoted = {span.label: span.text for span in result.working.evidence}
    assert quoted["team focus"].startswith("Last year I led a team")  # "our checkout service"
    assert "outlook" not in quoted
    assert result.signals["team_words"] == 5 and result.signals["negative_words"] == ""


def test_bitter_words_about_people_lower_outlook_and_the_score_and_are_quoted() -> None:
    calm, bitter = evaluate(LED_A_TEAM, CONCRETE), evaluate(LED_A_TEAM, BITTER)

    assert parts(bitter)["outlook"][0] < parts(calm)["outlook"][0]
    assert bitter.score is not None and calm.score is not None and bitter.score < calm.score
    assert bitter.working is not None
    quoted = [span.text for span in bitter.working.evidence if span.label == "outlook"]
    assert quoted and "lazy and stupid" in quoted[0]
    assert set(str(bitter.signals["negative_words"]).split(",")) >= {"lazy", "stupid", "hated"}


def test_what_went_wrong_in_a_story_and_the_questions_own_words_are_not_its_mood() -> None:
    situation = measure_tone(
        "The release failed and there was a conflict with QA about the missing tests, a real "
        "problem under pressure, so we fixed the bug and cut the delay.",
        "Tell me about a time you failed.",
    )
    asked = measure_tone(
        "I was angry at first, but we talked it through and agreed on a plan.",
        "Tell me about a time you were angry at a colleague.",
    )

    assert situation.negative == () and situation.outlook == 100
    assert asked.negative == ()


def test_saying_what_you_did_not_do_lowers_outlook_and_the_score_and_is_quoted() -> None:
    denying = (
        "I didn't have a title, so I never told anyone what to do. I just sat with each person, "
        "wrote down what was blocking them and we fixed the biggest problem first. Nothing was "
        "easy and it wasn't quick, but we shipped the release on time and the client renewed."
    )
    stating = (
        "I had no title, so I asked each person what was blocking them. I sat with them, wrote "
        "it down and we fixed the biggest problem first. It took effort and a month of work, "
        "and we shipped the release on time and the client renewed."
    )
    denied, stated = evaluate(LED_A_TEAM, denying), evaluate(LED_A_TEAM, stating)

    assert parts(denied)["outlook"][0] < parts(stated)["outlook"][0]
    assert denied.signals["negations"] == "didn't,never,nothing,wasn't"
    assert stated.signals["negations"] == ""
    assert denied.working is not None
    quoted = [span.text for span in denied.working.evidence if span.label == "outlook"]
    assert [text.split()[0] for text in quoted] == ["I", "Nothing"]
    assert denied.score is not None and stated.score is not None and denied.score < stated.score


def test_one_negation_what_was_overcome_and_the_questions_own_are_not_held_against_it() -> None:
    overcome = measure_tone(
        "We moved the database without downtime and I did not give up despite the deadline.",
        "Tell me about a time you did not give up.",
    )
    one_in_passing = measure_tone(
        "I had never written Swift, so I planned three evenings of tutorials and asked an iOS "
        "engineer to review my first screen.",
        LED_A_TEAM,
    )

    assert overcome.negations == () and overcome.outlook == 100
    assert one_in_passing.negations == ("never",) and one_in_passing.outlook == 100


def test_we_beside_i_raises_team_focus_but_a_story_about_i_keeps_most_of_it() -> None:
    only_i = measure_tone("I planned the sprint, I wrote the tests and I shipped it.", LED_A_TEAM)
    with_we = measure_tone("I planned the sprint, we wrote the tests and we shipped it.", "")

    assert only_i.team_focus == TEAM_FLOOR and only_i.self_words == 3
    assert with_we.team_focus == 100 and with_we.team_words == 2


def test_technical_answers_are_not_judged_on_tone() -> None:
    result = evaluate_answer(
        EvaluationInput(
            question="What is a hash table?",
            category="technical",
            key_points=[],
            answer="We store key value pairs in buckets and a hash function picks the bucket, "
            "so a lookup is fast; a bad hash function is awful for collisions.",
        )
    )

    assert result.working is not None
    assert {"team focus", "outlook"}.isdisjoint(part.name for part in result.working.components)
    assert "team_words" not in result.signals


def test_tell_me_about_yourself_keeps_sensible_scores() -> None:
    introduction = (
        "I am a nurse with six years on a surgical ward at St Mary's, where I lead a team of four "
        "and trained new staff on our electronic records. Last year I set up a discharge "
        "checklist that cut readmissions by 12%. I am now looking for a role in community care, "
        "closer to patients' homes, where I can keep improving how patients leave hospital."
    )
    thin = "I am a hard worker and a team player and I like to learn new things every day."

    good, weak = (
        evaluate("Tell me about yourself.", introduction),
        evaluate("Tell me about yourself.", thin),
    )

    assert good.working is not None and good.working.rubric == "introduction"
    # An introduction is about "I": team focus keeps most of its value and costs little.
    assert parts(good)["team focus"][0] >= TEAM_FLOOR
    assert good.score is not None and good.score >= 70
    assert weak.score is not None and weak.score <= good.score - 20


def test_a_lesson_counts_in_either_spelling() -> None:
    from app.evaluation.structure import measure_structure
    from app.evaluation.text import segments

    for said in (
        "I realised I should have asked earlier.",
        "I realized I should have asked earlier.",
    ):
        story = f"Last year our release slipped. I rewrote the plan with the team. {said}"
        assert "learning" in measure_structure("behavioral", segments(story)).components
