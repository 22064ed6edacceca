"""Render the layout fixtures (tests/fixtures/resume_layouts) as the documents users upload.

A fixture is the text of a resume as its source lays it out. How it is delivered is said by
`render` in the set's expected.json:

- "txt": the text itself, UTF-8 (Indeed's "download as text", a pasted resume).
- "pdf": one column, a line per line, blank lines as gaps (Indeed's PDF export).
- "linkedin_pdf": LinkedIn's "Save to PDF": a grey sidebar on the left (drawn first), the main
  column on the right, "Page n of N" at the foot of each page. The fixture has an `@side` part
  and an `@main` part.
- "two_column_pdf" / "two_column_pdf_right": a template with a side column (left or right)
  drawn row by row with the main column, so that reading in drawing order interleaves them.
- "two_column_pdf_form": the same, each page's content inside a form XObject, as Chrome's
  "Save as PDF", Canva and many converters write it (pypdf's layout mode does not read forms).
- "two_column_interleaved": that PDF's text as pypdf reads it in drawing order (what the parser
  gets when the columns cannot be told apart, e.g. when pypdf's layout mode fails on a font),
  uploaded as text.

Drawn with reportlab in invariant mode, so a fixture always gives the same bytes."""

import io
import json
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "resume_layouts"
SETS = ("dev", "held_out", "fresh")
PAGE_WIDTH, PAGE_HEIGHT = LETTER
TOP, BOTTOM = PAGE_HEIGHT - 50, 60
BODY_FONT, BOLD_FONT = "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True)
class LayoutFixture:
    set_name: str
    file_name: str
    render: str
    expected: dict

    @property
    def text(self) -> str:
        return (LAYOUTS / self.set_name / self.file_name).read_text(encoding="utf-8")

    def document(self) -> bytes:
        return render(self.render, self.text)


def load_set(set_name: str) -> list[LayoutFixture]:
    expected = json.loads((LAYOUTS / set_name / "expected.json").read_text(encoding="utf-8"))
    return [
        LayoutFixture(set_name, name, entry["render"], entry)
        for name, entry in sorted(expected["resumes"].items())
    ]


def render(kind: str, text: str) -> bytes:
    if kind == "txt":
        return text.encode("utf-8")
    if kind == "pdf":
        return _one_column_pdf(text)
    parts = _parts(text)
    if kind == "linkedin_pdf":
        return _linkedin_pdf(parts["side"], parts["main"])
    if kind in ("two_column_pdf", "two_column_pdf_right"):
        return _two_column_pdf(parts["side"], parts["main"], side_right=kind.endswith("right"))
    if kind == "two_column_pdf_form":
        return _two_column_pdf(parts["side"], parts["main"], side_right=False, in_form=True)
    if kind == "two_column_interleaved":
        pdf = PdfReader(io.BytesIO(_two_column_pdf(parts["side"], parts["main"], side_right=False)))
        text = "\n".join(page.extract_text() for page in pdf.pages)
        return text.replace("\x7f", "•").encode("utf-8")  # WinAnsi's bullet, as pdf_text reads it
    raise ValueError(f"unknown render kind {kind!r}")


def _parts(text: str) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {"side": [], "main": []}
    current = parts["main"]
    for line in text.splitlines():
        if line.strip() in ("@side", "@main"):
            current = parts[line.strip()[1:]]
            continue
        current.append(line)
    return parts


def _new_canvas(buffer: io.BytesIO) -> canvas.Canvas:
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    pdf.setTitle("Resume")
    return pdf


def _one_column_pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    y = TOP
    for line in text.splitlines():
        wrapped = simpleSplit(line, BODY_FONT, 10.5, PAGE_WIDTH - 110) or [""]
        for part in wrapped:
            if y < BOTTOM:
                pdf.showPage()
                y = TOP
            pdf.setFont(BODY_FONT, 10.5)
            pdf.drawString(54, y, part)
            y -= 14 if part else 7
    pdf.save()
    return buffer.getvalue()


# --- LinkedIn ---------------------------------------------------------------------------------

