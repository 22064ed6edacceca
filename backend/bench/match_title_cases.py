"""How a resume's job titles can pull the wrong resume to the top: targeted dev-only cases.

On the test split of bench/matching.py titles cost same-field top picks (title-blind resumes
did better) while on dev they did not; test items may not be looked at, so this bench builds
the mechanisms by which titles could mislead out of the dev (or devwide) set itself. Each case
rewrites the job titles of every parsed dev resume (its described work, skills and summary stay
as they are; the field label stays the resume's own) or the titles of every posting, by a fixed
rule chosen per item by the SHA-1 of its id, and the matcher is scored as in bench/matching.py:

- original: the resumes as parsed; blind: every job title removed (reads the work alone);
- generic: every title a word used in every field ("Consultant", "Analyst", "Engineer",
  "Manager", "Associate", "Intern", "Specialist", "Officer", "Owner", "Director"), with or
  without a seniority word;
- export: every title a place, as Indeed exports give it ("Hyderabad, Telangana -");
- foreign: every title in Spanish, French or German for the resume's field;
- stray: in one resume of four, the title listed first one of another field (the described
  work disagrees with it);
- career: an older job of another field's title added (titles across fields);
- posting words: every posting title with seniority, company and place words around it.

A title that carries no field ("Consultant", a place, a foreign word) should rank about as
well as none (blind); one of the wrong field should not rank the resume above the resumes of
the posting's field. Scored on dev only; this file never reads a test item.

    cd backend && ../.venv/bin/python -m bench.match_title_cases [--split devwide] [--verbose]
"""

import argparse
from collections.abc import Callable

from app.jobs.parsing import parse_job_description
from app.resumes.parsed import Experience, ParsedResume
from app.skills.finder import get_skill_finder
from bench.matching import (
    DATA,
    Posting,
    Resume,
    SplitFigures,
    evaluate,
    load_split,
    read_jsonl,
    report,
    warm_up,
)
from bench.resume_sets import sha

GENERIC = (
    "Consultant", "Analyst", "Engineer", "Manager", "Associate", "Intern", "Specialist",
    "Officer", "Owner", "Director", "Senior Consultant", "Associate Consultant",
    "Sr. Analyst", "Trainee", "Team Lead", "Executive",
)  # fmt: skip
PLACES = (
    "Hyderabad, Telangana -", "Bengaluru, Karnataka -", "Pune, Maharashtra -",
    "Chennai, Tamil Nadu -", "Austin, TX -", "Manchester -",
)  # fmt: skip
FIELD_TITLES: dict[str, tuple[str, ...]] = {
    "chef/hospitality": ("Sous Chef", "Cocinero", "Chef de cuisine", "Koch"),
    "construction": ("Site Manager", "Jefe de Obra", "Conducteur de travaux", "Bauleiter"),
    "engineering": (
        "Mechanical Engineer", "Ingeniero Mecánico", "Ingénieur mécanique",
        "Maschinenbauingenieur",
    ),
    "finance/accounting": ("Staff Accountant", "Contable", "Comptable", "Buchhalter"),
    "hr": ("HR Generalist", "Técnico de Recursos Humanos", "Chargé RH", "Personalreferent"),
    "marketing/media": (
        "Marketing Manager", "Responsable de Marketing", "Chef de produit marketing",
        "Marketingleiter",
    ),
    "sales": ("Sales Representative", "Vendedor", "Commercial terrain", "Vertriebsmitarbeiter"),
    "software": (
        "Software Engineer", "Desarrollador de Software", "Développeur logiciel",
        "Softwareentwickler",
    ),
    "teaching": ("Teacher", "Profesor", "Enseignant", "Lehrer"),
    "design": ("Graphic Designer", "Diseñador Gráfico", "Graphiste", "Grafikdesigner"),
    "fitness": ("Personal Trainer", "Entrenador Personal", "Coach sportif", "Fitnesstrainer"),
    "aviation": ("Pilot", "Piloto", "Pilote de ligne", "Verkehrspilot"),
    "nursing/healthcare": ("Registered Nurse", "Enfermera", "Infirmière", "Krankenschwester"),
    "agriculture": ("Farm Manager", "Agricultor", "Agriculteur", "Landwirt"),
    "apparel/fashion": ("Fashion Designer", "Diseñador de Moda", "Styliste", "Modedesigner"),
    "customer-service": (
        "Customer Service Representative", "Agente de Atención al Cliente",
        "Conseiller clientèle", "Kundenberater",
    ),
    "arts": ("Artist", "Artista", "Artiste", "Künstler"),
}  # fmt: skip
"""The field's own title in English, then Spanish, French and German (a foreign title of the
resume's own field: it should mislead no matcher)."""
STRAY_FIELDS = (
    "software", "sales", "engineering", "finance/accounting", "nursing/healthcare",
    "chef/hospitality", "teaching", "hr",
)  # fmt: skip
"""Fields whose titles a stray or career case gives a resume of another field: the fields
with postings, so a misleading title can win a posting it should not."""
STRAY_EVERY = 4
POSTING_WORDS = (
    "Senior {} - Acme Group Ltd", "{} at Northgate Holdings (Remote)", "Lead {} | London",
    "{}  Excellent Benefits  Immediate Start", "Junior {}, Barclay & Sons",
)  # fmt: skip

