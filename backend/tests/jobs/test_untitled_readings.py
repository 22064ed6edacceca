"""A resume that names no job title (a plain-text export, a flattened PDF) is read by what
its jobs describe: the described work stands in for the missing titles, not the software the
skills list names, and each described job counts once, however many occupations of the same
field its duties lie near."""

from app.jobs.match_family import resume_families
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchResult
from app.resumes.parsed import ParsedResume
from tests.jobs.match_samples import SALES_POSTING, posting, resume

# In the shape of the LiveCareer resumes of bench/data with their titles removed: dated jobs
# under "Company Name : City , State", no title line.
SELLER_WITH_OFFICE_TOOLS = """Summary
Friendly and driven professional who likes meeting people and hitting targets.
Skills
Microsoft Excel, Outlook, PowerPoint, SharePoint, HTML, CSS, WordPress, Google Analytics,
Adobe Photoshop
Experience
03/2019 to Current
Company Name : City , State
Sold office furniture and supplies to small businesses by phone and in person.
Made sixty cold calls a day and booked visits with new prospects.
Closed new accounts and grew territory revenue 30 percent above quota.
06/2015 to 02/2019
Company Name : City , State
Sold business phone plans to local companies and negotiated contract renewals.
Kept the pipeline of prospects and deals up to date for the sales manager.
"""

TRAINER_WHO_SOLD_MEMBERSHIPS = """Summary
Certified personal trainer with ten years of coaching clients to their fitness goals.
Experience
01/2019 to Current
Company Name : City , State
Greeted members at the front desk, answered phone calls and sold gym memberships and personal
training packages.
01/2014 to 12/2018
Company Name : City , State
Designed personal fitness programs with cardiovascular exercise, resistance training and
stretching for each client.
Coached clients through workouts and tracked their body composition and progress.
"""

SHOP_WEB_DEVELOPER = """Summary
Developer who builds fast, accessible websites.
Skills
JavaScript, React, HTML, CSS, Node.js, Git
Experience
01/2018 to Current
Company Name : City , State
Built React pages and Node.js services for an online shop.
Wrote automated tests and reviewed pull requests.
"""


def untitled(text: str) -> ParsedResume:
    cv = resume(text)
    assert cv.experience and not any(job.title for job in cv.experience)
    return cv


def occupation_reason(result: MatchResult) -> str:
    return next(part.reason for part in result.parts if part.name == "occupation")


def top_field(cv: ParsedResume) -> str:
    spread = resume_families(cv)
    return max(spread, key=lambda family: spread[family])


def test_an_untitled_seller_listing_office_and_web_software_reads_as_sales():
    seller = untitled(SELLER_WITH_OFFICE_TOOLS)
    assert top_field(seller) == "sales"
    result = match_resume_to_job(seller, posting(SALES_POSTING))
    assert "Your jobs and skills are in sales" in occupation_reason(result)


def test_an_untitled_trainer_who_sold_memberships_is_not_taken_for_a_salesperson():
    job = posting(SALES_POSTING)
    seller = match_resume_to_job(untitled(SELLER_WITH_OFFICE_TOOLS), job)
    trainer = match_resume_to_job(untitled(TRAINER_WHO_SOLD_MEMBERSHIPS), job)
    assert top_field(untitled(TRAINER_WHO_SOLD_MEMBERSHIPS)) != "sales"
    assert seller.score >= trainer.score + 25


def test_an_untitled_web_developer_of_an_online_shop_is_not_taken_for_a_salesperson():
    # The shop's duties lie a little near several sales occupations; that job still counts
    # once, as the developer's work.
    job = posting(SALES_POSTING)
    developer = untitled(SHOP_WEB_DEVELOPER)
    assert resume_families(developer)["computing"] > 0.7
    seller = match_resume_to_job(untitled(SELLER_WITH_OFFICE_TOOLS), job)
    assert seller.score >= match_resume_to_job(developer, job).score + 35