_LINKEDIN_HEADINGS = {
    "Contact", "Top Skills", "Languages", "Certifications", "Honors-Awards", "Publications",
    "Summary", "Experience", "Education", "Patents", "Projects",
}  # fmt: skip
SIDE_X, SIDE_WIDTH, MAIN_X = 36, 160, 226
MAIN_WIDTH = PAGE_WIDTH - MAIN_X - 40


@dataclass(frozen=True)
class _Run:
    text: str
    font: str
    size: float
    gap: float


def _linkedin_runs(lines: list[str], width: float, *, main: bool) -> list[_Run]:
    runs: list[_Run] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if line in _LINKEDIN_HEADINGS:
            style: tuple[str, float, int] = (BOLD_FONT, 15 if main else 13, 24)
        elif main and index == 0:
            style = (BOLD_FONT, 24, 30)  # the name
        else:
            style = (BODY_FONT, 10.5, 14)
        for part in simpleSplit(line, style[0], style[1], width):
            runs.append(_Run(part, style[0], style[1], style[2]))
    return runs


def _paginate(runs: list[_Run]) -> list[list[tuple[float, _Run]]]:
    pages: list[list[tuple[float, _Run]]] = [[]]
    y = TOP
    for run in runs:
        if y - run.gap < BOTTOM:
            pages.append([])
            y = TOP
        y -= run.gap
        pages[-1].append((y, run))
    return pages


def _linkedin_pdf(side: list[str], main: list[str]) -> bytes:
    side_pages = _paginate(_linkedin_runs(side, SIDE_WIDTH, main=False))
    main_pages = _paginate(_linkedin_runs(main, MAIN_WIDTH, main=True))
    total = max(len(side_pages), len(main_pages))
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    for number in range(total):
        if number < len(side_pages):
            pdf.setFillColor(colors.HexColor("#e9eef3"))
            pdf.rect(0, 0, SIDE_X + SIDE_WIDTH + 14, PAGE_HEIGHT, stroke=0, fill=1)
            pdf.setFillColor(colors.black)
            for y, run in side_pages[number]:
                pdf.setFont(run.font, run.size)
                pdf.drawString(SIDE_X, y, run.text)
        for y, run in main_pages[number] if number < len(main_pages) else []:
            pdf.setFont(run.font, run.size)
            pdf.drawString(MAIN_X, y, run.text)
        pdf.setFont(BODY_FONT, 9)
        pdf.setFillColor(colors.grey)
        pdf.drawCentredString(MAIN_X + MAIN_WIDTH / 2, 30, f"Page {number + 1} of {total}")
        pdf.setFillColor(colors.black)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --- two-column templates ---------------------------------------------------------------------


def _column_runs(lines: list[str], width: float) -> list[_Run]:
    runs: list[_Run] = []
    for line in lines:
        if not line.strip():
            runs.append(_Run("", BODY_FONT, 10, 8))
            continue
        heading = line.isupper() and len(line) < 30
        font, size = (BOLD_FONT, 12) if heading else (BODY_FONT, 10)
        for part in simpleSplit(line, font, size, width):
            runs.append(_Run(part, font, size, 18 if heading else 13))
    return runs


def _two_column_pdf(
    side: list[str], main: list[str], *, side_right: bool, in_form: bool = False
) -> bytes:
    side_x, main_x = (420, 40) if side_right else (40, 220)
    side_width, main_width = 150, (360 if side_right else 350)
    placed: list[tuple[int, float, float, _Run]] = []
    columns = ((main_x, _column_runs(main, main_width)), (side_x, _column_runs(side, side_width)))
    for x, runs in columns:
        for page, (y, run) in _paginate_flat(runs):
            placed.append((page, -y, x, run))
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    # Drawn row by row across both columns, as many template engines do.
    for page in sorted({item[0] for item in placed}):
        if in_form:
            pdf.beginForm(f"page{page}")
        for _, minus_y, run_x, run in sorted(
            (item for item in placed if item[0] == page), key=lambda item: (item[1], item[2])
        ):
            if run.text:
                pdf.setFont(run.font, run.size)
                pdf.drawString(run_x, -minus_y, run.text)
        if in_form:
            pdf.endForm()
            pdf.doForm(f"page{page}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _paginate_flat(runs: list[_Run]) -> list[tuple[int, tuple[float, _Run]]]:
    return [(page, placed) for page, items in enumerate(_paginate(runs)) for placed in items]
