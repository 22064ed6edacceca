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
    teaching, engineering = find_degree("M.Ed. in ECE"), find_degree("B.Tech in ECE")
    assert teaching is not None and teaching.field == "ECE"
    assert engineering is not None and engineering.field == ECE


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
    degree = find_degree(line, in_education=True)
    assert degree is None or degree.level is None


@pytest.mark.parametrize(
    "line", ["HSC", "SSC", "12th in Mathematics", "10th", "High School Diploma", "Class XII (ISC)"]
)
def test_school_leaving_qualifications_have_no_degree_level(line):
    assert find_degree(line) is None
    in_education = find_degree(line, in_education=True)
    assert in_education is not None and in_education.level is None


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


# --- forms met in real resumes (issue 10) ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        # Postgraduate diplomas: management ones rank with an MBA, the others with the Bachelor's
        # their holder needed to enrol
        ("PGDM (Marketing), IIM Lucknow, 2015", "Master", "Marketing"),
        ("PGDBA in Finance", "Master", "Finance"),
        ("PGPM", "Master", None),
        ("Post Graduate Diploma in Business Management", "Master", "Business Management"),
        ("PG Diploma in Data Science, IIIT Bangalore", "Bachelor", "Data Science"),
        ("Post Graduate Diploma in Computer Applications", "Bachelor", "Computer Applications"),
        ("PGDCA from MCU Bhopal", "Bachelor", None),
        ("Post graduation diploma in Industrial Safety", "Bachelor", "Industrial Safety"),
        ("PG Dip : Labour Law , 1997", "Bachelor", "Labour Law"),
        ("Graduate Diploma in Accounting", "Bachelor", "Accounting"),
        ("Post Graduate Degree", "Master", None),
        # US associate degrees, as LiveCareer and Indeed write them
        ("Associates of Applied Science : Medical Coding", "Associate", "Medical Coding"),
        ("Associates of Arts (AA) : Information Technology", "Associate", "Information Technology"),
        ("Associate Degree , Physics, Chemistry and Mathematics", "Associate", "Physics"),
        ("Associate Of Arts", "Associate", None),
        ("Associates in Business", "Associate", "Business"),
        ("ADN : Nursing , 2000", "Associate", "Nursing"),
        ("AAS Nursing", "Associate", "Nursing"),
        ("D.Pharm", "Associate", None),
        ("Dip : Computer Technology , 2000", "Associate", "Computer Technology"),
        # "Degree : Field"
        ("Bachelor : Psychology", "Bachelor", "Psychology"),
        ("Master , Digital & Social Media Marketing", "Master", "Digital & Social Media Marketing"),
        ("Bachelor\u2019s Degree in Psychology", "Bachelor", "Psychology"),
        ("Master's in Finance", "Master", "Finance"),
        # Indian degrees
        ("B. Com", "Bachelor", None),
        ("B Com (Computers)", "Bachelor", "Computers"),
        ("BCA from IGNOU", "Bachelor", None),
        ("M. Com.", "Master", None),
        ("MSW (Social Work)", "Master", "Social Work"),
        ("LL.M.", "Master", None),
        ("M.B.B.S.", "Bachelor", None),
        ("DNB (Orthopaedics)", "PhD", "Orthopaedics"),
        ("M.D. (General Medicine)", "PhD", "General Medicine"),
        ("Pharm D", "PhD", None),
        ("B. Arch.", "Bachelor", None),
        ("B.P.Ed", "Bachelor", None),
        ("M.P.Ed", "Master", None),
        ("BJMC", "Bachelor", None),
        ("BSW", "Bachelor", None),
        ("B.S.W", "Bachelor", None),
        ("M.Lib.I.Sc", "Master", None),
        ("MFA, Creative Writing", "Master", "Creative Writing"),
        ("M.Ch (Neurosurgery)", "PhD", "Neurosurgery"),
        ("LL.D.", "PhD", None),
        ("M.M.S.", "Master", None),
        ("EMBA", "Master", None),
        ("BScIT Mumbai University", "Bachelor", None),
        ("UG: BE", "Bachelor", None),
        ("Graduation - BA", "Bachelor", None),
        # dots and spaces, also once an export has dropped the dots
        ("M . Tech", "Master", None),
        ("B. E. (Computer Science)", "Bachelor", "Computer Science"),
        ("B E in Computer Science", "Bachelor", "Computer Science"),
        ("M E Power Systems", "Master", "Power Systems"),
        ("M S in Data Science", "Master", "Data Science"),
        # two degrees at once: the higher counts
        ("BS/MS in Computer Science", "Master", "Computer Science"),
        ("MS & BS", "Master", None),
        # degrees still being studied count at their level
        ("Pursuing MBA", "Master", None),
        ("MBA (Pursuing)", "Master", None),
        ("B.Tech (Expected 2025)", "Bachelor", None),
        ("Currently pursuing B.Sc Computer Science", "Bachelor", "Computer Science"),
        # doctorates
        ("Juris Doctor", "PhD", None),
        ("D.Litt", "PhD", None),
        # French, German, Spanish
        ("Licence en Informatique", "Bachelor", "Informatique"),
        ("Maîtrise de Gestion", "Master", "Gestion"),
        ("Dipl.-Ing. Maschinenbau", "Master", "Maschinenbau"),
        ("Staatsexamen", "Master", None),
        ("Licenciatura en Administración de Empresas", "Bachelor", "Administración de Empresas"),
        ("Grado en Ingeniería Informática", "Bachelor", "Ingeniería Informática"),
        ("Máster en Big Data", "Master", "Big Data"),
        ("Bac +5", "Master", None),
        ("Bac+3", "Bachelor", None),
    ],
)  # fmt: skip
def test_real_world_degree_forms_with_their_level_and_field(line, level, field):
    degree = find_degree(line, in_education=True)

    assert degree is not None, line
    assert (degree.level, degree.field) == (level, field)


