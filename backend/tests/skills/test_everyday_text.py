"""Everyday text of job postings that named skills it does not ask for (issue 10): acronyms
written as ordinary words, "Curriculum vitae", gear named after a practice, negated skills."""

from app.resumes.parsing.parser import parse_resume_text
from app.skills.finder import get_skill_finder


def _names(text: str) -> list[str]:
    return get_skill_finder().names(text)


def test_an_acronym_written_as_an_ordinary_word_names_no_skill():
    assert _names("A good telephone voice is all you need; we will teach you the rest.") == []
    assert _names("You will join the rest of the team in Lund.") == []
    assert _names("Rinse off the soap and the sap before the stem dries.") == []


def test_an_acronym_in_capitals_in_its_own_words_or_in_a_list_is_the_skill():
    assert _names("Design REST APIs and SOAP services for partners.") == ["REST APIs", "SOAP"]
    assert _names("Built RESTful services for partners.") == ["REST APIs"]
    assert _names("Skills: python, rest, docker") == ["Python", "REST APIs", "Docker"]
    assert _names("Integrated our rest api with SAP.") == ["REST APIs", "SAP"]


def test_curriculum_vitae_is_a_document_not_curriculum_design():
    assert _names("Send your Curriculum vitae and a cover letter by May 1.") == []
    assert _names("Attach: Curriculum vita, diplomas, two references") == []
    assert _names("Wrote the grade 8 science curriculum.") == ["Curriculum Design"]


def test_gear_named_after_a_practice_is_not_the_practice():
    assert _names("A dynamic workplace with both suits and welding masks.") == []
    assert _names("Wear a welding helmet and gloves at all times.") == []
    assert _names("Two years of welding experience; MIG welding a plus.") == ["Welding"]
    assert _names("Performed welding on steel frames.") == ["Welding"]


def test_grading_is_marking_students_work_not_earthwork():
    assert _names("Reviewed improvement and grading plans for accuracy.") == []
    assert _names("Supervised site grading and paving for new subdivisions.") == []
    assert _names("Responsible for grading student essays and homework.") == ["Student Assessment"]
    assert "Student Assessment" in _names("Lesson planning, grading, classroom management")


def test_a_skill_under_a_direct_negation_is_not_asked_for():
    assert _names("The job is not telephone sales.") == []
    assert _names("No prior experience with Excel needed: we train you.") == []
    assert _names("You don't need Python for this role.") == []
    assert _names("SQL is not required; Java and Tableau experience isn't needed.") == []
    assert _names("Experience with Salesforce is not necessary.") == []
    assert _names("Power BI - not required; Java: not needed") == []


def test_a_negation_of_something_else_keeps_the_skill():
    assert _names("Not only Python but also Java.") == ["Python", "Java"]
    assert _names("Tools including but not limited to SQL and Tableau.") == ["SQL", "Tableau"]
    assert _names("Whether or not you know SQL, apply.") == ["SQL"]
    assert _names("Resolved outages with no downtime using Kubernetes.") == ["Kubernetes"]
    assert _names("Never compromised patient safety.") == ["Patient Safety"]
    assert _names("Relocation: No\nPython, SQL") == ["Python", "SQL"]
    assert _names("Not a single Kubernetes outage last year.") == ["Kubernetes"]
    assert _names("Python, a degree is not required.") == ["Python"]
    assert _names("Excel is a plus but not required.") == ["Excel"]
    assert _names("Excel is not required but would be a plus.") == ["Excel"]


def test_ordinary_words_that_name_tools_need_their_capitals_or_context():
    assert _names("A groovy culture where ideas spark.") == []
    assert _names("Java and Groovy back ends; Hadoop and Spark clusters.") == [
        "Java",
        "Groovy",
        "Apache Hadoop",
        "Apache Spark",
    ]


def test_a_resume_keeps_its_skills_and_not_the_everyday_words():
    text = (
        "Lena Berg\nWelder and Sales Associate\n\nEXPERIENCE\nWelder\nNordic Steel\n"
        "January 2021 to Present\n"
        "- MIG welding of frames; maintained the welding masks and gear\n"
        "- Grew telephone sales by 20% and handed the rest to the team\n\n"
        "SKILLS\nWelding, Sales, REST, Excel\n"
    )

    skills = {skill.name for skill in parse_resume_text(text).skills}

    assert {"Welding", "Sales", "REST", "Excel"} <= skills
    assert len(skills) == 4, skills
