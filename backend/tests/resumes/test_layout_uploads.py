"""What a candidate sees after uploading an Indeed export, a LinkedIn PDF or a two-column
resume: their name, their current title at their current employer, their highest degree."""

import pytest

from tests.factories import signed_in_candidate, upload_resume_file
from tests.resumes.layout_documents import load_set

FIXTURES = {fixture.file_name: fixture for fixture in load_set("dev")}


@pytest.mark.parametrize(
    ("file_name", "upload_as", "name"),
    [
        ("indeed_infosys_no_headline.txt", "Srinivas_Resume.pdf", "Srinivas Kumar Bandi"),
        ("indeed_java_hyderabad.txt", "resume.txt", "Kavya Reddy"),
        ("linkedin_backend_multi_role.txt", "Profile.pdf", "Arjun Mehta"),
        ("two_column_designer_right.txt", "cv.pdf", "Ana Sousa"),
    ],
)
async def test_uploaded_export_shows_current_title_employer_and_degree(
    client, file_name, upload_as, name
):
    fixture = FIXTURES[file_name]
    me = await signed_in_candidate(client)

    response = await upload_resume_file(client, me, fixture.document(), upload_as)
    parsed = response.json()["parsed"]
    current = fixture.expected["jobs"][0]
    assert parsed["name"] == name
    assert parsed["experience"][0]["title"] == current["title"]
    assert parsed["experience"][0]["company"] == current["company"]
    assert parsed["experience"][0]["start"] == current["start"]
    assert parsed["highest_degree"] == fixture.expected["highest_degree"]
    assert [entry["level"] for entry in parsed["education"]] == [
        entry["level"] for entry in fixture.expected["education"]
    ]
