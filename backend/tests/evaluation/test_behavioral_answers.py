"""Behavioural answers graded the way interview raters grade them: fluent, specific answers that
say more beat halting or thin ones; a genuine spoken answer is never given nothing; a typed
answer is not marked down for fillers it does not have."""

from app.evaluation.delivery import measure_delivery, without_disfluencies
from app.evaluation.elaboration import measure_elaboration
from app.evaluation.fluency import measure_fluency
from app.evaluation.local import LONG_ANSWER, evaluate_answer
from app.evaluation.rubrics import infer_category
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.text import segments, words
from app.questions.bank import QuestionCategory

LEADERSHIP = "Tell me about a time you showed leadership."
FLUENT_STORY = (
    "Last spring I led the six students of our robotics team when our drive train kept failing "
    "six weeks before the regional competition. I split the team into two groups, one "
    "redesigning the gearbox and one testing it, and we met every morning to review the "
    "results. We fixed it in three weeks and placed second out of forty teams. I learned to "
    "delegate instead of doing everything myself."
)
HALTING_STORY = (
    "Um, so last spring I, I led the, uh, the six students of our robotics team when, like, our "
    "drive train kept failing, you know, six weeks before the regional competition. Um, I split "
    "the team into, uh, two groups, one redesigning the gearbox and one, um, testing it, and we, "
    "we met every morning to review the results. Uh, we fixed it in three weeks and, like, "
    "placed second out of forty teams. I, um, I learned to delegate instead of doing everything "
    "myself."
)


def evaluate(
    question: str, answer: str, category: QuestionCategory = "behavioral"
) -> AnswerEvaluation:
    return evaluate_answer(
        EvaluationInput(question=question, category=category, key_points=[], answer=answer)
    )


def component(result: AnswerEvaluation, name: str) -> float:
    assert result.working is not None
    return next(part.value for part in result.working.components if part.name == name)


def test_repeats_and_false_starts_are_found_in_the_words() -> None:
    fluency = measure_fluency("I, I think we we tried it at a, at a startup and we chan- we moved")

    assert fluency.repeats == ("i i", "we we", "at a at a")
    assert fluency.false_starts == ("chan-",)


def test_deliberate_doubles_and_hyphenated_words_are_not_disfluencies() -> None:
    fluency = measure_fluency("I had had enough of a very very well-known 20-30 minute -- task")

    assert fluency.count == 0


def test_a_fluent_specific_answer_outscores_the_same_content_with_heavy_fillers() -> None:
    fluent, halting = evaluate(LEADERSHIP, FLUENT_STORY), evaluate(LEADERSHIP, HALTING_STORY)

    assert fluent.score is not None and halting.score is not None
    assert fluent.score >= halting.score + 5
    assert fluent.communication > halting.communication
    assert halting.working is not None and halting.working.delivery is not None
    lost = {d.name: d.points for d in halting.working.delivery.deductions}
    assert lost["fillers"] > 0 and lost["disfluencies"] > 0


def test_more_halting_always_costs_more_than_a_little() -> None:
    def lost_to_fillers(answer: str) -> float:
        found = measure_delivery(answer, len(words(answer)), segments(answer))
        return dict(found.deductions)["fillers"] + dict(found.deductions)["disfluencies"]

    some = HALTING_STORY.replace("Uh, ", "").replace("um, ", "")
    worse = HALTING_STORY.replace("we met", "um, uh, we we met").replace("I split", "uh, I I split")

    assert lost_to_fillers(FLUENT_STORY) == 0
    assert lost_to_fillers(some) < lost_to_fillers(HALTING_STORY) < lost_to_fillers(worse)


def test_a_typed_answer_without_fillers_loses_nothing_for_fluency() -> None:
    result = evaluate(LEADERSHIP, FLUENT_STORY)

    assert result.working is not None and result.working.delivery is not None
    assert result.working.delivery.basis == "written"
    lost = {d.name: d.points for d in result.working.delivery.deductions}
    assert lost["fillers"] == 0 and lost["disfluencies"] == 0
    assert result.signals["disfluency_count"] == 0


def test_a_genuine_on_topic_answer_of_30_words_or_more_never_scores_zero() -> None:
    answers = {
        "Tell me about yourself.": (
            "Um so I'm a junior uh studying mechanical engineering and um I've been working in a "
            "lab on like robotics for two years and last summer I interned at a startup where I "
            "built a testing rig"
        ),
        "What is your greatest weakness?": (
            "uh I guess I would say that I take on too many things at once like I sign up for a "
            "lot of clubs and then I get stressed but I have been working on it by saying no"
        ),
        "Tell me about a time you had a conflict with a teammate.": (
            "so in my design class one of the guys wasn't doing his part and um we kind of "
            "talked to him and figured out he was busy so we split the work differently and it "
            "worked out fine in the end"
        ),
    }
    for question, answer in answers.items():
        assert len(answer.split()) >= LONG_ANSWER
        result = evaluate(question, answer)
        assert result.score is not None and result.score >= 10, question


def test_saying_more_in_distinct_words_raises_elaboration_but_repeating_does_not() -> None:
    short = "I led the robotics team and we placed second."
    longer = FLUENT_STORY
    padded = " ".join([short] * 6)

    assert measure_elaboration(longer).score > measure_elaboration(short).score
    # Only the seam between the copies is a new pair of words.
    assert measure_elaboration(padded).words_said == measure_elaboration(short).words_said + 1
    assert measure_elaboration(padded).score <= measure_elaboration(short).score + 1