Rewrite = Callable[[str, str, ParsedResume], ParsedResume]


def pick(options: tuple[str, ...], key: str, salt: str = "") -> str:
    """One option, the same for the same item every run (by the SHA-1 of its id)."""
    return options[sha(key + salt)[0] % len(options)]


def retitled(resume: ParsedResume, title: Callable[[int], str | None]) -> ParsedResume:
    """The resume with the title of each job (0 = listed first) replaced, and no stated role
    (a title alone under the name is one of the titles replaced)."""
    jobs = [
        job.model_copy(update={"title": title(position)})
        for position, job in enumerate(resume.experience)
    ]
    return resume.model_copy(update={"experience": jobs, "stated_role": None})


def other_field(field: str, key: str) -> str:
    return pick(tuple(name for name in STRAY_FIELDS if name != field), key, "field")


def generic(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    return retitled(resume, lambda position: pick(GENERIC, key, str(position)))


def export(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    return retitled(resume, lambda position: pick(PLACES, key, str(position)))


def foreign(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    return retitled(resume, lambda _: pick(FIELD_TITLES[field][1:], key))


def blind(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    return retitled(resume, lambda _: None)


def stray(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    """One resume in STRAY_EVERY: the job listed first titled as another field's job (its
    described work is still of the resume's own field); the others as they are."""
    if sha(key + "stray")[0] % STRAY_EVERY:
        return resume
    wrong = FIELD_TITLES[other_field(field, key)][0]
    jobs = resume.experience
    return retitled(resume, lambda position: wrong if position == 0 else jobs[position].title)


def career(key: str, field: str, resume: ParsedResume) -> ParsedResume:
    """An older job of another field added after the resume's own jobs (titles only)."""
    older = Experience(
        title=FIELD_TITLES[other_field(field, key)][0], company="Earlier Ltd", start="2005-01"
    )
    older = older.model_copy(update={"end": "2007-12"})
    return resume.model_copy(update={"experience": [*resume.experience, older]})


CASES: dict[str, Rewrite] = {
    "blind": blind,
    "generic": generic,
    "export": export,
    "foreign": foreign,
    "stray": stray,
    "career": career,
}


def rewritten(resumes: list[Resume], rewrite: Rewrite) -> list[Resume]:
    return [
        Resume(item.id, item.field, rewrite(item.id, item.field, item.parsed)) for item in resumes
    ]


def worded_postings(postings: list[Posting], texts: dict[str, str]) -> list[Posting]:
    """Every posting with seniority, company or place words around its title."""
    skills = get_skill_finder()
    return [
        Posting(
            item.id,
            item.field,
            parse_job_description(
                texts[item.id],
                pick(POSTING_WORDS, item.id).format(item.parsed.title or "Job"),
                skills=skills,
            ),
        )
        for item in postings
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "devwide"), default="dev")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--wrong", action="store_true")
    parser.add_argument("--cases", nargs="*", default=[*CASES, "posting words"])
    args = parser.parse_args()
    warm_up()
    postings, resumes = load_split(args.split)
    figures: dict[str, SplitFigures] = {"original": evaluate(postings, resumes)}
    for name in args.cases:
        if name == "posting words":
            texts = {
                row["id"]: row["text"]
                for row in read_jsonl(DATA / f"match_postings_{args.split}.jsonl")
            }
            figures[name] = evaluate(worded_postings(postings, texts), resumes)
        else:
            figures[name] = evaluate(postings, rewritten(resumes, CASES[name]))
    report(figures, verbose=args.verbose, wrong=args.wrong)


if __name__ == "__main__":
    main()
