"""Resumes and postings from several fields for the matching tests: written for these tests
(synthetic), in the shapes real ones take, and parsed with the app's own parsers."""

from datetime import date

from app.jobs.parsed import ParsedJob
from app.jobs.parsing import parse_job_description
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text

TODAY = date(2025, 6, 1)

MECHANICAL_RESUME = """Dana Whitfield
dana.whitfield@example.com | (248) 555-0142

Summary
Mechanical engineer with 6 years designing powertrain and chassis components for automotive
suppliers, from concept sketches to production drawings.

Experience
Mechanical Design Engineer, Lakeshore Automotive
Jan 2021 - Present
- Designed cast aluminium gearbox housings in SolidWorks and released drawings with GD&T
- Ran structural and thermal FEA in ANSYS on brackets and housings, cutting mass by 12%
- Led tolerance stack-up analysis and DFMEA reviews with suppliers and the tooling shop

Mechanical Engineer, Brightline Machinery
Jun 2019 - Dec 2020
- Designed sheet metal enclosures and weldments for packaging machines
- Built test rigs for fatigue testing and wrote the test reports

Education
BS Mechanical Engineering, Michigan State University, 2019

Skills
SolidWorks, ANSYS, GD&T, FEA, AutoCAD, MATLAB, DFMEA
"""

SOFTWARE_RESUME = """Sam Okafor
sam.okafor@example.com

Summary
Backend software engineer building web services and APIs.

Experience
Senior Software Engineer, Cloudnine
Mar 2020 - Present
- Built Python and Go microservices behind REST APIs on PostgreSQL
- Moved deployments to Kubernetes and cut release time from days to hours

Software Engineer, Appworks
Jul 2017 - Feb 2020
- Developed Django web applications and internal tools
- Wrote unit and integration tests, reviewed code

Education
BS Computer Science, State University, 2017

Skills
Python, Go, Django, PostgreSQL, Docker, Kubernetes, AWS, Git, REST APIs
"""

JAVA_RESUME = """Priya Raman
priya.raman@example.com

Experience
Software Engineer, Ledgerly
Feb 2019 - Present
- Built Java and Spring Boot services for payments, with PostgreSQL and Kafka
- Wrote REST APIs used by the mobile apps; on call for the payments platform

Skills
Java, Spring Boot, PostgreSQL, Kafka, Docker, REST APIs, SQL
"""

SALES_RESUME = """Jordan Blake
jordan.blake@example.com

Summary
Account executive selling B2B software to mid-market companies; consistently above quota.

Experience
Account Executive, Brightpath Software
Apr 2020 - Present
- Closed $1.2M in new business in 2023, 128% of quota
- Ran discovery calls, product demos and contract negotiations with CFOs
- Managed the pipeline and forecasts in Salesforce

Sales Development Representative, Nimbus CRM
Jan 2018 - Mar 2020
- Prospected outbound by cold calling and email; booked 25 meetings a month

Skills
Salesforce, Cold Calling, Negotiation, Prospecting, Pipeline Management, CRM
"""

NURSE_RESUME = """Morgan Lee
morgan.lee@example.com

Summary
Registered nurse with 7 years of acute care experience.

Experience
Registered Nurse
Mercy Hospital
Mar 2017 - Present
- Patient assessment, medication administration and care planning for 6 patients per shift
- Documented care in Epic; precepted new graduate nurses

Education
BSN Nursing, Lakeside University, 2016

Skills
Patient assessment, Medication administration, Epic, Wound care, Triage, Patient education
"""

QA_RESUME = """Alex Moreno
alex.moreno@example.com

Summary
QA automation engineer who builds test frameworks for web and mobile applications.

Experience
QA Automation Engineer, Shopwise
May 2020 - Present
- Built a Selenium and Python test framework covering 1,200 regression tests for the web shop
- Wrote API tests for the checkout services and ran them in Jenkins on every merge request
- Logged and triaged defects in Jira and ran test planning with the product team

Software Test Engineer, Medilink
Aug 2017 - Apr 2020
- Wrote manual and automated test cases for a patient portal and ran regression testing

Skills
Selenium, Python, Test Automation, Jenkins, Jira, API testing, Regression testing
"""

