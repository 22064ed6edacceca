"""Spelling-insensitive keys, shared by the build script and the runtime so both agree.

A lookup key ignores case, accents, spacing and punctuation ("AUTO CAD", "Auto-CAD" and
"AutoCAD" are one key) but keeps the "+", "#" and "&" that tell C, C++ and C# (and S&OP and
SOP) apart.
"""

import re
import string
import unicodedata

_WORD = re.compile(r"[a-z0-9+#&]+")
_AMPERSAND = re.compile(r"\s+&\s+")
_KEPT = set(string.ascii_lowercase + string.digits + "+#&")
# Deletes every other ASCII character: keys are built with one C call for plain ASCII text.
_DROP = str.maketrans("", "", "".join(chr(code) for code in range(128) if chr(code) not in _KEPT))
# Plural endings folded so "Engineers" matches "Engineer"; both sides go through the same rule.
_KEEP_FINAL_S = ("ss", "us", "is")


def fold(text: str) -> str:
    """Lower case without accents, "&" between words read as "and"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    text = text.lower()
    return _AMPERSAND.sub(" and ", text) if "&" in text else text


def lookup_key(text: str) -> str:
    """The key of a name or alias: "AUTO CAD" == "AutoCAD", "Node.js" == "NodeJS"."""
    folded = fold(text)
    if folded.isascii():
        return folded.translate(_DROP)
    return "".join(_WORD.findall(folded))


def words(text: str) -> list[str]:
    """The words of a title or name, folded, punctuation dropped."""
    return _WORD.findall(fold(text))


def stem(word: str) -> str:
    """A crude singular ("nurses" -> "nurse", "technologies" -> "technology") for titles."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_FINAL_S):
        return word[:-1]
    return word