def test_specific_words_raise_elaboration_over_as_many_plain_ones() -> None:
    plain = (
        "We had a lot of things to do and it was not going that well, so we got some of the "
        "guys to help out and in the end it all got done and it was fine for all of us."
    )
    specific = (
        "Our quarterly reconciliation kept failing because three departments exported "
        "inconsistent spreadsheets, so I proposed a shared template, trained eight colleagues, "
        "and automated the validation; reporting deadlines were met every following quarter."
    )
    assert abs(len(words(plain)) - len(words(specific))) <= 10

    rich, everyday = measure_elaboration(specific), measure_elaboration(plain)
    assert rich.letters_per_word > everyday.letters_per_word
    assert rich.score > everyday.score


def test_a_behavioural_score_shows_what_elaboration_counted() -> None:
    result = evaluate(LEADERSHIP, FLUENT_STORY)

    assert result.signals["words_said"] == measure_elaboration(FLUENT_STORY).words_said
    distinct_words = result.signals["distinct_words"]
    assert isinstance(distinct_words, int) and distinct_words > 20
    assert 3.5 < float(result.signals["letters_per_word"]) < 6


def test_elaboration_is_a_visible_part_of_a_behavioural_score_only() -> None:
    story = evaluate(LEADERSHIP, FLUENT_STORY)
    technical = evaluate(
        "What is a hash table?",
        "A hash table stores key value pairs in an array of buckets and uses a hash function "
        "to pick the bucket, so lookups take constant time on average.",
        category="technical",
    )

    assert story.working is not None and technical.working is not None
    assert component(story, "elaboration") > 0
    weights = {part.name: part.weight for part in story.working.components}
    assert abs(sum(weights.values()) - 1) < 1e-9
    assert "elaboration" not in {part.name for part in technical.working.components}


def test_why_hire_asked_in_other_words_gets_its_own_rubric() -> None:
    result = evaluate(
        "Why do you think we should hire you?",
        "I learn fast: when I joined my lab I did not know Python and within a month I wrote "
        "the data pipeline the whole group uses, and I would bring that to your team.",
    )

    assert result.working is not None and result.working.rubric == "why_hire"


def test_fillers_cost_communication_not_credit_for_what_was_said() -> None:
    fluent, halting = evaluate(LEADERSHIP, FLUENT_STORY), evaluate(LEADERSHIP, HALTING_STORY)

    assert abs(fluent.relevance - halting.relevance) <= 5
    assert abs(fluent.depth - halting.depth) <= 5


def test_fillers_and_repeats_are_left_out_of_what_the_answer_says() -> None:
    said = without_disfluencies("Um, I, I led the, uh, team. We chan- we changed it, you know.")

    assert said == "I led the team. We changed it."
    assert without_disfluencies(FLUENT_STORY) == FLUENT_STORY


def test_a_tell_me_about_a_time_question_without_a_category_is_judged_as_a_story() -> None:
    question = "Tell me about a time you worked on a team to meet a deadline."

    assert infer_category(question) == "behavioral"
    result = evaluate(question, FLUENT_STORY)
    assert result.working is not None
    assert result.working.rubric == "story" and result.working.framework == "STAR"


def test_an_introduction_that_says_who_they_are_is_on_topic_whatever_its_words() -> None:
    introduction = (
        "Um, so I'm a junior studying mechanical engineering, uh, and I've been really into "
        "robotics since high school. Last summer I interned at a startup where I built a "
        "gripper prototype and we tested it with real customers. I'm looking for an "
        "internship where I can keep building hardware."
    )
    off_topic = (
        "Kubernetes schedules pods onto nodes and a readiness probe gates traffic until the "
        "container is ready; liveness probes restart stuck containers on every node."
    )

    good = evaluate("Tell me about yourself.", introduction)
    wrong = evaluate("Tell me about yourself.", off_topic)

    assert good.relevance >= 65 and good.working is not None and good.working.gate == 1
    assert good.score is not None and good.score >= 50
    assert wrong.relevance < 20 and wrong.score is not None and wrong.score < 10


def test_an_introduction_is_specific_through_facts_about_the_speaker() -> None:
    facts = (
        "I am a nurse with six years on a surgical ward at St Mary's, where I lead a team of "
        "four and trained new staff on our electronic records. I am now looking for a role in "
        "community care, closer to patients' homes."
    )
    vague = (
        "I am a hard worker and a team player. I like to learn new things and I always do my "
        "best. I think I would be a good fit for a lot of different roles because I am flexible."
    )

    specific = evaluate("Tell me about yourself.", facts)
    generic = evaluate("Tell me about yourself.", vague)

    # No trade-offs or "because" are asked of an introduction: its facts make it specific.
    assert specific.depth >= 25 > generic.depth
    assert specific.score is not None and generic.score is not None
    assert specific.score > generic.score


def test_questions_for_the_interviewer_are_judged_as_questions() -> None:
    asked = (
        "Yes, I'd like to know how the team measures success in the first six months, and what "
        "the biggest challenge is for the person in this role. Also, how do engineers and "
        "product managers work together here?"
    )
    declined = (
        "No, I think you covered everything. Thank you for your time, I really enjoyed talking "
        "with you today."
    )

    good = evaluate("Do you have any questions for us?", asked)
    none = evaluate("Do you have any questions for us?", declined)

    assert good.working is not None and good.working.framework == "questions"
    assert {"question", "role", "team", "challenge"} <= set(
        str(good.signals["structure_found"]).split(",")
    )
    assert good.structure >= 80 > none.structure
    assert good.score is not None and none.score is not None
    assert good.score >= 60 > 20 > none.score
