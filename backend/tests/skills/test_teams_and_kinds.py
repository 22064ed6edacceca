"""Skills read from the wrong context (issue 10): a team, department or colleagues named in
prose, a word describing a team or the workplace, a kind of tool ("programming languages"),
a skill said not to be needed after it. The sentences are written here, not taken from a
bench set."""

from app.jobs.parsing import parse_job_description
from app.resumes.parsing.parser import parse_resume_text
from app.skills.finder import get_skill_finder


def _names(text: str) -> list[str]:
    return get_skill_finder().names(text)


def test_a_team_or_department_someone_works_with_is_not_their_skill():
    assert _names("Worked with the sales team on the spring launch.") == []
    assert _names("Reported to the finance department every month.") == []
    assert _names("You will work alongside our sales and marketing colleagues.") == []
    assert _names("Partnered with the HR, legal and accounting teams on the merger.") == []
    assert _names("Provided support to the customer service department.") == []
    assert _names("Presented the roadmap to the data science team.") == []


def test_colleagues_named_by_their_role_or_department_name_are_not_skills():
    assert (
        _names("You will sit alongside product managers, UX designers and data scientists.") == []
    )
    assert _names("Liaise with Sales, Marketing and Customer Success to plan launches.") == []
    assert _names("Collaborate with DevOps to release with Terraform.") == ["Terraform"]


def test_a_team_of_ones_own_keeps_its_field():
    assert _names("Led a 12-person sales team across the region.") == ["Sales"]
    assert _names("Three years of experience in sales teams.") == ["Sales"]
    assert _names("Led sales for the northern region.") == ["Sales"]
    assert _names("Responsible for the regional sales team.") == ["Sales"]
    assert _names("Hiring Java developers for the payments squad.") == ["Java"]
    assert _names("Experience with Agile teams and Jira.") == ["Agile", "Jira"]
    assert _names("Coach and mentor teams on testing.") == ["Coaching", "Mentoring"]


def test_a_word_describing_the_team_or_the_workplace_is_not_asked_for():
    assert _names("Join a curious team of engineers who ship weekly.") == []
    assert _names("A collaborative, trusting environment for everyone.") == []
    assert _names("We are an empathetic and fun workplace.") == []
    assert _names("This is done in close collaboration with the lab.") == []
    assert _names("You are curious and collaborative.") == ["Curiosity", "Collaboration"]
    assert _names("You have worked in an agile environment.") == ["Agile"]
    assert _names("You have shipped in a cloud-native environment.") == ["Cloud-Native"]


def test_stakeholders_named_as_people_are_not_stakeholder_management():
    assert _names("Results are shared with stakeholders in the spring.") == []
    assert _names("Managed the expectations of senior stakeholders.") == ["Stakeholder Management"]


def test_a_kind_of_tool_is_not_a_skill_anywhere():
    assert _names("Strong knowledge of programming languages.") == []
    resume = parse_resume_text(
        "Asha Rao\nasha@example.com\n\nSKILLS\nTools: Git, programming languages\n"
        "Software libraries, Pandas\n"
    )
    assert [skill.name for skill in resume.skills] == ["Git", "Pandas"]


def test_a_skill_said_not_to_be_needed_after_it_is_not_asked_for():
    assert _names("Python (not required) and SQL (not essential).") == []
    assert _names("Neither Kotlin nor Swift is required.") == []
    assert _names("Terraform is no requirement here.") == []
    assert _names("Excel (not required but a plus).") == ["Excel"]
    assert _names("Either Kotlin or Swift.") == ["Kotlin", "Swift"]


def test_a_resume_keeps_what_the_candidate_did_and_not_whom_they_worked_with():
    resume = parse_resume_text(
        "Ravi Kumar\nravi@example.com\n\nSUMMARY\nAccount executive with sales experience.\n\n"
        "EXPERIENCE\nAccount Executive, Northwind, Jan 2019 - Present\n"
        "- Partnered with marketing and product teams on launches.\n"
        "- Worked alongside our HR colleagues to onboard new hires.\n"
        "- Reported to the finance department on budgets.\n\n"
        "SKILLS\nSalesforce, Negotiation\n"
    )
    names = {skill.name.lower() for skill in resume.skills}
    assert {"salesforce", "negotiation", "sales"} <= names
    assert not {"marketing", "hr", "human resources", "finance", "accounting"} & names


def test_a_postings_own_stack_described_is_not_asked_for():
    job = parse_job_description(
        "Requirements:\n- 3+ years of Java\n"
        "- Java and Groovy for our back-end applications.\n"
        "- Kafka powers our event pipeline.\n"
        "- Use Terraform for our infrastructure.\n"
        "- You will work alongside our sales and marketing colleagues.\n"
    )
    assert job.required_skills == ["Java", "Terraform"]
    assert job.nice_to_have_skills == []
