"""Candidates of one kind of work rank above those of another kind of the same field for a
posting of theirs: a civil engineer and a mechanical engineer are both engineering work, but a
mechanical design posting wants the mechanical one; a tester and a DevOps engineer are both
computing, but a QA posting wants the tester. The occupation part says which kind each side
reads as."""

from app.jobs.match_family import job_families, resume_families, top_family
from app.jobs.match_subfields import kind_of
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchResult
from tests.factories import signed_in_candidate
from tests.interviews.helpers import upload_resume
from tests.jobs.match_samples import (
    DEVOPS_STUFFED_RESUME,
    MECHANICAL_POSTING,
    MECHANICAL_RESUME,
    QA_POSTING,
    QA_RESUME,
    SOFTWARE_RESUME,
    posting,
    resume,
)

CIVIL_RESUME = """Priya Raman
priya.raman@example.com

Summary
Civil engineer with 5 years on highway and bridge projects, from survey to handover.

Experience
Site Engineer, Larsen Infrastructure
Jul 2021 - Present
- Supervised reinforced concrete works for a 1.2 km flyover: formwork, rebar checks, pours
- Checked levels and setting out with the survey team and kept the daily progress reports
- Prepared bar bending schedules and bills of quantities for the contractor's billing

Junior Civil Engineer, Coastal Roads Ltd
Jun 2019 - Jun 2021
- Designed drainage and pavement layers for district roads in AutoCAD Civil 3D
- Tested soil compaction and concrete cubes on site and logged the results

Education
B.E Civil Engineering, Anna University, 2019

Skills
AutoCAD, Civil 3D, STAAD Pro, Quantity surveying, Concrete technology, MS Project
"""

ELECTRICAL_RESUME = """Tom Becker
tom.becker@example.com

Summary
Electrical engineer designing low-voltage power distribution for commercial buildings.

Experience
Electrical Design Engineer, Voltline Consulting
Mar 2020 - Present
- Designed LV switchboards, cable sizing and protection coordination in ETAP and AutoCAD
- Wrote panel schedules and single-line diagrams for offices and hospitals
- Witnessed testing and commissioning of switchgear and UPS systems

Electrical Engineer, Gridworks
Aug 2018 - Feb 2020
- Specified transformers and motor control centres for a water treatment plant

Education
BEng Electrical and Electronic Engineering, University of Leeds, 2018

Skills
ETAP, AutoCAD Electrical, Power distribution, Protection relays, PLC, Switchgear
"""

CIVIL_POSTING = """Civil Site Engineer

A contractor building highways and bridges needs a site engineer for a new interchange.

Responsibilities:
- Supervise earthworks, concrete and steel works on site against the drawings
- Set out works with the surveyors and check levels
- Keep quantities, daily reports and quality records for the client's engineer

Requirements:
- Degree in Civil Engineering
- 3+ years of site experience on road or bridge works
- AutoCAD and quantity take-off
"""


def matched(posting_text: str, *resume_texts: str) -> list[MatchResult]:
    job = posting(posting_text)
    return [match_resume_to_job(resume(text), job) for text in resume_texts]


def occupation_reason(result: MatchResult) -> str:
    return next(part.reason for part in result.parts if part.name == "occupation")


def test_engineering_occupations_are_told_apart_by_discipline():
    assert kind_of("17-2141.00") == "mechanical engineering"
    assert kind_of("17-3022.00") == "civil engineering"
    assert kind_of("49-2091.00") == "aerospace engineering"
    assert kind_of("11-9041.00") == "engineering"
    assert kind_of("29-1141.00") == "healthcare"
    assert kind_of("esco", "2151") == "electrical engineering"
    assert kind_of("15-1253.00") == "software testing"
    assert kind_of("15-1252.00") == "computing"


def test_each_engineer_reads_as_their_own_discipline():
    assert top_family(resume_families(resume(CIVIL_RESUME), kind_of)) == ("civil engineering")
    assert top_family(resume_families(resume(ELECTRICAL_RESUME), kind_of)) == (
        "electrical engineering"
    )
    mechanical = posting(MECHANICAL_POSTING)
    assert top_family(job_families(mechanical, kind_of)) == "mechanical engineering"
    assert top_family(job_families(mechanical)) == "engineering"


def test_a_mechanical_posting_ranks_its_own_discipline_above_the_others():
    mechanical, civil, electrical = matched(
        MECHANICAL_POSTING, MECHANICAL_RESUME, CIVIL_RESUME, ELECTRICAL_RESUME
    )

    assert mechanical.score > civil.score + 40
    assert mechanical.score > electrical.score + 40


def test_a_civil_posting_ranks_the_civil_engineer_first():
    civil, mechanical, electrical = matched(
        CIVIL_POSTING, CIVIL_RESUME, MECHANICAL_RESUME, ELECTRICAL_RESUME
    )

    assert civil.score > max(mechanical.score, electrical.score) + 30


def test_the_occupation_part_names_each_sides_discipline():
    own, other = map(
        occupation_reason, matched(MECHANICAL_POSTING, MECHANICAL_RESUME, CIVIL_RESUME)
    )

    assert "mechanical engineering" in own
    assert "civil engineering" in other and "mechanical engineering" in other


async def test_the_match_api_ranks_and_explains_by_discipline(client):
    me = await signed_in_candidate(client)
    scores, reasons = {}, {}
    for name, text in (("mechanical", MECHANICAL_RESUME), ("civil", CIVIL_RESUME)):
        resume_id = await upload_resume(client, me, text)
        response = await client.post(
            "/api/match",
            headers=me.headers,
            json={"resume_id": resume_id, "jd_text": MECHANICAL_POSTING},
        )
        assert response.status_code == 200, response.text
        scores[name] = response.json()["score"]
        parts = {part["name"]: part for part in response.json()["parts"]}
        reasons[name] = parts["occupation"]["reason"]

    assert scores["mechanical"] > scores["civil"] + 40
    assert "mostly in civil engineering, this role in mechanical engineering" in reasons["civil"]


def test_a_qa_posting_ranks_the_tester_well_above_developers_and_keyword_stuffers():
    tester, stuffed, developer = matched(
        QA_POSTING, QA_RESUME, DEVOPS_STUFFED_RESUME, SOFTWARE_RESUME
    )

    assert tester.score > stuffed.score + 20
    assert tester.score > developer.score + 35
    assert "Your jobs and skills are in software testing, this role's field" in (
        occupation_reason(tester)
    )
    assert "this role in software testing" in occupation_reason(stuffed)
