"""One spelling per email address, and no addresses made to look like another.

Registration and sign-in both fold an address to its NFKC case-folded form, so that fullwidth
letters, a Turkish dotted capital I or a German sharp s name the account their plain spelling
names. What folding cannot merge, a part of the address written in two alphabets ("paypal" with a
Cyrillic "a" in it), or a plain Latin name with one look-alike letter in it (a dotless i in "ali"),
is refused:
such an address only exists to pass for another. Addresses written in one script, Latin with
accents, Cyrillic or Greek alike, keep working.
"""

import unicodedata

from confusable_homoglyphs import categories, confusables

# Scripts that letters and digits of any language share: they cannot make a part "mixed".
_SHARED_SCRIPTS = ("COMMON",)
_COMBINING_DOT_ABOVE = "\u0307"


def normalize_email(email: str) -> str:
    """NFKC case folding, as Unicode recommends for caseless matching of identifiers."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", email).casefold())
    # "İ" case-folds to "i" plus a combining dot: in an address it only ever meant "i".
    return folded.replace("i" + _COMBINING_DOT_ABOVE, "i").strip()


def _script_names(part: str) -> list[str]:
    aliases = categories.unique_aliases(part) - set(_SHARED_SCRIPTS)
    return sorted(alias.title() for alias in aliases)


def _ascii_lookalike(part: str) -> str | None:
    """A non-ASCII letter that passes for an ASCII one, in a part that has ASCII letters."""
    if not any(ch.isascii() and ch.isalpha() for ch in part):
        return None
    for ch in part:
        if ch.isascii():
            continue
        for found in confusables.is_confusable(ch, greedy=True) or []:
            if any(len(h["c"]) == 1 and h["c"].isascii() for h in found["homoglyphs"]):
                return ch
    return None


def lookalike_problem(email: str) -> str | None:
    """Why the (normalised) address looks like another one, or None when it does not."""
    local, _, domain = email.rpartition("@")
    for part in [local, *domain.split(".")]:
        if confusables.is_mixed_script(part, allowed_aliases=list(_SHARED_SCRIPTS)):
            scripts = " and ".join(_script_names(part))
            return (
                f'"{part}" mixes letters of different alphabets ({scripts}), so it could look '
                "like another address. Type it in one alphabet."
            )
        lookalike = _ascii_lookalike(part)
        if lookalike is not None:
            name = unicodedata.name(lookalike, "a look-alike letter").lower()
            return (
                f'"{part}" contains "{lookalike}" ({name}), which looks like a plain Latin '
                "letter, so it could look like another address. Type the plain letter."
            )
    return None
