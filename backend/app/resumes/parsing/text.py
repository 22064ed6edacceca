"""Line-level helpers shared by the resume parsers: cleaning, bullets, field separators."""

import re
import unicodedata

# Typographic dashes (hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus),
# spelled as escapes because they are indistinguishable from "-" on screen.
EN_DASH, EM_DASH = "\u2013", "\u2014"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
APOSTROPHES = "'\u2019"
_DASH_BULLETS = f"-*>~{EN_DASH}{EM_DASH}"
_BULLET_GLYPHS = set(f"•●◦▪■□‣\u2043∙·○◆◇►▶➢➤➔→✓✔✗❖♦{_DASH_BULLETS}")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
_SUB_BULLET = re.compile(r"^o\s+(?=[A-Z])")
# Separators between fields on one line: tabs, wide gaps, pipes, middle dots, spaced dashes.
_FIELD_SEPARATOR = re.compile(
    rf"\t+|\s{{2,}}|\s*\|\s*|\s*{EM_DASH}\s*|\s+[•·◦▪]\s+|\s+[{EN_DASH}-]+\s+"
)
_SPACES = re.compile(r"[ \t]+")
MAX_LINE_CHARS = 2_000
_PAGE_FOOTER = re.compile(r"^(?:-\s*)?page \d+(?: of \d+)?(?:\s*-)?$", re.I)


def clean_lines(text: str, *, max_line_chars: int = MAX_LINE_CHARS) -> list[str]:
    """Non-empty lines, Unicode-normalized (ligatures, no-break spaces), trimmed, without page
    footers ("Page 2 of 3", which LinkedIn's PDF puts between two jobs)."""
    normalized = unicodedata.normalize("NFKC", text)
    lines = []
    for raw in normalized.splitlines():
        line = raw.replace("\u200b", "").strip()[:max_line_chars]
        if line and not _PAGE_FOOTER.match(line):
            lines.append(line)
    return lines


def is_bullet(line: str) -> bool:
    if not line:
        return False
    first = line[0]
    if first in _DASH_BULLETS:  # these need a space after them ("-5%" is not a bullet)
        return len(line) > 1 and line[1] == " "
    if first in _BULLET_GLYPHS:
        return True
    if unicodedata.category(first) in ("Co", "Cc", "So"):  # Wingdings/private-use bullet glyphs
        return True
    return bool(_NUMBERED.match(line) or _SUB_BULLET.match(line))


def strip_bullet(line: str) -> str:
    if not is_bullet(line):
        return line.strip()
    if _NUMBERED.match(line):
        return _NUMBERED.sub("", line, count=1).strip()
    return line[1:].strip()


def split_fields(line: str) -> list[str]:
    """The fields of a line laid out as `Title | Company    City, ST`, trimmed, none empty."""
    parts = (_SPACES.sub(" ", part).strip(" ,;:") for part in _FIELD_SEPARATOR.split(line))
    return [part for part in parts if part]


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def word_count(text: str) -> int:
    return len(text.split())
