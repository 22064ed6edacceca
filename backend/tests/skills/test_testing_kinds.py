"""Kinds of testing as testers write them (issue 10): before "tests", coordinated, and never a
tool or a job title read as a kind."""

from app.skills.testing_kinds import kinds_of_testing


def _names(text: str) -> list[str]:
    return [kind.name for kind in kinds_of_testing(text)]


def test_coordinated_kinds_before_test_suites_are_each_a_kind_of_testing():
    assert _names("Built regression and smoke test suites in Selenium WebDriver") == [
        "regression testing",
        "smoke testing",
    ]


def test_a_kind_before_tests_is_named_as_the_practice_in_the_case_written():
    assert _names("Wrote API tests with Postman") == ["API testing"]
    assert _names("Ran Smoke Tests and load tests nightly") == ["Smoke Testing", "load testing"]


def test_a_list_of_kinds_sharing_one_head_names_each():
    assert _names("unit, integration and end-to-end tests") == [
        "unit testing",
        "integration testing",
        "end-to-end testing",
    ]
    assert _names("Performed the Smoke, White box, Black box testing") == [
        "Smoke testing",
        "White box testing",
        "Black box testing",
    ]
    assert _names("smoke/sanity testing") == ["smoke testing", "sanity testing"]


def test_a_kind_coordinated_with_a_skill_of_its_own_is_still_read():
    # "multivariate testing" is a skill the vocabulary knows, not a kind read here.
    assert _names("Drove A/B and multivariate testing") == ["A/B testing"]


def test_tools_listed_before_a_kind_of_testing_are_not_kinds():
    kinds = kinds_of_testing("Selenium, TestNG and API testing")
    assert [kind.name for kind in kinds] == ["API testing"]
    assert kinds[0].well_known


def test_a_job_title_or_a_plain_test_is_no_kind():
    assert _names("Performance Test Engineer at Acme") == []
    assert _names("Unit Test Lead") == []
    assert _names("passed the latest tests and the test suite") == []
    assert _names("Deployed Automated Test Set (DATS)") == []
