"""Resume parsing figures over the corpus in tests/fixtures/resumes: skill precision, recall and
F1 against hand-labelled skills (bench/resume_skills_truth.json), contact-field accuracy and
years-of-experience error against expected.json, and the time to extract and parse a document.

    cd backend && ../.venv/bin/python -m bench.resume_parsing [--repeats 30]

Extraction runs in this process (`extract_text`); the API's `extract_text_bounded` adds a child
process per upload, which is not measured here.
"""

import argparse
import json
import statistics
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.knowledge.keys import lookup_key
from app.knowledge.store import get_knowledge
from app.resumes.extraction import ExtractedDocument, extract_text
from app.resumes.parsed import ParsedResume
from app.resumes.parsing.parser import parse_resume_text
from app.skills.taxonomy import get_taxonomy

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "resumes"
TRUTH_FILE = Path(__file__).resolve().with_name("resume_skills_truth.json")
CONTACT_FIELDS = ("name", "email", "phone", "linkedin", "github")
AIM_SKILLS_F1 = 0.9
AIM_CONTACT = 0.95
AIM_TWO_PAGE_PDF_MS = 150.0


@dataclass
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, other: "Counts") -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class FileResult:
    name: str
    format: str
    pages: int | None
    skills: Counts
    missed: list[str]
    spurious: list[str]
    explicit_missed: int
    explicit_total: int
    contact: dict[str, bool]
    contact_errors: list[str]
    years_expected: float
    years_parsed: float
    extract_ms: list[float] = field(default_factory=list)
    parse_ms: list[float] = field(default_factory=list)

    @property
    def total_ms(self) -> list[float]:
        return [a + b for a, b in zip(self.extract_ms, self.parse_ms, strict=True)]


def timed_run(data: bytes, today: date) -> tuple[ExtractedDocument, ParsedResume, float, float]:
    """Extract and parse once; returns both results and the two durations in milliseconds."""
    start = time.perf_counter()
    document = extract_text(data)
    extracted = time.perf_counter()
    parsed = parse_resume_text(document.text, today=today)
    parsed_at = time.perf_counter()
    return document, parsed, (extracted - start) * 1000, (parsed_at - extracted) * 1000


def skill_identity(name: str) -> str:
    """One identity per skill whatever the spelling: "Kafka" and "Apache Kafka", "MS Excel"
    and "Excel" are one skill (the parser shows names as the resume writes them)."""
    curated = get_taxonomy().canonical(name)
    known = get_knowledge().skills.get(curated or name)
    return f"#{known.id}" if known is not None else lookup_key(curated or name)


def score_skills(parsed: ParsedResume, truth: dict) -> tuple[Counts, list[str], list[str], int]:
    """Counts against the full truth, the missed and spurious names, and explicit skills missed."""
    found = {skill_identity(skill.name): skill.name for skill in parsed.skills}
    wanted = {skill_identity(name): name for name in truth["skills"]}
    missed = sorted(wanted[key] for key in wanted.keys() - found.keys())
    spurious = sorted(found[key] for key in found.keys() - wanted.keys())
    counts = Counts(len(found.keys() & wanted.keys()), len(spurious), len(missed))
    explicit_missed = len(set(missed) - set(truth["implied"]))
    return counts, missed, spurious, explicit_missed


def contact_value(source: ParsedResume | dict, name: str) -> str | None:
    if isinstance(source, dict):
        return source["links"][name] if name in ("linkedin", "github") else source[name]
    return getattr(source.links, name) if name in ("linkedin", "github") else getattr(source, name)


def score_contact(parsed: ParsedResume, expected: dict) -> tuple[dict[str, bool], list[str]]:
    """Right or wrong for each field expected.json gives a value; a found value it has none for
    is reported as an error but not scored."""
    outcome: dict[str, bool] = {}
    errors: list[str] = []
    for name in CONTACT_FIELDS:
        want, got = contact_value(expected, name), contact_value(parsed, name)
        if want is not None:
            outcome[name] = got == want
        if got != want:
            errors.append(f"{name}: expected {want!r}, got {got!r}")
    return outcome, errors


def measure_file(name: str, expected: dict, truth: dict, today: date, repeats: int) -> FileResult:
    data = (CORPUS / name).read_bytes()
    document, parsed, _, _ = timed_run(data, today)  # warm-up, and the results to score
    counts, missed, spurious, explicit_missed = score_skills(parsed, truth)
    contact, contact_errors = score_contact(parsed, expected)
    result = FileResult(
        name=name,
        format=document.format,
        pages=document.pages,
        skills=counts,
        missed=missed,
        spurious=spurious,
        explicit_missed=explicit_missed,
        explicit_total=len(set(truth["skills"]) - set(truth["implied"])),
        contact=contact,
        contact_errors=contact_errors,
        years_expected=expected["years_experience"],
        years_parsed=parsed.years_experience,
    )
    for _ in range(repeats):
        _, _, extract_ms, parse_ms = timed_run(data, today)
        result.extract_ms.append(extract_ms)
        result.parse_ms.append(parse_ms)
    return result


def p90(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=10, method="inclusive")[-1]


