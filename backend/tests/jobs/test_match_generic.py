"""What decides a field is the work, not what every office job shares: tools on every desk
(Excel, Word, Outlook) say next to nothing about a candidate's occupation, so a resume that
lists only those and has lost its job titles is read by the work it describes."""

from app.jobs.match_occupation import skill_readings
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchPart, MatchResult
from app.resumes.parsed import ParsedResume, ResumeSkill
from tests.jobs.match_samples import posting, resume

OFFICE_TOOLS = ["Microsoft Excel", "Microsoft Word", "Microsoft PowerPoint", "Microsoft Outlook"]

PAYROLL_POSTING = """Payroll Administrator

We are looking for a payroll administrator to join our finance team.

Responsibilities:
- Process the monthly payroll for 600 employees, including starters and leavers
- Calculate tax, national insurance and pension deductions
- Reconcile payroll accounts and prepare journals for the general ledger
- Answer employee queries about pay and deductions

Requirements:
- 2+ years of payroll experience
- Sage Payroll, Microsoft Excel
"""

BOOKKEEPER_RESUME = """Ruth Adebayo
ruth.adebayo@example.com

Summary
Detail-minded bookkeeper who keeps small firms' accounts in order.

Experience
Bookkeeper, Marsh & Co Accountants
Mar 2019 - Present
- Ran the weekly and monthly payroll for 14 client companies, with tax and pension deductions
- Reconciled bank and payroll accounts and posted journals to the general ledger
- Prepared VAT returns and month-end reports for the partners

Skills
Microsoft Excel, Microsoft Word, Microsoft PowerPoint, Microsoft Outlook
"""

RECEPTIONIST_RESUME = """Tom Hale
tom.hale@example.com

Summary
Friendly receptionist who keeps a busy practice running.

Experience
Receptionist, Riverside Dental Practice
Jan 2018 - Present
- Greeted patients, booked appointments and answered the phones
- Kept the appointment diary and sent reminder letters
- Ordered stationery and kept the waiting room tidy

Skills
Microsoft Excel, Microsoft Word, Microsoft PowerPoint, Microsoft Outlook
"""


def without_titles(text: str) -> ParsedResume:
    """The resume as a flattened PDF may read: its jobs described, their titles lost."""
    cv = resume(text)
    for job in cv.experience:
        job.title = None
    return cv


def occupation_part(result: MatchResult) -> MatchPart:
    return next(part for part in result.parts if part.name == "occupation")


def test_office_tools_alone_do_not_name_an_occupation():
    cv = resume(RECEPTIONIST_RESUME)
    cv.skills = [ResumeSkill(name=name, category="tool") for name in OFFICE_TOOLS]
    assert skill_readings(cv) == ()


def test_a_resume_without_titles_and_only_office_tools_is_read_by_its_described_work():
    job = posting(PAYROLL_POSTING)
    bookkeeper = match_resume_to_job(without_titles(BOOKKEEPER_RESUME), job)
    receptionist = match_resume_to_job(without_titles(RECEPTIONIST_RESUME), job)
    assert occupation_part(bookkeeper).reason.startswith("Your described work points to")
    assert bookkeeper.score >= receptionist.score + 10
