"""The shipped bank's prose in the product's spelling (British), names and code as they are."""

import re

from app.questions.generator import load_bank

# American forms a candidate would read in a question, key point, model answer or follow-up.
AMERICAN = re.compile(
    r"\b(?:[a-z]{3,}i[z](?:e|ed|es|ing|ation|ations|er|ers|able)|[a-z]*y[z](?:e|ed|es|ing)"
    r"|behaviors?|colors?|centers?|favors?|favorite|honors?|labor|neighbors?|modeling"
    r"|counselors?|catalogs?|judgment|toward|grays?|programs?|airplane|edema"
    r"|hypoglycemia|hyperglycemia|tachypne\w*)\b",
    re.I,
)
# Sizes are not a spelling question; the rest are names, keywords and APIs with their own
# spelling ("Identity Center", Java's synchronized, SQL's ANALYZE, DRF serializers).
KEPT = re.compile(
    r"\b(?:(?:re|under|over)?siz(?:e|ed|es|ing)|IAM Access Analyzer|ANALYZE|Identity Center"
    r"|(?:AWS|under) Organizations|Serializable|ModelSerializer|serializers?"
    r"|synchronized(?=,| blocks)|synchronization context|I program the)\b"
)
# Code: design tokens ("color-text-primary", "gray-900") and JSON literals.
CODE = re.compile(r"\b[\w.]+(?:-[\w.]+){2,}|\b[a-z]+-\d+\b|'\{[^']*\}'")


def american_words(prose: str) -> list[str]:
    return AMERICAN.findall(CODE.sub(" ", KEPT.sub(" ", prose)))


def prose(question) -> list[str]:
    return [question.text, *question.key_points, question.model_answer, *question.follow_ups]


def test_the_bank_reads_in_british_spelling() -> None:
    found = {
        question.slug: words
        for question in load_bank()
        if (words := [word for part in prose(question) for word in american_words(part)])
    }
    assert found == {}


def test_the_check_finds_american_words_but_not_names_or_code() -> None:
    assert american_words("Prioritizes the work and analyzes the behavior") == [
        "Prioritizes",
        "analyzes",
        "behavior",
    ]
    assert american_words("A training program toward the color of the center") == [
        "program",
        "toward",
        "color",
        "center",
    ]
    kept = (
        "Uses IAM Access Analyzer and Identity Center, EXPLAIN ANALYZE, Serializable isolation, "
        "DRF serializers, synchronized, volatile, color-text-primary to gray-900, "
        'attributes @> \'{"color": "red"}\', and resizes the buffer size'
    )
    assert american_words(kept) == []
