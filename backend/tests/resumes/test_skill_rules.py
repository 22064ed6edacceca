"""What a candidate sees as their skills for resumes written as people write them (issue 10):
kinds of testing, flattened lists, Languages sections, job titles and sentence pieces."""

from app.resumes.parsing.parser import parse_resume_text
from app.skills.finder import get_skill_finder


def _skills(text: str) -> list[str]:
    return [skill.name for skill in parse_resume_text(text).skills]


# An Indeed export whose line breaks were lost: headings and items run on, double spaces where
# bullets were.
FLAT_EXPORT = (
    "Priya Sharma Pune Maharashtra Email me on Indeed  Experienced in functional Testing smoke "
    "testing sanity testing and NonFunctional Testing  Performed Web Services Testing and Manual "
    "API Testing for banking clients  Perform daily backups with strong analytical Software "
    "skills Willing to relocate Anywhere Work Experience Software Test Engineer Infosys Limited  "
    "Pune Maharashtra March 2020 to Present Managed Security Groups Network ACL and IAM roles  "
    "Wrote Cypress suites for the UI Testing of the payments portal Education BE in Electrical "
    "North Maharashtra University  Jalgaon Maharashtra 2012 to 2016 Skills  IT Skills  HTML CSS "
    "Networking SQL  Manual Testing  software testing life cycle  Network Engineer  with strong  "
    "MSOffice AREA OF INTEREST  UI Testing Languages  Java  English  Fluent  Marathi  Native"
)


def test_a_kind_of_testing_keeps_all_its_words() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "Web Services Testing" in skills
    assert "Services Testing" not in skills


def test_nonfunctional_testing_is_kept_beside_functional_testing() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "NonFunctional Testing" in skills
    assert "functional Testing" in skills


def test_well_known_kinds_of_testing_are_read_in_lower_case_too() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"smoke testing", "sanity testing"} <= set(skills)
    assert not any(skill.lower() in {"performed testing", "extensive testing"} for skill in skills)


def test_a_kind_of_testing_ending_on_a_kind_of_its_own_is_that_kind() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "API Testing" in skills  # "Manual API Testing"
    assert "Manual API Testing" not in skills
    assert "API" not in skills  # the API testing, not API design


def test_a_skill_between_known_ones_in_a_flattened_list_is_kept() -> None:
    skills = _skills(FLAT_EXPORT)

    assert {"HTML", "CSS", "Networking", "SQL"} <= set(skills)
    assert "IT Skills" not in skills


def test_a_listed_practice_is_shown_as_written_not_as_a_broader_name() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "Manual Testing" in skills
    assert "Software Testing" not in skills


def test_one_skill_written_two_ways_is_shown_once() -> None:
    skills = _skills(FLAT_EXPORT)

    assert [skill.lower() for skill in skills].count("ui testing") == 1


def test_a_job_title_and_sentence_pieces_in_a_list_are_not_skills() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "Network Engineer" not in skills
    assert "with strong" not in skills
    assert "MSOffice" in skills
    assert not any("INTEREST" in skill for skill in skills)


def test_security_groups_in_a_job_do_not_end_the_experience() -> None:
    assert "Cypress" in _skills(FLAT_EXPORT)


def test_a_languages_section_gives_programming_languages_not_spoken_ones() -> None:
    skills = _skills(FLAT_EXPORT)

    assert "Java" in skills
    assert not {"English", "Marathi", "Fluent", "Native"} & set(skills)


def test_ordinary_words_that_name_products_in_open_data_are_not_read_as_products() -> None:
    names = get_skill_finder().names(
        "Perform daily backups of the database system. Leverage tools with strong analytical "
        "Software skills and a client system."
    )

    assert not {"Perform", "Leverage", "Analytical software", "client system"} & set(names)


def test_a_plain_product_name_in_a_list_is_still_found() -> None:
    assert "Abaqus" in get_skill_finder().names("Tools: Abaqus, ANSYS, SolidWorks")