DEVOPS_STUFFED_RESUME = """Chris Vance
chris.vance@example.com

Summary
DevOps engineer.

Experience
DevOps Engineer, Hostcraft
Jan 2019 - Present
- Ran the company's AWS infrastructure with Terraform and kept the Kubernetes clusters healthy
- Built CI/CD pipelines for deployments and on-call monitoring with Prometheus

Skills
Selenium, Cypress, Test Automation, Regression testing, API testing, Python, Java, JavaScript,
Jenkins, Jira, Docker, Kubernetes, AWS, Azure, GCP, Terraform, Ansible, Puppet, Chef, Linux,
Bash, Go, Ruby, PostgreSQL, MySQL, MongoDB, Redis, Kafka, RabbitMQ, Elasticsearch, Grafana,
Prometheus, Nginx, Git, GitHub Actions, GitLab CI, Helm, Istio, Vault, Consul, Spark, Hadoop,
Airflow, React, Node.js, TypeScript, C#, .NET, Agile, Scrum
"""

MECHANICAL_POSTING = """Mechanical Design Engineer

You will design mechanical components and assemblies for our industrial gearboxes, from
concept to production.

Responsibilities:
- Design castings, machined parts and assemblies in SolidWorks
- Run FEA on housings and shafts and prepare drawings with GD&T
- Work with suppliers and manufacturing on tolerances and cost

Requirements:
- Bachelor's degree in Mechanical Engineering
- 3+ years of mechanical design experience
- SolidWorks, FEA and GD&T
"""

SALES_POSTING = """Account Executive

We are growing our sales team and need an account executive to win new customers.

Responsibilities:
- Own the full sales cycle from prospecting to closing for mid-market accounts
- Run discovery calls and product demos, negotiate contracts
- Keep the pipeline and forecasts accurate in Salesforce

Requirements:
- 2+ years of B2B sales experience with a record of meeting quota
- Experience with Salesforce or another CRM
- Strong negotiation skills
"""

QA_POSTING = """QA Automation Engineer

Join our quality team and help us ship with confidence.

Responsibilities:
- Design and maintain automated UI and API test suites for our web platform
- Run regression testing in the CI pipeline and report defects in Jira
- Work with developers on test planning for every release

Requirements:
- 3+ years of experience in test automation
- Selenium or Cypress, with Python or Java
- Experience with Jenkins and Jira
"""

GO_OR_JAVA_POSTING = """Backend Engineer

Responsibilities:
- Build and run the services behind our payments API

Requirements:
- 3+ years of backend development experience
- Go or Java
- PostgreSQL
"""


# In the shape of a UK job-board ad (bench/data's Adzuna postings): location and perks in the
# title, prose duties, no list of skills.
WARD_NURSE_POSTING = """Staff Nurse  Surgical Ward  Norwich

Our client, a busy hospital in Norwich, is looking for an RGN to join the surgical ward team on
days and nights. You will deliver high standards of patient care, carry out assessments and care
plans, administer medication and support the ward manager. You must hold current NMC
registration and have experience on an acute ward. Excellent rates of pay, paid training and a
pension.
"""


def resume(text: str) -> ParsedResume:
    return parse_resume_text(text, today=TODAY)


def posting(text: str) -> ParsedJob:
    return parse_job_description(text)


# In the shape of plain-text resumes that open with a list of skills and name no job title
# (the team's held-out check): the field is in the skills and the duties only.
UNTITLED_NURSE_RESUME = """Skills: Patient assessment, Medication administration, Wound care,
IV therapy, Care planning, Infection control, Epic
Education Details
2014 BSc Nursing, Lakeside University
Company Details
company - St Mary's Hospital
description - Assessed and monitored patients on a 28-bed surgical ward, administered
medication and IV fluids, dressed wounds and wrote care plans with the ward team.
"""

UNTITLED_SOFTWARE_RESUME = """Skills: Python, Django, REST APIs, PostgreSQL, Docker, Git,
JavaScript, React
Education Details
2016 BSc Computer Science, Lakeside University
Company Details
company - Brightwave Ltd
description - Built REST APIs in Python and Django over PostgreSQL, wrote React pages for the
billing dashboard and moved the services to Docker.
"""

CARE_ASSISTANT_POSTING = """Care Assistant

A friendly nursing home in Kent is looking for a care assistant to support our elderly
residents. You will help residents with personal care, washing, dressing and meals, support
them to stay active and report changes in their health to the nurse in charge. No experience
needed: full training is given.
"""

KENNELS_CARE_ASSISTANT_POSTING = """Care Assistant

Our animal rescue centre is looking for a care assistant.

Responsibilities:
- Feed, groom and exercise the dogs and cats in our kennels and cattery
- Clean and disinfect kennels, pens and litter trays every day
- Help the vets settle new arrivals and give animals their medication
"""
