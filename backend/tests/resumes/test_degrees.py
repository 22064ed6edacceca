"""Degrees in every common form, with their level and field; words that only look like one."""

import pytest

from app.resumes.parsing.education import find_degree, parse_education
from app.resumes.parsing.parser import parse_resume_text

ECE = "Electronics and Communication Engineering"


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        # Indian engineering and science degrees, with and without dots
        ("B.E. Computer Science", "Bachelor", "Computer Science"),
        ("BE Civil", "Bachelor", "Civil"),
        ("B.E in Information science", "Bachelor", "Information science"),
        ("B.Tech in ECE", "Bachelor", ECE),
        ("BTech, CSE", "Bachelor", "Computer Science and Engineering"),
        ("B.Tech. (CSE)", "Bachelor", "Computer Science and Engineering"),
        ("Bachelor of Engineering in ECE", "Bachelor", ECE),
        ("B.Sc (Hons) Chemistry", "Bachelor", "Chemistry"),
        ("BSc in Mathematics", "Bachelor", "Mathematics"),
        ("B.S. in Computer Science", "Bachelor", "Computer Science"),
        ("BS, Accounting and Finance", "Bachelor", "Accounting and Finance"),
        ("BA, Economics", "Bachelor", "Economics"),
        ("B.A. Mathematics", "Bachelor", "Mathematics"),
        ("B.Com (Hons)", "Bachelor", None),
        ("BCA", "Bachelor", None),
        ("BBA", "Bachelor", None),
        ("LLB", "Bachelor", None),
        ("BA LLB (Hons.)", "Bachelor", None),
        ("MBBS", "Bachelor", None),
        ("BDS", "Bachelor", None),
        ("B.Pharm", "Bachelor", None),
        ("B.Arch", "Bachelor", None),
        ("Bachelor's", "Bachelor", None),
        ("Bachelors of Science", "Bachelor", None),
        ("Bachelor's degree, Business Management", "Bachelor", "Business Management"),
        ("M.E. Structural Engineering", "Master", "Structural Engineering"),
        ("M.Tech in VLSI Design", "Master", "VLSI Design"),
        ("M.Sc. Statistics", "Master", "Statistics"),
        ("MSc Data Science", "Master", "Data Science"),
        ("M.S. in Electrical Engineering", "Master", "Electrical Engineering"),
        ("MS Data Science", "Master", "Data Science"),
        ("MA English Literature", "Master", "English Literature"),
        ("MCA in Computer Applications", "Master", "Computer Applications"),
        ("MBA (HR)", "Master", "HR"),
        ("M.Com (Accounting and Finance)", "Master", "Accounting and Finance"),
        ("LLM in Corporate Law", "Master", "Corporate Law"),
        ("Master's degree in Interaction Design", "Master", "Interaction Design"),
        ("Post Graduate Diploma in Management", "Master", "Management"),
        # Doctorates: the PhD level stands for every doctorate, professional ones included
        ("PhD in Chemistry", "PhD", "Chemistry"),
        ("Ph.D. Physics", "PhD", "Physics"),
        ("Doctorate in Education", "PhD", "Education"),
        ("MD (Pediatrics)", "PhD", "Pediatrics"),
        ("MD, Internal Medicine", "PhD", "Internal Medicine"),
        # Associate level: US associate degrees and diplomas
        ("Associate's degree, Nursing", "Associate", "Nursing"),
        ("A.A. Liberal Arts", "Associate", "Liberal Arts"),
        ("A.S. in Computer Information Systems", "Associate", "Computer Information Systems"),
        ("Diploma in Mechanical Engineering", "Associate", "Mechanical Engineering"),
        # European forms
        ("Licence in Design", "Bachelor", "Design"),
        ("Licence Informatique", "Bachelor", "Informatique"),
        ("Laurea in Ingegneria Meccanica", "Bachelor", "Ingegneria Meccanica"),
        ("Laurea Magistrale in Ingegneria Meccanica", "Master", "Ingegneria Meccanica"),
        ("Diplom-Ingenieur, Elektrotechnik", "Master", "Elektrotechnik"),
        ("Diplôme d'ingénieur, Informatique", "Master", "Informatique"),
        ("MEng Electrical Engineering", "Master", "Electrical Engineering"),
        ("BEng (Hons) Mechanical Engineering", "Bachelor", "Mechanical Engineering"),
        ("MPhil in Economics", "Master", "Economics"),
        # LinkedIn's "Name - ABBR, Field · (years)"
        ("Bachelor of Science - BS, Physics · (2014 - 2018)", "Bachelor", "Physics"),
        ("Master of Business Administration - MBA, Finance · (2019 - 2021)", "Master", "Finance"),
        (f"Bachelor of Technology - BTech, {ECE} · (2010 - 2014)", "Bachelor", ECE),
        ("Doctor of Philosophy - PhD, Computer Science · (2013 - 2017)", "PhD", "Computer Science"),
        ("BACHELOR OF ENGINEERING IN MECHANICAL ENGINEERING", "Bachelor", "MECHANICAL ENGINEERING"),
    ],
)  # fmt: skip
def test_degree_forms_with_their_level_and_field(line, level, field):
    degree = find_degree(line)

    assert degree is not None, line
    assert (degree.level, degree.field) == (level, field)


