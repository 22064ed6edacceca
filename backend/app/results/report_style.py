"""The report's look: fonts, paragraph styles and the drawn bars of its charts."""

from functools import cache
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

FONT, BOLD, ITALIC = "Vera", "Vera-Bold", "Vera-Italic"
INDIGO = colors.HexColor("#4338ca")
MUTED = colors.HexColor("#525252")
TRACK = colors.HexColor("#e5e5e5")
GOOD, OK, WEAK = colors.HexColor("#059669"), colors.HexColor("#d97706"), colors.HexColor("#dc2626")


@cache
def _register_fonts() -> None:
    """Bitstream Vera, shipped with reportlab: embedded, so any reader shows the same letters,
    and Unicode-aware (curly quotes, dashes, accents) where the standard 14 fonts are not."""
    for name, file in ((FONT, "Vera.ttf"), (BOLD, "VeraBd.ttf"), (ITALIC, "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, file))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def styles() -> StyleSheet1:
    _register_fonts()
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        if isinstance(style, ParagraphStyle):
            style.fontName = BOLD if style.name.startswith(("Heading", "Title")) else FONT
    sheet["BodyText"].fontSize, sheet["BodyText"].leading = 9.5, 13
    sheet.add(ParagraphStyle("Small", parent=sheet["BodyText"], fontSize=8, textColor=MUTED))
    sheet.add(ParagraphStyle("Quote", parent=sheet["BodyText"], leftIndent=12, fontName=ITALIC))
    sheet.add(
        ParagraphStyle(
            "Item", parent=sheet["BodyText"], leftIndent=12, bulletIndent=2, bulletFontName=FONT
        )
    )
    return sheet


def para(text: str, style: str = "BodyText") -> Paragraph:
    """A paragraph of plain text (escaped: answers are the candidate's words, not markup)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def bullet(text: str) -> Paragraph:
    return Paragraph(escape(text), styles()["Item"], bulletText="•")


def tone(value: float) -> colors.Color:
    return GOOD if value >= 70 else OK if value >= 55 else WEAK


def _rect(x: float, y: float, width: float, height: float, fill: colors.Color) -> Rect:
    # Colours set after construction: types-reportlab types Rect's keyword arguments wrongly.
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor = fill, None
    return rect


def bars(rows: list[tuple[str, int | None]], *, width: float = 440, row_h: float = 16) -> Drawing:
    """Horizontal bars out of 100, one per row: label, bar, value ("n/a" when there is none)."""
    label_w, value_w = 130.0, 40.0
    track_w = width - label_w - value_w
    drawing = Drawing(width, row_h * len(rows) + 4)
    for index, (label, value) in enumerate(rows):
        y = drawing.height - (index + 1) * row_h
        drawing.add(String(0, y + 4, label, fontName=FONT, fontSize=8.5))
        drawing.add(_rect(label_w, y + 2, track_w, row_h - 6, TRACK))
        if value is not None:
            filled = track_w * max(0, min(100, value)) / 100
            drawing.add(_rect(label_w, y + 2, filled, row_h - 6, tone(value)))
        shown = "n/a" if value is None else str(value)
        drawing.add(String(width - value_w + 6, y + 4, shown, fontName=BOLD, fontSize=8.5))
    return drawing