def print_table(results: list[FileResult]) -> None:
    header = (
        f"{'file':36} {'fmt':4} {'pg':>2}  {'P':>5} {'R':>5} {'F1':>5}  {'contact':>7}  "
        f"{'years exp/got':>13}  {'extract':>7} {'parse':>6} {'total':>6} {'p90':>6} ms"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        right = sum(r.contact.values())
        years = f"{r.years_expected:.1f}/{r.years_parsed:.1f}"
        print(
            f"{r.name:36} {r.format:4} {r.pages or '-':>2}  {r.skills.precision:5.2f} "
            f"{r.skills.recall:5.2f} {r.skills.f1:5.2f}  {f'{right}/{len(r.contact)}':>7}  "
            f"{years:>13}  {statistics.median(r.extract_ms):7.1f} "
            f"{statistics.median(r.parse_ms):6.1f} {statistics.median(r.total_ms):6.1f} "
            f"{p90(r.total_ms):6.1f}"
        )


@dataclass
class Summary:
    skills: Counts
    macro_f1: float
    explicit_found: int
    explicit_total: int
    contact_right: int
    contact_total: int
    years_mae: float
    all_ms: list[float]
    two_page_pdf_files: int
    two_page_pdf_ms: list[float]

    @property
    def contact_accuracy(self) -> float:
        return self.contact_right / self.contact_total

    @property
    def two_page_pdf_median(self) -> float:
        return statistics.median(self.two_page_pdf_ms) if self.two_page_pdf_ms else float("nan")


def summarize(results: list[FileResult]) -> Summary:
    skills = Counts()
    for r in results:
        skills.add(r.skills)
    explicit_total = sum(r.explicit_total for r in results)
    two_page_pdfs = [r for r in results if r.format == "pdf" and r.pages == 2]
    return Summary(
        skills=skills,
        macro_f1=statistics.mean(r.skills.f1 for r in results),
        explicit_found=explicit_total - sum(r.explicit_missed for r in results),
        explicit_total=explicit_total,
        contact_right=sum(sum(r.contact.values()) for r in results),
        contact_total=sum(len(r.contact) for r in results),
        years_mae=statistics.mean(abs(r.years_parsed - r.years_expected) for r in results),
        all_ms=[ms for r in results for ms in r.total_ms],
        two_page_pdf_files=len(two_page_pdfs),
        two_page_pdf_ms=[ms for r in two_page_pdfs for ms in r.total_ms],
    )


def print_overall(results: list[FileResult], summary: Summary, repeats: int) -> None:
    skills = summary.skills
    print(f"\nOverall ({len(results)} files, {repeats} timed runs each)")
    print(
        f"  skills (micro)  precision {skills.precision:.3f}  recall {skills.recall:.3f}  "
        f"F1 {skills.f1:.3f}   (TP {skills.true_positives}, FP {skills.false_positives}, "
        f"FN {skills.false_negatives}); macro F1 {summary.macro_f1:.3f}"
    )
    print(
        f"  skills named in the text (implied ones left out): recall "
        f"{summary.explicit_found / summary.explicit_total:.3f} "
        f"({summary.explicit_found}/{summary.explicit_total})"
    )
    for name in CONTACT_FIELDS:
        scored = [r.contact[name] for r in results if name in r.contact]
        print(f"  contact {name:8} {sum(scored)}/{len(scored)}")
    print(
        f"  contact overall  {summary.contact_accuracy:.3f} "
        f"({summary.contact_right}/{summary.contact_total})"
    )
    print(f"  years of experience MAE {summary.years_mae:.2f} years")
    print(
        f"  time per document (extract + parse)  median {statistics.median(summary.all_ms):.1f} ms"
        f"  p90 {p90(summary.all_ms):.1f} ms"
    )
    print(
        f"  2-page PDFs  median {summary.two_page_pdf_median:.1f} ms "
        f"({summary.two_page_pdf_files} file(s), {len(summary.two_page_pdf_ms)} runs)"
    )


def print_aims(summary: Summary) -> None:
    f1, contact, two_page = summary.skills.f1, summary.contact_accuracy, summary.two_page_pdf_median
    aims = [
        (f"skills F1 >= {AIM_SKILLS_F1}", f1 >= AIM_SKILLS_F1, f"{f1:.3f}"),
        (f"contact accuracy >= {AIM_CONTACT}", contact >= AIM_CONTACT, f"{contact:.3f}"),
        (
            f"2-page PDF median < {AIM_TWO_PAGE_PDF_MS:.0f} ms",
            two_page < AIM_TWO_PAGE_PDF_MS,
            f"{two_page:.1f} ms",
        ),
    ]
    print("\nAims")
    for label, met, value in aims:
        print(f"  [{'met' if met else 'MISSED'}] {label}: {value}")


def print_details(results: list[FileResult], truth: dict) -> None:
    print("\nSkills missed (* = implied by the text rather than named) and spurious, per file")
    for r in results:
        implied = set(truth[r.name]["implied"])
        missed = ", ".join(f"{name}*" if name in implied else name for name in r.missed)
        print(f"  {r.name}")
        print(f"    missed:   {missed or '-'}")
        print(f"    spurious: {', '.join(r.spurious) or '-'}")
    errors = [(r.name, error) for r in results for error in r.contact_errors]
    if errors:
        print("\nContact fields that differ from expected.json")
        for name, error in errors:
            print(f"  {name}: {error}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--repeats", type=int, default=30, help="timed runs per document")
    repeats = max(2, arguments.parse_args().repeats)

    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))["files"]
    if sorted(truth) != sorted(expected["resumes"]):
        raise SystemExit("resume_skills_truth.json and expected.json list different files")
    today = date.fromisoformat(expected["today"])

    start = time.perf_counter()
    first = sorted(truth)[0]
    parse_resume_text(extract_text((CORPUS / first).read_bytes()).text, today=today)
    print(
        f"First document, cold (loads the skills taxonomy): "
        f"{(time.perf_counter() - start) * 1000:.1f} ms\n"
    )

    results = [
        measure_file(name, expected["resumes"][name], truth[name], today, repeats)
        for name in sorted(truth)
    ]
    print_table(results)
    summary = summarize(results)
    print_overall(results, summary, repeats)
    print_aims(summary)
    print_details(results, truth)


if __name__ == "__main__":
    main()
