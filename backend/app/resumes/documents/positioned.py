"""A PDF page's text laid out on a character grid from the positions pypdf's plain mode reports.

pypdf's layout mode skips text inside form XObjects (`Do`), where Chrome, Canva and many
converters put a whole page, and it can fail on a font; plain mode reads that text but in drawing
order. The positions plain mode passes to a visitor give the same kind of grid as layout mode
(x positions kept as spaces), so a two-column page can still be split at its gutter."""

import math
from dataclasses import dataclass

from pypdf import PageObject

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# An average glyph is about half as wide as the font size (Helvetica 0.51, Times 0.45).
CHAR_WIDTH_PER_POINT = 0.5
# Fragments whose baselines are closer than this share of the font size are on one line.
SAME_LINE_SHARE = 0.4
LINE_ADVANCE = 1.2
# Wider than any page at the smallest font: a position past it (a hostile PDF) is not padded to.
MAX_COLUMNS = 500


@dataclass(frozen=True)
class Fragment:
    x: float
    y: float
    size: float
    text: str


def positioned_text(page: PageObject) -> tuple[str, str]:
    """(plain-mode text, the same text on a character grid by position; "" when the positions
    cannot be read)."""
    fragments: list[Fragment] = []
    forms: list[Matrix] = []  # where each form XObject being read is drawn on the page
    unreadable: list[Exception] = []

    def before(operator: bytes, _operands: object, cm: list[float], _tm: object) -> None:
        # Text reported inside a form is in the form's own coordinates; its /Matrix (nearly
        # always the identity) is left out.
        if operator == b"Do":
            outer = forms[-1] if forms else IDENTITY
            try:
                forms.append(multiply(_matrix(cm), outer))
            except (TypeError, ValueError) as exc:
                unreadable.append(exc)
                forms.append(outer)

    def after(operator: bytes, *_: object) -> None:
        if operator == b"Do" and forms:
            forms.pop()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        try:
            _add_fragments(fragments, text, multiply(_matrix(tm), _matrix(cm)), forms, size)
        except (TypeError, ValueError, ArithmeticError) as exc:  # a malformed operand
            unreadable.append(exc)

    # A failure of plain mode itself propagates, as it did before positions were read.
    plain = page.extract_text(
        visitor_operand_before=before, visitor_operand_after=after, visitor_text=visit
    )
    return plain or "", "" if unreadable else grid_text(fragments)


def _add_fragments(
    fragments: list[Fragment], text: str, matrix: Matrix, forms: list[Matrix], size: float
) -> None:
    if not text.strip():
        return
    placed = multiply(matrix, forms[-1] if forms else IDENTITY)
    if abs(placed[1]) > abs(placed[0]) * 0.01:  # rotated text: not part of a column
        return
    scaled = abs(size) * math.hypot(placed[2], placed[3]) or abs(size) or 1.0
    if not all(math.isfinite(value) for value in (placed[4], placed[5], scaled)):
        return
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            y = placed[5] - index * scaled * LINE_ADVANCE
            fragments.append(Fragment(placed[4], y, scaled, line))


def grid_text(fragments: list[Fragment]) -> str:
    """One line per baseline, each fragment at the column of its x position."""
    if not fragments:
        return ""
    sizes = sorted(fragment.size for fragment in fragments)
    unit = max(sizes[len(sizes) // 2], 1.0) * CHAR_WIDTH_PER_POINT
    left = min(fragment.x for fragment in fragments)
    lines: list[str] = []
    for row in _rows(fragments):
        line = ""
        for fragment in sorted(row, key=lambda item: item.x):
            column = max(min(round((fragment.x - left) / unit), MAX_COLUMNS), len(line))
            line = line.ljust(column) + fragment.text
        lines.append(line.rstrip())
    return "\n".join(lines)


def _rows(fragments: list[Fragment]) -> list[list[Fragment]]:
    rows: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda item: (-item.y, item.x)):
        if rows and rows[-1][0].y - fragment.y < SAME_LINE_SHARE * fragment.size:
            rows[-1].append(fragment)
        else:
            rows.append([fragment])
    return rows


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n, in PDF's row-vector convention."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _matrix(values: list[float]) -> Matrix:
    a, b, c, d, e, f = (float(value) for value in values[:6])
    return (a, b, c, d, e, f)