@pytest.mark.parametrize(
    "line",
    [
        "HS Diploma",
        "High School Diploma : Advanced Diploma , 2012",
        "S.S.L.C",
        "GED",
        "Intermediate (MPC)",
        "CBSE Class XII",
        "Matriculation",
        "MS CIT",
    ],
)
def test_school_certificates_are_never_a_degree_level(line):
    degree = find_degree(line, in_education=True)

    assert degree is None or degree.level is None


@pytest.mark.parametrize(
    "line",
    [
        "ECDL European Computer Driving Licence Certificate",
        "Marital Status : Bachelor",
        "Marital Status: Bachelor, Nationality: Indian",
        "Smith & Associates: Analyst",
        "Research Associate in Biology",
        "AWS Certified Solutions Architect - Associate Level",
        "Completed 57 credits towards Associates of Arts Degree",
        "Advanced coursework of 18 credit hours toward Master's Degree.",
        "Boston, MA",
        "Harvard University, Boston, MA in 2015",
        "Daily collaboration with designers, Scrum Master, BA, DEV and QA",
        "High-Level Design HLD, Low-Level Design LLD and Bill of Materials",
        "Azure MFA, Intune and Conditional Access",
        "A reachable employee who quickly learns and masters new concepts",
        "MCH programme officer",
    ],
)
def test_look_alikes_and_unearned_degrees_have_no_level(line):
    degree = find_degree(line, in_education=True)

    assert degree is None or degree.level is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["BCA IGNOU 2012 MCA IGNOU 2014"], [("Bachelor", 2012), ("Master", 2014)]),
        (["BSc Physics, MSc Physics - Delhi University"], [("Bachelor", None), ("Master", None)]),
        (["B.E. Mechanical 2010; MBA Finance 2013"], [("Bachelor", 2010), ("Master", 2013)]),
        (["Master of Education (M.Ed.), Curriculum and Instruction 2018"], [("Master", 2018)]),
        (["Bachelor of Science in Nursing (BSN), 2015"], [("Bachelor", 2015)]),
    ],
)
def test_several_degrees_on_one_line_are_each_an_entry(lines, expected):
    entries = parse_education(lines)

    assert [(entry.level, entry.year) for entry in entries] == expected


@pytest.mark.parametrize(
    ("education", "highest"),
    [
        # a diploma after a Bachelor's is not a Master's
        ("B.Sc Computer Science, Nagpur University, 2011\nPGDCA, MCU Bhopal, 2012\n", "Bachelor"),
        ("B.Com, Pune University, 2013\nPGDM (Finance), Symbiosis, 2015\n", "Master"),
        # the degree being studied is the highest
        (
            "BBA, Amity University, 2021\nMBA (pursuing), Amity University, 2022 - Present\n",
            "Master",
        ),
        ("Intermediate (MPC), Narayana Junior College, 2019\nB.Tech (Expected 2025)\n", "Bachelor"),
        # school certificates alone give no degree
        ("HSC, Maharashtra State Board, 2012\nSSC, Maharashtra State Board, 2010\n", None),
        ("High School Diploma, Lincoln High School, 2015\nGED\n", None),
        ("Diploma in Civil Engineering, Govt Polytechnic, 2014\nSSC, 2011\n", "Associate"),
        ("MBBS, AIIMS Delhi, 2012\nDNB (Orthopaedics), 2017\n", "PhD"),
    ],
)
def test_the_highest_degree_of_an_education_section(education, highest):
    parsed = parse_resume_text(f"Asha Rao\nasha.rao@example.com\n\nEDUCATION\n{education}")

    assert parsed.highest_degree == highest


FLAT_INDEED = (
    "Ravi Kumar Chennai Tamil Nadu Seeking a role in the Education sector Work Experience "
    "Teacher ABC School Chennai Tamil Nadu June 2016 to Present Taught mathematics to high "
    "school students Education {education} Skills Teaching Lesson planning MS Office"
)


@pytest.mark.parametrize(
    ("education", "highest"),
    [
        (
            "BE in Mechanical Engineering Anna University Chennai Tamil Nadu 2010 to 2014",
            "Bachelor",
        ),
        ("MA in English Madras University 2013 BA in English Loyola College 2011", "Master"),
        ("B E in Mechanical Engineering Anna University 2014 M E in Thermal Engineering", "Master"),
        (
            "Higher Secondary12th Pass Senior Secondary School Kiratpur Punjab Bachelors degree "
            "in Computer Application Punjabi University Patiala 2015",
            "Bachelor",
        ),
        ("BE in Mechanical Engineering Anna University ME in Thermal Engineering PSG", "Master"),
    ],
)
def test_a_flattened_export_finds_its_education_after_the_word_education_in_prose(
    education, highest
):
    """Indeed's PDFs read as one line: "Education" in the summary is not the heading; the
    heading is the one a degree or a school certificate follows, two-letter forms included."""
    parsed = parse_resume_text(FLAT_INDEED.format(education=education))

    assert parsed.highest_degree == highest
