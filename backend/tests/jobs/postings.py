"""Job postings as they are pasted from job boards, career pages and recruiters' emails:
written for these tests (synthetic), in the shapes real ones take: a company line above the
title, an agency's pitch, benefits and an equal opportunity statement with or without a heading,
requirements in prose, "or"-lists."""

MECHANICAL_AGENCY = """\
Apex Talent Partners | Detroit, MI | Posted 3 days ago
Mechanical Design Engineer \u2013 FEA

Our client, a leading automotive supplier, is looking for a Mechanical Design Engineer to join \
their structures team.

We are a recruitment agency with over 35 years experience in executive search, and we pride \
ourselves on excellent communication, presentation skills and problem solving for our clients.

You will run structural and thermal FEA on powertrain components using Abaqus and ANSYS, and \
produce 3D models and drawings in SolidWorks.

What you need
- Bachelor's degree in Mechanical Engineering
- 3+ years of experience in finite element analysis
- Experience with Abaqus or ANSYS
- GD&T and tolerance stack-up analysis

401(k) with match, health insurance, paid time off, flexible hours.

Apex Talent Partners is an equal opportunity employer. All qualified applicants will receive \
consideration without regard to race, color, religion, sex, national origin, disability or \
veteran status.
Apply now: send your CV to jobs@apextalent.example.
"""

SALES_NO_HEADINGS = """\
Northwind Logistics
Job description
Outside Sales Representative

Northwind Logistics is a family-owned freight company serving shippers across the Midwest for \
50 years. Our company has over 400 employees and a culture built on teamwork and leadership.

We're looking for a hunter who prospects, runs discovery calls and closes new accounts. You \
will manage your pipeline in Salesforce or HubSpot and present proposals to decision makers.

The ideal candidate has 2+ years of B2B sales experience and strong negotiation skills.

We offer a competitive base salary plus commission, medical, dental and vision insurance, \
and 15 days paid time off.
Northwind is an Equal Opportunity Employer.
"""

NURSE_HOSPITAL = """\
Job Title: Registered Nurse \u2013 Emergency Department
Location: Springfield, IL

About Springfield Memorial
Springfield Memorial is a 400-bed teaching hospital and has served our community since 1921. \
We value teamwork, leadership and compassion.

Responsibilities
- Triage and assess patients of all ages
- Administer medications and IV therapy
- Document care in Epic or Cerner

Qualifications
- Active RN license
- BLS and ACLS required; PALS preferred
- Minimum 1 year of emergency or acute care experience
- Must be willing to work flexible hours, including nights and weekends

Springfield Memorial provides equal employment opportunity regardless of race, age, sex or \
disability. Our benefits include tuition reimbursement and a pension plan.
"""

CIVIL_COMPANY_FIRST = """\
**Harbor & Pine Engineering Group**
**Civil Engineer II \u2013 Site Development**

Founded 20 years ago, Harbor & Pine designs roads, stormwater systems and public spaces for \
cities across the Pacific Northwest.

**What you'll do**
- Prepare grading, drainage and utility plans in AutoCAD or Civil 3D
- Run stormwater models and write design reports
- Coordinate with surveyors, architects and permitting agencies

**Requirements**
- Bachelor's degree in Civil Engineering
- EIT certification; PE license preferred
- At least two years of land development experience
- Proficiency with Microsoft Excel

Perks: hybrid working, company car, annual bonus.
"""

ELECTRICIAN_TRADES = """\
JOURNEYMAN ELECTRICIAN

Bright Spark Electric has been in business for 40 years and we are proud to serve homeowners \
and builders across Maricopa County.

Duties
- Install and repair residential and commercial wiring, panels and lighting
- Read blueprints and follow the National Electrical Code
- Troubleshoot circuits with a multimeter

Requirements
- Arizona journeyman electrician license
- 4+ years in the trade
- Valid driver's license and reliable transportation
- Able to lift 50 lbs and work on ladders

We offer paid holidays, a 401(k) and a company van. Call Dana to apply.
"""

ACCOUNTANT_FINANCE = """\
Staff Accountant

Our firm was founded in 1982 and serves more than 300 small business clients.

About the role
You will close the books each month, reconcile bank and credit card accounts, and prepare \
financial statements. The successful candidate has 3 years of experience in public accounting.

Requirements
- Bachelor's degree in Accounting or Finance
- Experience with QuickBooks or Xero
- Advanced Excel (pivot tables, VLOOKUP)
- CPA preferred

Benefits
- Flexible hours and remote Fridays
- Health insurance and 401(k)
"""

SOFTWARE_ALTERNATIVES = """\
# Senior Backend Engineer

## About us
Ledgerly has been building accounting software for 12 years; we are a team of 80 people.

## Requirements
- 5+ years of backend development in Go or Java
- Experience with AWS, GCP or Azure
- Python/Java/C++ (one of)
- Either PostgreSQL or MySQL in production
- Docker and Kubernetes
- Python, Django and Celery

## Nice to have
- Kafka or RabbitMQ
"""

ALL = {
    "mechanical": MECHANICAL_AGENCY,
    "sales": SALES_NO_HEADINGS,
    "nurse": NURSE_HOSPITAL,
    "civil": CIVIL_COMPANY_FIRST,
    "electrician": ELECTRICIAN_TRADES,
    "accountant": ACCOUNTANT_FINANCE,
    "software": SOFTWARE_ALTERNATIVES,
}