def test_a_groups_heading_after_a_language_level_still_starts_its_section() -> None:
    text = FLAT_EXPORT.replace("Marathi  Native", "Marathi  Native Groups  IEEE Student Branch")

    sections = parse_resume_text(text).sections

    assert "Groups" in sections
    assert parse_resume_text(FLAT_EXPORT).sections.count("Groups") == 0


LISTED = """Asha Rao
Test Engineer
SKILLS
Manual Testing, Software Testing, JavaScript, JS, Communication skills, communication
EXPERIENCE
QA Engineer, Acme Corp, 2019 - 2023
- Ran manual testing of the JS frontend
"""


def test_a_named_practice_is_not_merged_into_a_broader_one_but_spellings_are() -> None:
    skills = _skills(LISTED)

    assert {"Manual Testing", "Software Testing"} <= set(skills)
    assert [skill.lower() for skill in skills].count("manual testing") == 1
    assert "JS" not in skills and skills.count("JavaScript") == 1
    assert len([skill for skill in skills if "communication" in skill.lower()]) == 1


SUPPORT_JOB = """Ravi Kumar
EXPERIENCE
Technical Support Engineer, Dell International Services, London, 2018 - 2022
- Provided technical support to enterprise customers over phone and chat
- Supported traders in London with their software and tools
Salesforce Developer, Acme Corp, 2016 - 2018
- Built Lightning components in JavaScript
"""


def test_skills_inside_a_job_title_are_not_read_from_it() -> None:
    skills = _skills(SUPPORT_JOB)

    assert [skill.lower() for skill in skills].count("technical support") == 1  # the duty
    assert "Salesforce" not in skills
    assert "JavaScript" in skills
    assert "London" not in skills


HEADLINE_AND_SUMMARY = """Priya Sharma
Automation tester: Selenium WebDriver, Postman and Jenkins pipelines
SUMMARY
QA engineer with six years in banking.
SKILLS
Java, SQL
"""


def test_tools_named_under_the_name_count_even_with_a_summary_heading() -> None:
    assert {"Selenium", "Postman", "Jenkins", "Java", "SQL"} <= set(_skills(HEADLINE_AND_SUMMARY))


def test_a_duration_without_its_parentheses_and_a_skill_named_in_a_phrase_are_read() -> None:
    text = (
        "Asha Rao\nSKILLS\nNETWORKING Less than 1 year, CCNA 2 years\n"
        "Sound Communication skills\nIT Skills\n"
    )

    skills = _skills(text)

    assert {"NETWORKING", "CCNA"} <= set(skills)
    assert any(skill.lower().startswith("communication") for skill in skills)
    assert not any("year" in skill.lower() or skill == "IT Skills" for skill in skills)


def test_a_skill_written_as_its_own_name_somewhere_is_shown_by_that_name() -> None:
    text = (
        "Asha Rao\nSKILLS\nSelenium WebDriver, Java, Jira\nEXPERIENCE\n"
        "QA Engineer, Acme Corp, 2019 - 2023\n- Automated checkout tests with Selenium\n"
    )

    skills = _skills(text)

    assert "Selenium" in skills
    assert "Selenium WebDriver" not in skills


def test_a_skill_is_shown_in_words_the_candidate_wrote() -> None:
    skills = _skills("Asha Rao\nSKILLS\nself motivated, Communication skills, Kafka\n")

    assert {"self motivated", "Communication skills", "Kafka"} <= set(skills)
    assert "Self-Motivation" not in skills


def test_sentence_words_in_a_run_on_list_are_not_skills() -> None:
    text = (
        "Asha Rao\nSKILLS\nHTML CSS Designed Git Docker\n"
        "Frameworks such as DataDriven POM\nNonFunctional Testing Retesting\n"
    )

    skills = _skills(text)

    assert {"HTML", "CSS", "Git", "Docker", "NonFunctional Testing", "Retesting"} <= set(skills)
    assert not any(
        word in skill for skill in skills for word in ("Designed", "such as", "Testing Retesting")
    )


