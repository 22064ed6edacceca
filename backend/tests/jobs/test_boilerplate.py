import pytest

from app.jobs import boilerplate, sentences
from app.jobs.boilerplate import boilerplate_kind
from app.jobs.sentences import sentence_role
from app.jobs.words import words_of
from tests.jobs import postings

BOILERPLATE = [
    # Equal opportunity.
    ("eeo", "Acme is an equal opportunity employer."),
    (
        "eeo",
        "All qualified applicants will receive consideration without regard to race, color, "
        "religion, sex, national origin, disability or veteran status.",
    ),
    ("eeo", "We provide reasonable accommodations to applicants with disabilities."),
    ("eeo", "We celebrate diversity and are committed to an inclusive workplace."),
    ("eeo", "Springfield Memorial is an EEO/AA employer and participates in E-Verify."),
    # Benefits, wherever they sit.
    ("benefits", "401(k) with match, health insurance, paid time off, flexible hours."),
    ("benefits", "We offer a competitive salary and a generous benefits package."),
    ("benefits", "You'll enjoy 25 days of holiday plus bank holidays and a pension scheme."),
    ("benefits", "Medical, dental and vision coverage from day one."),
    ("benefits", "Tuition reimbursement and stock options"),
    ("benefits", "Competitive salary, annual bonus and hybrid working"),
    # A recruiter's pitch and how to apply.
    (
        "recruiter",
        "We are a recruitment agency with over 35 years experience in executive search.",
    ),
    ("recruiter", "Apex is acting as an employment agency for this vacancy."),
    ("recruiter", "Apply now: send your CV to jobs@apex.example."),
    ("recruiter", "Please apply with an updated resume."),
    ("recruiter", "Call Dana to apply."),
    ("recruiter", "Only shortlisted candidates will be contacted."),
    ("recruiter", "Job ref: 10423"),
    # The company's blurb.
    ("company", "Our company has over 400 employees across the Midwest."),
    ("company", "We are a family-owned freight company serving shippers for 50 years."),
    ("company", "Founded in 1982, Harbor & Pine designs roads and bridges."),
    ("company", "Northwind is one of the largest logistics providers in Europe."),
    ("company", "Our mission is to make payroll painless."),
    ("company", "We pride ourselves on excellent communication and problem solving."),
    ("company", "Our company has over 50 years of experience in manufacturing."),
    # The hiring process and what to send, not what the job asks.
    ("recruiter", "The recruitment process is ongoing and closes when the position is filled."),
    (
        "recruiter",
        "As part of Northwind's hiring process, candidates complete a pre-employment screening.",
    ),
    ("recruiter", "Please include a cover letter and your curriculum vitae as one file."),
    ("recruiter", "If you have any questions, contact our Talent Acquisition team."),
    ("recruiter", "Negotiation for salary supplement is possible."),
    ("recruiter", "Confidentiality is guaranteed and your data is stored under the GDPR."),
    # An employer's size and culture.
    ("company", "Our team of 12,000 engineers designs bridges, tunnels and rail systems."),
    ("company", "The trust serves its 2,400 patients with 900 staff across three sites."),
    ("company", "We embrace a culture of experimentation and learning."),
    ("company", "Our products help retailers manage stock in 30 countries."),
    ("company", "Over the last 20 years, Harbor Foods has grown into a chain of 40 restaurants."),
]
INTRODUCTION_ONLY = [
    ("recruiter", "Our client makes brakes and clutches in Detroit."),
    ("company", "Acme Pay builds payment infrastructure for small businesses."),
    ("benefits", "Health insurance"),
    ("recruiter", "This vacancy is handled by a recruitment agency in Leeds."),
]
ABOUT_THE_JOB = [
    "3+ years of experience in finite element analysis",
    "Our client is looking for an engineer with 5+ years of Python.",
    "Must be willing to work flexible hours, including nights and weekends.",
    "Experience with health insurance claims and billing",
    "We're looking for an engineer with 5+ years of experience to join our platform team.",
    "You will manage your pipeline in Salesforce or HubSpot.",
    "Ability to apply engineering principles to complex problems.",
    "Sell life and health insurance products to small business owners.",
    "Present proposals to our client's buyers.",
    "4+ years in business development or partnerships",
    "Python is a must.",
    "Excel is a plus.",
    # The hiring process or a team as work, under "Duties".
    "Manage the full recruitment process for hourly store staff.",
    "Lead the hiring process for a team of 12 engineers.",
    "Knowledge of GDPR and the Data Protection Act",
    "Over the past 5 years you have gained experience in CNC machining.",
]


@pytest.mark.parametrize(("kind", "sentence"), BOILERPLATE)
def test_boilerplate_is_recognised_in_any_section(kind, sentence):
    assert boilerplate_kind(sentence) == kind
    assert boilerplate_kind(sentence, in_introduction=True) == kind


@pytest.mark.parametrize(("kind", "sentence"), INTRODUCTION_ONLY)
def test_some_boilerplate_only_in_the_introduction(kind, sentence):
    assert boilerplate_kind(sentence, in_introduction=True) == kind
    assert boilerplate_kind(sentence) is None


@pytest.mark.parametrize("sentence", ABOUT_THE_JOB)
def test_sentences_about_the_job_are_not_boilerplate(sentence):
    assert boilerplate_kind(sentence) is None
    if not sentence.startswith(("Sell", "Present")):  # duties: in a list under "Duties"
        assert boilerplate_kind(sentence, in_introduction=True) is None


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("You will run structural FEA on powertrain parts.", "responsibilities"),
        ("In this role, you'll own the onboarding flow.", "responsibilities"),
        ("The successful candidate will lead site surveys.", "responsibilities"),
        ("The successful candidate will have an EIT certificate.", "requirements"),
        ("This individual will collaborate with designers.", "responsibilities"),
        ("You'll have 5+ years of Revit.", "requirements"),
        ("The ideal candidate has 3 years of public accounting.", "requirements"),
        ("CME Group is looking for a web developer with 5 years of experience.", "requirements"),
        ("This role requires a wide variety of strengths including:", "requirements"),
        ("Springfield is a lovely place to live.", None),
    ],
)
def test_what_an_introductions_sentence_does(sentence, role):
    assert sentence_role(sentence) == role


def _sample_sentences() -> list[str]:
    texts = [sentence for _, sentence in BOILERPLATE + INTRODUCTION_ONLY] + ABOUT_THE_JOB
    for posting in postings.ALL.values():
        for line in posting.splitlines():
            texts += [line[start:end] for start, end in sentences.sentence_spans(line)]
    return texts


@pytest.mark.parametrize(
    ("words", "pattern"),
    [*boilerplate.PREFILTERS, *sentences.PREFILTERS],
    ids=lambda value: getattr(value, "pattern", "words")[:30],
)
def test_every_pattern_match_has_a_word_of_its_prefilter(words, pattern):
    """A pattern is only tried on sentences with one of its words: a match without one would
    be missed."""
    for text in _sample_sentences():
        if pattern.search(text.replace("\u2019", "'")):
            assert not words.isdisjoint(words_of(text)), text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A company saying how long it has been at it, even in the words of experience.
        ("We are a leading care agency with 25 years of experience placing carers.", "company"),
        ("Kind Hands Recruitment are an agency with over 30 years of experience.", "company"),
        # The candidate described the same way is a requirement.
        ("The ideal candidate is a nurse with 5 years of experience in theatres.", None),
    ],
)
def test_a_company_with_years_of_experience_is_its_blurb(sentence, kind):
    assert boilerplate_kind(sentence, in_introduction=True) == kind
