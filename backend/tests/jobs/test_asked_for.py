"""What a posting asks for, as the parsed posting shows it: a skill said not to be needed is
not asked for, a nice-to-have however it is worded is not required, and what the team or
colleagues use is not asked of the candidate (issue 10)."""

from app.jobs.parsing import parse_job_description


def test_a_skill_said_not_to_be_needed_after_it_is_not_asked_for():
    job = parse_job_description(
        "Junior Data Analyst\n\nRequirements:\n"
        "- Strong Excel and Python\n"
        "- SQL is not required: we will teach you\n"
        "- Experience with Salesforce is not necessary\n"
        "- Java not needed\n"
        "- There is no need for a Tableau certification\n"
    )
    assert job.required_skills == ["Excel", "Python"]
    assert job.nice_to_have_skills == []


def test_negations_of_something_else_keep_the_skill():
    job = parse_job_description(
        "Site Reliability Engineer\n\nRequirements:\n"
        "- Not only Terraform but also Ansible\n"
        "- Whether or not you have used Docker, you know Linux well\n"
        "- Not a single Kubernetes outage last year: you will keep it that way\n"
        "- You must know Python, a degree is not required\n"
        "- Excel is a plus but not required\n"
        "- Power BI is not required but would be a plus\n"
    )
    assert job.required_skills == [
        "Site Reliability Engineering",
        "Terraform",
        "Ansible",
        "Docker",
        "Linux",
        "Kubernetes",
        "Python",
    ]
    assert job.nice_to_have_skills == ["Excel", "Power BI"]


def test_every_wording_of_a_nice_to_have_keeps_it_out_of_the_requirements():
    job = parse_job_description(
        "Software Engineer\n\nRequirements:\n"
        "- Proficiency in one or more languages - Java and JavaScript preferable\n"
        "- Data warehousing/ETL experience would be useful\n"
        "- Scaled Agile (SAFe) expertise is big plus\n"
        "- A familiarity with Tableau would also be ideal\n"
        "- You must be highly skilled in PHP and CSS, experience with Vue would be highly"
        " beneficial\n"
    )
    assert job.required_skills == ["PHP", "CSS"]
    assert job.nice_to_have_skills == [
        "Java",
        "JavaScript",
        "Data Warehousing",
        "ETL",
        "SAFe",
        "Tableau",
        "Vue.js",
    ]


def test_pay_with_a_bonus_makes_nothing_optional_and_a_run_in_desirable_list_does():
    paid = parse_job_description(
        "Field Sales Engineer. Salary up to 40k + bonus. Candidates must know AutoCAD."
    )
    assert "AutoCAD" in paid.required_skills and paid.nice_to_have_skills == []

    pasted = parse_job_description(
        "Embedded Software Engineer. 5 years of C and C++ development, UML modelling"
        " Desirable Criteria: Agile, Scrum and Jira."
    )
    assert {"C", "C++", "UML"} <= set(pasted.required_skills)
    assert pasted.nice_to_have_skills == ["Agile", "Scrum", "Jira"]


def test_a_run_in_nice_to_have_label_covers_its_sentences_up_to_the_next_label():
    # An ad pasted on one line: "etc." ends sentences inside the optional block.
    pasted = parse_job_description(
        "Java Developer. Essential (all at least 3 years): desktop applications in Java,"
        " JUnit tests. Desirable: Hibernate persistence. Knowledge of GUI toolkits"
        " such as JavaFX, Qt, etc. Knowledge of CI tools such as Jenkins. Essential: Git and"
        " SVN. Nice to Have: Docker, etc. Some Kubernetes."
    )
    assert pasted.required_skills == ["Java", "JUnit", "Git", "Subversion"]
    assert pasted.nice_to_have_skills == ["Hibernate", "Qt", "Jenkins", "Docker", "Kubernetes"]

    # A line break ends the label's reach as a heading would.
    on_lines = parse_job_description(
        "Java Developer\n\nRequirements:\n"
        "- Desirable: Hibernate. Some Docker.\n"
        "- Experience with Jenkins"
    )
    assert on_lines.nice_to_have_skills == ["Hibernate", "Docker"]
    assert on_lines.required_skills == ["Java", "Jenkins"]


def test_what_the_team_and_colleagues_use_is_not_asked_of_the_candidate():
    job = parse_job_description(
        "Data Engineer\n\nResponsibilities:\n"
        "- You'll join a team of data scientists who use Apache Spark\n"
        "- Our data engineers maintain the pipelines in Airflow.\n"
        "- You work hand in hand with UX, QA and the Product Owner\n"
        "- Build reports in Tableau\n\n"
        "Requirements:\n"
        "- We use Python daily, so strong Python is a must\n"
        "- Experience with Agile teams\n"
    )
    named = job.required_skills + job.nice_to_have_skills
    assert {"Tableau", "Python", "Agile"} <= set(job.required_skills)
    assert not {
        "Apache Spark",
        "Apache Airflow",
        "UX Design",
        "Software Testing",
        "Product Management",
    } & set(named)


def test_what_colleagues_named_by_their_role_or_department_use_is_not_asked_for():
    job = parse_job_description(
        "Backend Engineer\n\nResponsibilities:\n"
        "- You will work alongside our data engineers, who build pipelines in Apache Spark\n"
        "- Partner with fellow technologists from across Product Development and Quantitative"
        " Research to build our pricing API in Python\n"
        "- Collaborate with the vendor's account team and the internal Quality Assurance team"
        " to fix firmware bugs\n"
        "- Write services in Go\n"
    )
    named = job.required_skills + job.nice_to_have_skills
    assert {"Python", "Go"} <= set(job.required_skills)
    assert not {"Apache Spark", "Research Methods", "Software Testing"} & set(named)


def test_a_kind_of_skill_before_its_examples_asks_for_the_examples():
    listed = parse_job_description(
        "Software Engineer\n\nRequirements:\n"
        "- Proficiency with programming languages such as Java, C++ or Python\n"
        "- Proficiency in one or more modern programming languages - Go and Rust\n"
    )
    assert {"Java", "C++", "Python", "Go", "Rust"} <= set(listed.required_skills)
    assert "Programming languages" not in listed.required_skills

    unlisted = parse_job_description(
        "Software Engineer\n\nRequirements:\n"
        "- Experience in one or more major programming languages\n"
        "- Python (Django) and Java - Spring Boot\n"
    )
    assert {"Python", "Django", "Java"} <= set(unlisted.required_skills)
    # A kind asked for without examples is still no skill a resume could show.
    assert "Programming languages" not in unlisted.required_skills


def test_a_skill_not_required_but_welcome_in_any_wording_is_a_nice_to_have():
    job = parse_job_description(
        "Data Analyst\n\nRequirements:\n"
        "- Strong Excel\n"
        "- SQL is not required but would be valuable\n"
        "- Python is not required but would be an asset\n"
    )
    assert job.required_skills == ["Excel"]
    assert job.nice_to_have_skills == ["SQL", "Python"]
