"""Text garbled by a wrong decoding on its way to us, repaired before it is read.

A resume copied out of a CSV export or a web form is often UTF-8 read as Windows-1252:
"NaÃ¯ve Bayes", "Skills â€¢ Python". ftfy undoes that where it is sure. Some exports lost the
control byte in the middle of a bullet's three bytes, leaving "â¢" between items ("Skills â¢
Programming Languages: ... â¢ Machine learning: ...") or the last byte of a closing quote,
which Windows-1252 does not define ("first outâ€ approach"); ftfy would read "â¢ " as a braille
sign and "â€ " as a dagger that swallows the space, so those two are restored first.
"""

import re

import ftfy

_LOST_BYTE = re.compile("\u00e2\u00a2|\u00e2\u20ac(?=\\s|$)")
_RESTORED = {"\u00e2\u00a2": "\u2022", "\u00e2\u20ac": "\u201d"}
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # "R&amp;D" in a resume is as the candidate wrote it
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization=None,  # the lines are NFKC-normalised afterwards
    explain=False,
)


def repaired(text: str) -> str:
    restored = _LOST_BYTE.sub(lambda match: _RESTORED[match[0]], text)
    return ftfy.fix_text(restored, _CONFIG)