def test_a_tool_named_before_a_kind_of_testing_stays_a_skill_of_its_own() -> None:
    text = (
        "Asha Rao\nEXPERIENCE\nQA Engineer, Acme Corp, 2019 - 2023\n"
        "- Did Selenium Web Services Testing and Hardware in the Loop Testing\n"
    )

    skills = _skills(text)

    assert {"Selenium", "Web Services Testing", "Hardware in the Loop Testing"} <= set(skills)
    assert not any(skill.startswith(("Did", "Selenium Web")) for skill in skills)


def test_a_job_title_in_the_summary_shows_the_practice_not_the_title() -> None:
    skills = _skills(
        "Asha Rao\nSUMMARY\nUX designer who builds accessible products.\nSKILLS\nFigma, Sketch\n"
    )

    assert "UX Design" in skills
    assert not any("designer" in skill.lower() for skill in skills)


def test_a_list_keeps_an_item_prose_would_not_name() -> None:
    skills = _skills("Asha Rao\nSKILLS\nStakeholder communication, accessible products, Jira\n")

    assert {"accessible products", "Jira"} <= set(skills)


def test_a_tool_named_like_a_posting_role_stays_a_skill_in_a_list() -> None:
    skills = _skills("Asha Rao\nSKILLS\nDevice Driver, Puppet Agent, Network Engineer, Python\n")

    assert {"Device Driver", "Puppet Agent", "Python"} <= set(skills)
    assert "Network Engineer" not in skills


def test_job_titles_in_a_skills_list_are_dropped_but_tools_named_like_people_stay() -> None:
    skills = _skills(
        "Asha Rao\nSKILLS\nPython, Translator, Network Engineer, Blender, Google Tag Manager\n"
    )

    assert {"Python", "Blender", "Google Tag Manager"} <= set(skills)
    assert "Translator" not in skills
    assert "Network Engineer" not in skills


def test_languages_spoken_in_a_skills_list_are_not_skills() -> None:
    skills = _skills("Asha Rao\nSKILLS\nPython\nEnglish\nHindi\nExcel\n")

    assert {"Python", "Excel"} <= set(skills)
    assert not {"English", "Hindi"} & set(skills)


def test_each_list_item_gives_its_skills_and_its_kinds_of_testing() -> None:
    skills = _skills(
        "Asha Rao\nSKILLS\nTools: Jira, NonFunctional Testing Retesting, Postman\n"
        "Regression Testing, Selenium\n"
    )

    assert skills == [
        "Jira",
        "NonFunctional Testing",
        "Retesting",
        "Postman",
        "Regression Testing",
        "Selenium",
    ]


SMOKE_TESTER = """Priya Sharma
QA Engineer
priya@example.com

Summary
QA engineer with 4 years of experience testing web applications.

Experience
QA Engineer, Infosys, Pune — Jan 2021 - Present
- Built regression and smoke test suites in Selenium WebDriver and TestNG for a banking portal.
- Wrote API tests with Postman and REST Assured; logged defects in JIRA.
- Automated checks in Selenium, TestNG and API testing for the payments service.

Skills
Selenium, TestNG, Java, Postman, JIRA, SQL, Agile
"""


def test_coordinated_test_suites_give_each_kind_of_testing() -> None:
    skills = _skills(SMOKE_TESTER)

    assert {"regression testing", "smoke testing"} <= set(skills)


def test_api_tests_are_api_testing_not_api_design() -> None:
    skills = _skills(SMOKE_TESTER)

    assert "API testing" in skills
    assert not {"API", "API Design", "APIs"} & set(skills)


def test_tools_before_a_kind_of_testing_stay_tools_in_described_work() -> None:
    skills = _skills(
        "Asha Rao\nExperience\nQA Engineer, Acme — Jan 2021 - Present\n"
        "- Automated checks in Selenium, TestNG and API testing for the portal.\n"
    )

    assert {"Selenium", "TestNG", "API testing"} <= set(skills)
    assert not any(skill.endswith(("Selenium testing", "TestNG testing")) for skill in skills)
