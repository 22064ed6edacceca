"""Matching within a field: a posting whose title names its kind of work (Java, Selenium
testing) ranks the resumes that do that work above others of the same field, and says why."""

from dataclasses import replace

from app.jobs.match_family import with_fields
from app.jobs.match_occupation import assess_occupation
from app.jobs.match_specialism import assess_specialism, job_profile, resume_evidence
from app.jobs.matching import SURE_AGREEMENT, match_resume_to_job, specialism_lift
from app.jobs.parsed import MatchResult
from app.skills.taxonomy import get_taxonomy
from tests.jobs.match_samples import posting, resume

# Both resumes are software work and both name Java, Spring and Selenium: what tells them
# apart is what each candidate did.
JAVA_DEVELOPER = """Marta Kowalczyk
marta.k@example.com

Summary
Java developer with 6 years building Spring Boot microservices and REST APIs for banking.

Experience
Java Developer, Northbank
Mar 2021 - Present
- Built Java 17 and Spring Boot microservices for card payments, with Hibernate and PostgreSQL
- Designed REST APIs and Kafka consumers handling 2 million transactions a day
- Moved the monolith's Spring MVC modules to Spring Boot services on Kubernetes

Software Developer, Finlink
Jun 2018 - Feb 2021
- Developed Java EE and Spring applications for loan processing with Oracle and Maven
- Wrote JUnit tests and reviewed code for the Java team

Skills
Java, Spring Boot, Spring, Hibernate, PostgreSQL, Kafka, REST APIs, Maven, JUnit, Selenium
"""

SELENIUM_TESTER = """Ravi Shah
ravi.shah@example.com

Summary
Test automation engineer with 5 years of experience in Selenium WebDriver, TestNG and Cucumber,
with a background in Java, J2EE, Spring, Hibernate, HTML, CSS, JavaScript, AngularJS, SQL,
MySQL, Oracle, Jenkins, Maven, Git and Agile.

Experience
Test Automation Engineer, Retailhub
Jan 2021 - Present
- Built a Selenium WebDriver and TestNG framework for the web shop's regression suite
- Wrote Cucumber scenarios for checkout and ran the suites in Jenkins on every merge
- Logged and triaged defects in Jira and led test planning for each release

QA Tester, Claimsoft
Jul 2019 - Dec 2020
- Ran manual and automated regression testing of the claims portal with Selenium
- Wrote test cases and test plans and reported defects to the developers

Skills
Selenium WebDriver, TestNG, Cucumber, Test Automation, Regression Testing, Java, J2EE, Spring,
Spring Boot, Hibernate, HTML, CSS, JavaScript, AngularJS, SQL, MySQL, Oracle, Jenkins, Maven,
Git, Jira, Agile
"""

JAVA_POSTING = """Java Developer

We are looking for a Java developer to join the team building our trading platform.

Responsibilities:
- Design and build Java services with Spring Boot
- Write clean, tested code and review your colleagues' pull requests
- Work with the product team on new features

Requirements:
- 3+ years of commercial Java development
- Spring, Hibernate and SQL
- Experience with Git and Agile teams
"""

TESTER_POSTING = """Selenium Test Automation Engineer

Join our quality team and help us release with confidence.

Responsibilities:
- Build and maintain automated regression tests with Selenium WebDriver
- Run the test suites in Jenkins and report defects in Jira
- Plan testing with the developers for every release

Requirements:
- 3+ years of test automation with Selenium
- Java, TestNG or Cucumber
- Experience with Git and Agile teams
"""


def match(resume_text: str, posting_text: str) -> MatchResult:
    return match_resume_to_job(resume(resume_text), posting(posting_text))


def test_a_java_posting_ranks_the_java_developer_above_the_selenium_tester():
    developer = match(JAVA_DEVELOPER, JAVA_POSTING)
    tester = match(SELENIUM_TESTER, JAVA_POSTING)
    assert developer.score > tester.score


def test_a_selenium_posting_ranks_the_tester_above_the_java_developer():
    tester = match(SELENIUM_TESTER, TESTER_POSTING)
    developer = match(JAVA_DEVELOPER, TESTER_POSTING)
    assert tester.score > developer.score


