"""Where a title says little or misleads, the match still reads each side's field of work: a
title keeps its head noun, a rank word names the trade before it, duties and described work
stand in for titles that read as nothing, and a generic title takes its field from the work.
Each rule: one posting, two resumes, the one of the posting's field ranks first."""

from app.jobs.match_family import _job_families, job_families
from app.jobs.match_occupation import title_readings
from app.jobs.matching import match_resume_to_job
from app.jobs.parsed import MatchPart, MatchResult, ParsedJob
from app.resumes.parsed import ParsedResume
from tests.jobs.match_samples import SALES_POSTING, SALES_RESUME, posting, resume

RECONCILIATIONS_POSTING = """Reconciliations Developer

Our operations technology team builds the systems that match trades and payments.

Responsibilities:
- Build and maintain reconciliation services in Java and Python
- Write SQL against the settlement database and tune slow queries
- Automate daily break reports for the operations team

Requirements:
- 3+ years of software development experience
- Java, Python, SQL
"""

DEVELOPER_RESUME = """Lena Vogt
lena.vogt@example.com

Summary
Software developer building back-office systems for banks.

Experience
Software Developer, Northbank Technology
Feb 2019 - Present
- Built Java services that match trades against custodian statements
- Wrote SQL reports on the settlement database and automated them with Python

Skills
Java, Python, SQL, Git, Jenkins
"""

RECONCILIATION_CLERK_RESUME = """Tom Harris
tom.harris@example.com

Summary
Reconciliation clerk in a bank's back office.

Experience
Reconciliation Clerk, Northbank
Feb 2019 - Present
- Reconciled daily bank statements against the ledger and chased unmatched items
- Posted journal entries and kept the accounts payable files

Skills
Excel, Bookkeeping, Accounts Payable, Bank Reconciliation
"""

TELESALES_POSTING = """Telesales Executive

Join our busy phone sales team selling office software subscriptions to small businesses.

Responsibilities:
- Make 60+ outbound calls a day to new and lapsed customers
- Present the products, handle objections and close sales over the phone
- Log calls and deals in the CRM and hit monthly sales targets
"""

CALL_CENTRE_SALES_RESUME = """Maya Patel
maya.patel@example.com

Summary
Phone sales agent who enjoys closing deals and beating targets.

Experience
Telesales Advisor, Brightline Energy
Mar 2021 - Present
- Sold energy contracts over the phone, 115% of the monthly sales target
- Made 70 outbound calls a day and logged every deal in the CRM

Skills
Cold Calling, Sales, CRM, Negotiation
"""

OFFICE_ASSISTANT_RESUME = """Owen Price
owen.price@example.com

Summary
Executive assistant who keeps a director's week running smoothly.

Experience
Executive Assistant, Harbour Group
Mar 2019 - Present
- Managed the director's calendar, travel and expenses
- Took minutes at board meetings and prepared the board packs

Skills
Microsoft Office, Scheduling, Minute Taking
"""

RESTAURANT_POSTING = """General Manager

We are opening our third restaurant and need a general manager to run it.

Responsibilities:
- Run the restaurant day to day: front of house, kitchen team and bar
- Plan menus and food costs with the head chef and keep food hygiene standards
- Hire, train and schedule waiting staff and chefs; manage bookings and guest reviews
"""

RESTAURANT_RESUME = """Rosa Marin
rosa.marin@example.com

Summary
Restaurant manager with ten years in busy city-centre restaurants.

Experience
Restaurant Manager, The Olive Yard
Jan 2018 - Present
- Ran a 120-cover restaurant with a team of 25 front and back of house staff
- Set menus and food costs with the head chef; passed every food hygiene inspection

Assistant Manager, Casa Verde
Jun 2014 - Dec 2017
- Scheduled waiting staff, handled bookings and answered guest reviews
"""

GYM_MANAGER_RESUME = """Dale Fisher
dale.fisher@example.com

Summary
Gym manager who grows memberships and runs fitness classes.

Experience
General Manager, PowerHouse Gym
Jan 2018 - Present
- Ran a 2,000-member gym and its team of personal trainers and class instructors
- Planned the group fitness timetable and grew memberships by 30%

Fitness Coordinator, City Leisure Centre
Jun 2014 - Dec 2017
- Taught spin and circuit classes and wrote training plans for members
"""

