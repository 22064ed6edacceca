"""Acronyms O*NET writes after a product's name become its short names when the words spell
them, by their initials or from inside a word (XML, HTML, SVN, JSP), not by chance letters."""

import pytest

from scripts.knowledge_names import ProductNames


def _aliases(name: str) -> list[str]:
    return ProductNames({}, frozenset(), frozenset()).aliases(name)


SPELLED = {
    "Structured query language SQL": "Structured query language",  # by initials
    "Extensible markup language XML": "Extensible markup language",  # "ex" reads as X
    "Multidimensional Expressions MDX": "Multidimensional Expressions",
    "Apache Subversion SVN": "Apache Subversion",  # from inside one word
    "Oracle JavaServer Pages JSP": "Oracle JavaServer Pages",
}


def test_an_acronym_the_words_spell_is_a_short_name():
    for name, spelled_out in SPELLED.items():
        aliases = _aliases(name)
        assert name.split()[-1] in aliases and spelled_out in aliases, name


@pytest.mark.parametrize(
    "name",
    [
        "NextGen Healthcare EHR",  # a category after the product, not its letters
        "BAE Systems SOCET SET",  # SOCET is a name of its own
        "General Examination System GENESYS",  # too long to read from letters: a brand too
    ],
)
def test_letters_found_by_chance_make_no_short_name(name):
    head, _, acronym = name.rpartition(" ")
    assert acronym not in _aliases(name)
    assert head not in _aliases(name)
