"""Why a question was asked, as one sentence the candidate reads ("Why it was asked: …")."""

from app.questions.competencies import shown_competency


def gap(skill: str) -> str:
    return f"The job asks for {skill}, which your resume doesn't show yet."


def required(skill: str) -> str:
    return f"The job asks for {skill}."


def nice_to_have(skill: str) -> str:
    return f"{skill} is a plus for this job."


def focus(skill: str) -> str:
    return f"You asked to practise {skill}."


def from_resume(skill: str) -> str:
    return f"Your resume mentions {skill}."


def practised_through(reason: str, skill: str) -> str:
    """A question on a related skill: the target's reason, and the skill it is asked through."""
    return f"{reason.rstrip('.')}; this question practises it through {skill}."


def core_skill(role: str, skill: str | None) -> str:
    if skill is None:
        return f"A core question for {role}."
    return f"{skill} is a core skill for {role}."


def general_practice(skill: str | None) -> str:
    return f"A general practice question on {skill}." if skill else "A general practice question."


def behavioral(competency: str | None) -> str:
    if not competency:
        return "A behavioural question."
    return f"A behavioural question on {shown_competency(competency)}."


def situational(*, family: str | None = None, topic: str | None = None) -> str:
    if family:
        return f"A situational question: a scenario typical of {family} work."
    if not topic:
        return "A situational question."
    return f"A situational question on {shown_competency(topic)}."


OWN_QUESTION = "One of your own questions."


def follow_up_short(word_count: int) -> str:
    return f"A follow-up: your first answer was short ({word_count} words)."


FOLLOW_UP_UNCLEAR = "A follow-up: your first answer gave too little to go on."


def follow_up_missed(left_out: str | None) -> str:
    """`left_out`: what the first answer did not do ("explain how it works"), if it can be said."""
    if left_out is None:
        return "A follow-up on a key point your first answer missed."
    return f"A follow-up: your first answer did not {left_out}."