def test_the_specialism_reads_what_the_work_shows_not_what_is_listed():
    taxonomy = get_taxonomy()
    job = posting(JAVA_POSTING)
    developer = assess_specialism(resume(JAVA_DEVELOPER), job, taxonomy)
    tester = assess_specialism(resume(SELENIUM_TESTER), job, taxonomy)
    assert developer.applies and developer.core == ("Java",)
    # Both name Java; the tester's long list spreads thin and the developer's jobs show it.
    assert developer.score > tester.score


def test_the_explanation_names_the_core_skills_that_decide():
    developer = match(JAVA_DEVELOPER, JAVA_POSTING)
    sentence = "Both are computing work; the posting's core skill Java appears in your experience."
    assert sentence in developer.explanation
    assert sentence in {part.name: part for part in developer.parts}["skills"].reason
    tester = match(JAVA_DEVELOPER, TESTER_POSTING)
    assert "Selenium" in tester.explanation


def test_a_posting_whose_title_names_no_skill_has_no_specialism():
    job = posting(JAVA_POSTING.replace("Java Developer\n", "Software Engineer\n", 1))
    specialism = assess_specialism(resume(JAVA_DEVELOPER), job, get_taxonomy())
    assert not specialism.applies
    assert "core skill" not in match_resume_to_job(resume(JAVA_DEVELOPER), job).explanation


PYTHON_DEVELOPER = """Lena Fischer
lena.f@example.com

Summary
Python developer with 5 years building Django web applications and REST APIs.

Experience
Python Developer, Shopline
Feb 2021 - Present
- Built Django and Django REST Framework services for the online shop with PostgreSQL
- Wrote Celery tasks and Redis caching for order processing
- Reviewed pull requests and wrote pytest suites for the team

Software Developer, Datacraft
May 2018 - Jan 2021
- Developed Flask APIs and data pipelines in Python with SQL and Git

Skills
Python, Django, Flask, PostgreSQL, Redis, Celery, REST APIs, SQL, Git, Agile
"""

# Java throughout the work, but the work is testing gearboxes: another field of work.
RIG_ENGINEER = """Tom Berger
tom.b@example.com

Summary
Test engineer for industrial machines with 7 years of Java tools for test rigs.

Experience
Test Engineer, Rotatek
Mar 2020 - Present
- Wrote Java programs with Spring Boot to drive gearbox test rigs and log the results in SQL
- Designed gearbox housings in SolidWorks and checked them with FEA in Ansys
- Built Java tools with Hibernate that automate tolerance stack-up calculations

Mechanical Engineer, Pumpworks
Jun 2017 - Feb 2020
- Drew pump parts in AutoCAD and wrote Java scripts for the machine shop's CNC files

Skills
Java, Spring Boot, Hibernate, SQL, SolidWorks, Ansys, AutoCAD, FEA, Git, Mechanical Design
"""


def occupation_part(result: MatchResult) -> int:
    return {part.name: part for part in result.parts}["occupation"].score


def test_the_java_developer_s_occupation_is_lifted_by_the_specialism():
    job, developer = posting(JAVA_POSTING), resume(JAVA_DEVELOPER)
    plain = with_fields(assess_occupation(developer, job), developer, job)
    result = match(JAVA_DEVELOPER, JAVA_POSTING)
    assert occupation_part(result) > round(100 * plain.score)
    assert result.score > match(SELENIUM_TESTER, JAVA_POSTING).score


def test_a_resume_read_only_partly_as_the_posting_s_field_is_not_lifted():
    job, developer = posting(JAVA_POSTING), resume(JAVA_DEVELOPER)
    fit = with_fields(assess_occupation(developer, job), developer, job)
    specialism = assess_specialism(developer, job, get_taxonomy())
    assert specialism_lift(fit, specialism).score > fit.score
    # An engineer's resume that reads partly as computing has the agreement of a near field.
    partly = replace(fit, field_agreement=SURE_AGREEMENT - 0.1)
    assert specialism_lift(partly, specialism) == partly


def test_a_same_field_resume_without_the_title_skill_stays_above_another_field_s_with_it():
    python_developer = match(PYTHON_DEVELOPER, JAVA_POSTING)
    rig_engineer = match(RIG_ENGINEER, JAVA_POSTING)
    assert "Java" not in python_developer.matched_skills
    assert python_developer.score > rig_engineer.score


TESTER_TITLED_POSTING = """Software Tester

We are looking for a tester to join the team that releases our banking apps.

Responsibilities:
- Plan and run manual and automated tests for every release
- Report defects in Jira and check the fixes

Requirements:
- 2+ years of software testing
- Java, SQL and Git
"""

