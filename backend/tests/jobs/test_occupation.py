import pytest

from app.jobs.match_occupation import job_occupations
from app.jobs.occupation import match_occupation, role_variants
from app.jobs.parsing import parse_job_description
from app.knowledge.store import get_knowledge
from tests.jobs import postings
from tests.jobs.match_samples import CARE_ASSISTANT_POSTING, KENNELS_CARE_ASSISTANT_POSTING


@pytest.fixture(scope="module")
def occupations():
    return get_knowledge().occupations


@pytest.mark.parametrize(
    ("title", "code", "matched"),
    [
        ("Mechanical Design Engineer \u2013 FEA", "17-2141.00", "Mechanical Design Engineer"),
        ("Senior Backend Engineer (Python)", "15-1254.00", "Back End Engineer"),
        ("Registered Nurse, Medical-Surgical", "29-1141.00", "Registered Nurses"),
        ("Journeyman Electrician", "47-2111.00", "Journeyman Electrician"),
        ("Civil Engineer II - Water Resources", "17-2051.00", "Civil Engineers"),
        ("Structural Engineer", "17-2051.00", "Structural Engineer"),
        ("iOS Engineer", "15-1252.00", "iOS Developer"),
        ("Backend Engineer at Acme", "15-1254.00", "Back End Engineer"),
        # Job boards separate the title's fields with runs of spaces.
        ("SALES ENGINEER  NORTH YORKSHIRE", "41-9031.00", "Sales Engineers"),
        # The specialty after the role ("ASPNET") is not the kind of job.
        ("Senior Developer ASPNET", "15-1252.00", "ASP.NET Developer"),
    ],
)
def test_a_title_reads_as_its_occupation(occupations, title, code, matched):
    found = match_occupation(title, occupations)
    assert found is not None
    assert (found.code, found.matched_title, found.source) == (code, matched, "onet")


def test_an_esco_occupation_is_named_by_its_uri(occupations):
    found = match_occupation("Commercial Plumber", occupations)
    assert found is not None
    assert found.source == "esco"
    assert found.code.startswith("http://data.europa.eu/esco/occupation/")
    assert found.title == "plumber"


@pytest.mark.parametrize(
    "text",
    [
        *("About us", "Acme Corp", "Job Description", "Detroit, MI", "Full-time", "Partnerships"),
        # A heading that is part of an occupation's title is not that occupation.
        *("Benefits", "Requirements", "Responsibilities", "Description", ""),
    ],
)
def test_no_confident_match_is_none(occupations, text):
    assert match_occupation(text, occupations) is None


def test_the_role_comes_before_its_specialty(occupations):
    assert role_variants("Registered Nurse, Medical-Surgical (Nights) at Mercy") == [
        "Registered Nurse",
        "Registered Nurse, Medical-Surgical",
    ]


def test_a_parsed_job_without_a_title_has_no_occupation():
    job = parse_job_description("We need someone who writes SQL and builds dashboards daily.")
    assert job.title is None
    assert job.occupation is None


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Job boards title an ad "<role> Job <place>": the place is no part of the role.
        ("Pharmacy Technician Job Norwich", "29-2052.00"),
        (
            "Chef Jobs in Leeds",
            "http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588",
        ),
    ],
)
def test_a_job_board_title_reads_as_the_role_before_job_and_place(occupations, title, code):
    found = match_occupation(title, occupations)
    assert found is not None
    assert found.code == code


def test_a_title_that_names_a_job_keeps_the_word_job(occupations):
    found = match_occupation("Senior Job Coach", occupations)
    assert found is not None
    assert found.matched_title == "Job Coach"


@pytest.mark.parametrize(
    ("title", "occupation"),
    [
        # A place or a shift after the role: the role's segment, trusted a little less.
        ("Primary Teachers Norfolk / Suffolk", "Elementary School Teachers"),
        ("Plastic Extrusion Setter  Nights", "extrusion"),
    ],
)
def test_a_title_padded_past_its_role_reads_through_its_segments(occupations, title, occupation):
    found = match_occupation(title, occupations)
    assert found is not None
    assert occupation.lower() in found.title.lower()


def test_a_care_assistant_for_elderly_residents_reads_as_a_care_occupation():
    """O*NET lists "Care Assistant" under Animal Caretakers; the posting's duties say which
    care it is."""
    job = parse_job_description(CARE_ASSISTANT_POSTING)
    assert job.occupation is not None
    assert (job.occupation.code, job.occupation.title) == ("31-1131.00", "Nursing Assistants")
    assert job.occupation.matched_title == "Health Care Assistant"


def test_a_care_assistant_in_kennels_still_reads_as_animal_care():
    job = parse_job_description(KENNELS_CARE_ASSISTANT_POSTING)
    assert job.occupation is not None
    assert job.occupation.title == "Animal Caretakers"


@pytest.mark.parametrize(
    "text",
    [
        CARE_ASSISTANT_POSTING,
        KENNELS_CARE_ASSISTANT_POSTING,
        postings.MECHANICAL_AGENCY,
        postings.SOFTWARE_ALTERNATIVES,
    ],
)
def test_the_occupation_shown_is_the_one_matching_reads_first(text):
    job = parse_job_description(text)
    assert job.occupation is not None
    assert job_occupations(job)[0].title == job.occupation.title


def test_a_quality_assurance_analyst_testing_software_is_a_software_tester():
    """O*NET lists software testers as "QA Analyst"; spelled out, the title read as an
    information security analyst ("Information Assurance Analyst")."""
    job = parse_job_description(
        "Quality Assurance Analyst\nWe are hiring a Quality Assurance Analyst to test our web"
        " and mobile applications: automated tests with Selenium WebDriver and Java, regression"
        " suites in Jenkins, defects logged in JIRA."
    )

    assert job.occupation is not None
    assert job.occupation.code == "15-1253.00"
    assert job_occupations(job)[0].code == "15-1253.00"
