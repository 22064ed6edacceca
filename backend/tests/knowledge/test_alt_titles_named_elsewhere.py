"""An alternate title another occupation's own title names, and whose head noun the listing
occupation's title lacks, stays only with the occupation it names (issue 10: "Software Tester"
read as a software developer)."""

from app.jobs.match_occupation import job_occupations
from app.jobs.parsing import parse_job_description
from scripts.knowledge_occupations import without_titles_named_elsewhere

TITLES = {
    "15-1252.00": "Software Developers",
    "15-1253.00": "Software Quality Assurance Analysts and Testers",
    "25-1125.00": "History Teachers, Postsecondary",
    "25-2031.00": "Secondary School Teachers, Except Special and Career/Technical Education",
    "51-9061.00": "Inspectors, Testers, Sorters, Samplers, and Weighers",
}


def test_a_title_named_by_another_occupation_leaves_one_of_another_kind_of_job():
    kept = without_titles_named_elsewhere(
        TITLES,
        {
            "15-1252.00": ["Software Engineer", "Software Tester"],
            "15-1253.00": ["QA Tester", "Software Tester"],
            "25-1125.00": ["History Professor", "History Teacher"],
            "25-2031.00": ["English Teacher", "History Teacher"],
            "51-9061.00": ["QA Tester", "Tester"],
        },
    )

    assert kept["15-1252.00"] == ["Software Engineer"]
    assert kept["15-1253.00"] == ["QA Tester", "Software Tester"]
    # Both are teachers: a history teacher may teach in a secondary school.
    assert kept["25-2031.00"] == ["English Teacher", "History Teacher"]
    # No occupation's title names "QA Tester" or the one word "Tester": both stay.
    assert kept["51-9061.00"] == ["QA Tester", "Tester"]


def test_a_software_tester_posting_reads_as_a_tester_not_a_developer():
    job = parse_job_description(
        "Senior Software Tester\n\nRequirements:\n- Software testing and test automation\n"
        "- Agile, Scrum, Visual Studio, Microsoft SQL Server",
        "Senior Software Tester",
    )

    codes = [reading.code for reading in job_occupations(job)]

    assert codes[0] == "15-1253.00"
    assert "15-1252.00" not in codes
    assert job.occupation is not None and "tester" in job.occupation.title.lower()