def test_ece_after_a_teaching_degree_is_left_as_written_never_read_as_electronics():
    assert find_degree("M.Ed. in ECE").field == "ECE"
    assert find_degree("B.Tech in ECE").field == ECE


@pytest.mark.parametrize(
    "line",
    [
        "MS Office",
        "MS Excel, MS Word, MS PowerPoint",
        "Proficient in MS Office",
        "BS 7671 wiring regulations",
        "Boston, MA",
        "123 Beacon Street, Boston, MA 02116",
        "MD & CEO",
        "Sales Associate",
        "Certified ScrumMaster",
        "Master Data Management",
        "Driving Licence",
        "BANGALORE",
        "Started in March 2019",
        "M. S. Ramaiah Institute of Technology",
        "Li Meng, Beijing",
        "Embarked on a new project",
    ],
)
def test_words_that_only_look_like_degrees(line):
    assert find_degree(line) is None
    assert (
        find_degree(line, in_education=True) is None
        or find_degree(line, in_education=True).level is None
    )


@pytest.mark.parametrize(
    "line", ["HSC", "SSC", "12th in Mathematics", "10th", "High School Diploma", "Class XII (ISC)"]
)
def test_school_leaving_qualifications_have_no_degree_level(line):
    assert find_degree(line) is None
    assert find_degree(line, in_education=True).level is None


def test_indeed_education_keeps_school_entries_without_a_level():
    entries = parse_education(
        [
            "B.E in Information science and engineering",
            "B.V.B College of Engineering -  Hubli, Karnataka",
            "August 2011 to June 2015",
            "12th in Mathematics",
            "Narayana Junior College -  Hyderabad, Telangana",
            "April 2009 to March 2011",
            "SSC",
            "Kendriya Vidyalaya",
            "2009",
        ]
    )

    assert [(e.level, e.field, e.institution, e.year) for e in entries] == [
        ("Bachelor", "Information science and engineering", "B.V.B College of Engineering", 2015),
        (None, "Mathematics", "Narayana Junior College", 2011),
        (None, None, "Kendriya Vidyalaya", 2009),
    ]  # fmt: skip


def test_linkedin_education_school_first_and_wrapped_field():
    entries = parse_education(
        [
            "Indian Institute of Technology, Kharagpur",
            "Master of Technology - MTech, Computer Science · (2014 - 2016)",
            "National Institute of Technology Karnataka",
            "Bachelor of Technology - BTech, Electronics and Communication",
            "Engineering · (2010 - 2014)",
        ]
    )

    assert [(e.level, e.field, e.institution, e.year) for e in entries] == [
        ("Master", "Computer Science", "Indian Institute of Technology, Kharagpur", 2016),
        ("Bachelor", ECE, "National Institute of Technology Karnataka", 2014),
    ]


def test_two_degrees_under_one_school_share_it():
    entries = parse_education(
        ["Bentley University, Waltham, MA", "MS in Accountancy, 2016", "BS, Accounting, 2015"]
    )

    assert [(e.level, e.institution) for e in entries] == [
        ("Master", "Bentley University"),
        ("Bachelor", "Bentley University"),
    ]


def test_highest_degree_ignores_school_certificates_and_look_alikes():
    parsed = parse_resume_text(
        "Arun Kumar\n123 Main Street, Boston, MA 02116\n\n"
        "EDUCATION\nBE in Mechanical Engineering, Anna University, 2012\n"
        "HSC, Kendriya Vidyalaya, 2008\n\n"
        "SKILLS\nMS Office, AutoCAD, BS 7671\n"
    )

    assert parsed.highest_degree == "Bachelor"
    assert [(e.degree, e.level, e.field) for e in parsed.education] == [
        ("BE", "Bachelor", "Mechanical Engineering"),
        ("HSC", None, None),
    ]


def test_a_doctor_of_medicine_is_the_highest_level():
    parsed = parse_resume_text(
        "Education\nMBBS, Allama Iqbal Medical College, 2010\nMD (Pediatrics), 2015\n"
    )

    assert parsed.highest_degree == "PhD"
