"""Loading the shipped bank into a database that already holds an older copy of it."""

from sqlalchemy import func, select

from app.questions.catalog import question_from_bank, sync_question_bank
from app.questions.generator import load_bank
from app.questions.models import Question

SLUG = "prioritization-framework"
US = {"prioritise": "prioritize", "prioritisation": "prioritization"}


def american(text: str) -> str:
    for british, us in US.items():
        text = text.replace(british, us)
    return text


def shipped() -> Question:
    return question_from_bank(next(entry for entry in load_bank() if entry.slug == SLUG))


def stored_before_respelling() -> Question:
    """The question as an install loaded it before the bank took British spelling."""
    question = shipped()
    question.text = american(question.text)
    question.key_points = [american(point) for point in question.key_points]
    assert (question.text, question.key_points) != (shipped().text, shipped().key_points)
    return question


async def test_an_upgraded_install_reads_the_shipped_spelling_once(db_session) -> None:
    db_session.add(stored_before_respelling())
    await db_session.flush()

    assert await sync_question_bank(db_session) == len(load_bank())
    assert await sync_question_bank(db_session) == 0

    rows = (await db_session.scalars(select(Question).where(Question.slug == SLUG))).all()
    assert [(row.text, row.key_points) for row in rows] == [(shipped().text, shipped().key_points)]
    assert "prioritise" in rows[0].text
    total = await db_session.scalar(select(func.count()).select_from(Question))
    assert total == len(load_bank())


async def test_words_an_admin_changed_stay_theirs(db_session) -> None:
    question = stored_before_respelling()
    question.text = "How do you prioritize the requests our sales team sends you?"
    db_session.add(question)
    await db_session.flush()

    await sync_question_bank(db_session)

    row = await db_session.scalar(select(Question).where(Question.slug == SLUG))
    assert row is not None
    assert row.text == "How do you prioritize the requests our sales team sends you?"
    assert row.key_points == shipped().key_points