DOTNET_DEVELOPER = """Omar Haddad
omar.h@example.com

Summary
.NET developer with 6 years building ASP.NET MVC and C# web applications.

Experience
ASP.NET Developer, Claimsoft
Mar 2020 - Present
- Built ASP.NET Core and C# services for insurance claims with Entity Framework and SQL Server
- Moved the ASP.NET MVC portal to .NET 6 and Azure

Skills
C#, ASP.NET, .NET, Entity Framework, SQL Server, Azure, Git, Java
"""


def test_a_tester_s_title_names_software_testing_as_the_posting_s_core():
    taxonomy = get_taxonomy()
    job = posting(TESTER_TITLED_POSTING)
    tester = assess_specialism(resume(SELENIUM_TESTER), job, taxonomy)
    developer = assess_specialism(resume(JAVA_DEVELOPER), job, taxonomy)
    assert tester.applies and tester.core == ("Software Testing",)
    assert tester.score > developer.score


# A body that names no stack: only the title tells a .NET post from a Java one.
PLAIN_DEVELOPER_BODY = """
We are looking for a developer to join the team building our insurance platform.

Responsibilities:
- Build and maintain the services behind our web portal
- Write clean, tested code and review your colleagues' pull requests

Requirements:
- 3+ years of commercial software development
- Experience with Git and Agile teams
"""


def test_a_net_title_stripped_of_its_dot_names_net():
    taxonomy = get_taxonomy()
    for title, core in ((". NET Developer", ".NET"), ("Senior Developer ASPNET", "ASP.NET")):
        job = posting(title + "\n" + PLAIN_DEVELOPER_BODY)
        dotnet = assess_specialism(resume(DOTNET_DEVELOPER), job, taxonomy)
        java = assess_specialism(resume(JAVA_DEVELOPER), job, taxonomy)
        assert dotnet.applies and core in dotnet.core
        assert dotnet.score > java.score


def test_a_web_developer_title_names_web_development_on_both_sides():
    taxonomy = get_taxonomy()
    job = posting(JAVA_POSTING.replace("Java Developer\n", "Web Developer\n", 1))
    web = resume(PYTHON_DEVELOPER.replace("Python Developer, Shopline", "Web Developer, Shopline"))
    assert "Web Development" in job_profile(job, taxonomy)[0]
    assert "Web Development" in resume_evidence(web, taxonomy)[2]
    assert "Web Development" not in resume_evidence(resume(JAVA_DEVELOPER), taxonomy)[2]


def _graduate(role: str, degree_field: str) -> str:
    return (
        f"Arjun Mehta\narjun.mehta@example.com\nPost Applied For: {role}\n"
        f"EDUCATION\nB.Tech in {degree_field}, VIT University, 2019\n"
        "SKILLS\nAutoCAD, MS Office\n"
    )


def test_a_graduate_without_jobs_shows_the_specialism_they_state_and_studied():
    job = posting("Mechanical Engineer\n\nRequirements:\n- Design of pumps and gearboxes\n")
    taxonomy = get_taxonomy()

    mechanical = assess_specialism(
        resume(_graduate("Mechanical Engineer", "Mechanical Engineering")), job, taxonomy
    )
    civil = assess_specialism(
        resume(_graduate("Civil Engineer", "Civil Engineering")), job, taxonomy
    )
    studied_only = assess_specialism(
        resume(_graduate("Graduate Trainee", "Mechanical Engineering")), job, taxonomy
    )

    assert mechanical.core == ("Mechanical Engineering",)
    assert mechanical.shown == ("Mechanical Engineering",)
    assert studied_only.shown == ("Mechanical Engineering",)
    assert civil.shown == ()
    assert mechanical.score > civil.score
    assert studied_only.score > civil.score


def test_a_degree_counts_for_its_discipline_not_for_the_words_in_its_name():
    text = (
        "Anu Thomas\nanu@example.com\nPost Applied For: Electrical Engineer\nEDUCATION\n"
        "B.Tech in Electronics and Communication Engineering, Kerala University, 2016\n"
    )

    _, mentions, _ = resume_evidence(resume(text), get_taxonomy())

    assert "Communication" not in mentions
    assert "Electrical Engineering" in mentions
