"""What a title reads as for matching: a qualifier before the role ("German Speaking", "UC
Solutions") does not hide the role, and the role's own words still decide."""

import pytest

from app.jobs.match_family import job_families, top_family
from app.jobs.match_occupation import title_readings
from tests.jobs.match_samples import (
    CARE_ASSISTANT_POSTING,
    KENNELS_CARE_ASSISTANT_POSTING,
    posting,
)


@pytest.mark.parametrize(
    "title",
    ["German Speaking Sales Agent  Current/Existing Customers", "UC Solutions Sales Specialist"],
)
def test_a_leading_qualifier_does_not_hide_a_sales_role(title):
    readings = title_readings(title)

    assert readings
    assert all(reading.code.startswith("41-") for reading in readings)


@pytest.mark.parametrize(
    ("title", "code"),
    [("Home Health Aide", "31-1121.00"), ("Physical Education Teacher", "25-2031.00")],
)
def test_a_whole_title_that_reads_well_is_not_cut(title, code):
    """Not a "Health Aide", not an "Education Teacher"."""
    assert [reading.code for reading in title_readings(title)] == [code]


def test_a_sales_posting_with_a_leading_qualifier_reads_as_sales():
    job = posting(
        "German Speaking Sales Agent\n"
        "Call existing customers, take orders and sell upgrades over the phone.\n"
        "Fluent German required.",
    )
    job = job.model_copy(
        update={"title": "German Speaking Sales Agent  Current/Existing Customers"}
    )

    assert top_family(job_families(job)) == "sales"


def test_a_care_assistant_caring_for_residents_reads_as_a_care_worker():
    """O*NET lists "Care Assistant" under Animal Caretakers; beside care duties the title
    reads in healthcare, beside kennels it still reads as animal care."""
    residents = posting(CARE_ASSISTANT_POSTING)
    kennels = posting(KENNELS_CARE_ASSISTANT_POSTING)

    assert top_family(job_families(residents)) == "healthcare"
    assert top_family(job_families(kennels)) != "healthcare"


@pytest.mark.parametrize("title", ["RGN", "RGN Job Wigan", "Staff Nurse RGN"])
def test_a_registered_general_nurse_reads_as_a_registered_nurse(title):
    assert [reading.code for reading in title_readings(title)][:1] == ["29-1141.00"]