ADVERTISING_RESUME = """Nina Clarke
nina.clarke@example.com

Summary
Advertising manager planning brand campaigns across TV, print and social media.

Experience
Advertising Manager, Brightside Agency
Apr 2019 - Present
- Planned brand campaigns for retail clients and briefed the creative team
- Bought TV, print and social media space within a 2M budget

Skills
Advertising, Media Planning, Brand Management, Copywriting
"""


def score(cv: ParsedResume, job: ParsedJob) -> int:
    return match_resume_to_job(cv, job).score


def occupation_part(result: MatchResult) -> MatchPart:
    return {part.name: part for part in result.parts}["occupation"]


def test_a_title_keeps_its_head_noun():
    # The index's best words for "Reconciliations Developer" are a clerk's; a developer is no
    # clerk, so the title reads as a developer or as nothing.
    readings = title_readings("Reconciliations Developer")
    assert readings
    assert all("Clerk" not in reading.title for reading in readings)
    assert readings[0].title == "Software Developers"


def test_a_developer_beats_a_reconciliation_clerk_on_a_reconciliations_developer_posting():
    job = posting(RECONCILIATIONS_POSTING)
    developer = score(resume(DEVELOPER_RESUME), job)
    clerk = score(resume(RECONCILIATION_CLERK_RESUME), job)
    assert developer >= clerk + 20


def test_a_rank_word_names_the_trade_before_it():
    # "Executive" is a rank: "Telesales Executive" is O*NET's "Telesales Specialist".
    assert [reading.title for reading in title_readings("Telesales Executive")][:1] == [
        "Telemarketers"
    ]


def test_a_phone_salesperson_beats_an_executive_assistant_on_a_telesales_posting():
    job = posting(TELESALES_POSTING)
    seller = match_resume_to_job(resume(CALL_CENTRE_SALES_RESUME), job)
    assistant = match_resume_to_job(resume(OFFICE_ASSISTANT_RESUME), job)
    assert seller.score >= assistant.score + 20
    assert "Your jobs and skills are in sales, this role's field" in occupation_part(seller).reason


def test_a_posting_whose_title_reads_as_nothing_is_read_by_its_duties():
    job = posting(TELESALES_POSTING)
    job.title, job.occupation = "Join Our Team", None
    seller = match_resume_to_job(resume(CALL_CENTRE_SALES_RESUME), job)
    assistant = match_resume_to_job(resume(OFFICE_ASSISTANT_RESUME), job)
    assert seller.score >= assistant.score + 15
    reason = occupation_part(seller).reason
    assert "this role (its duties read as" in reason or "this role's duties read as" in reason


def test_a_generic_title_takes_its_field_from_the_duties():
    job = posting(RESTAURANT_POSTING)
    spread = job_families(job)
    assert max(spread, key=lambda family: spread[family]) == "food and hospitality"
    restaurant = score(resume(RESTAURANT_RESUME), job)
    gym = score(resume(GYM_MANAGER_RESUME), job)
    # The gym's "General Manager" is the posting's very title; the field still decides.
    assert restaurant >= gym + 5


def without_titles_or_tools(text: str) -> ParsedResume:
    cv = resume(text)
    cv.experience, cv.skills = [], []
    return cv


def test_a_resume_without_titles_or_tools_is_read_by_its_described_work():
    job = posting(RESTAURANT_POSTING)
    restaurant = match_resume_to_job(without_titles_or_tools(RESTAURANT_RESUME), job)
    gym = match_resume_to_job(without_titles_or_tools(GYM_MANAGER_RESUME), job)
    assert occupation_part(restaurant).weight > 0
    assert occupation_part(restaurant).reason.startswith("Your described work points to")
    assert restaurant.score >= gym.score + 10


def test_a_salesperson_beats_an_advertising_manager_on_an_account_executive_posting():
    # O*NET files "Account Executive" under advertising managers; the posting's duties are
    # selling, and so is the field it reads as.
    job = posting(SALES_POSTING)
    spread = job_families(job)
    assert max(spread, key=lambda family: spread[family]) == "sales"
    sales = score(resume(SALES_RESUME), job)
    advertising = score(resume(ADVERTISING_RESUME), job)
    assert sales >= advertising + 15


def test_a_posting_matched_against_many_resumes_reads_its_field_once():
    job = posting(TELESALES_POSTING)
    match_resume_to_job(resume(CALL_CENTRE_SALES_RESUME), job)
    read = _job_families.cache_info().misses
    match_resume_to_job(resume(OFFICE_ASSISTANT_RESUME), job)
    match_resume_to_job(resume(ADVERTISING_RESUME), job)
    assert _job_families.cache_info().misses == read
