"""Everyday names for O*NET's product names: "Microsoft Excel" is also "Excel", "Amazon Web
Services AWS software" is also "AWS" and "Amazon Web Services".

A vendor is a capitalised word that starts several product names and is never written in
lower case among them ("Microsoft", "Autodesk"), or a name ending in a company word
("National Instruments", "Unity Technologies"). What remains after the vendor becomes an alias
only when it still reads as a name: a word with inner capitals or digits, a word that is not an
ordinary English word (the vocabulary comes from O*NET's and ESCO's own prose), or several
capitalised words ("Visual Basic"). So "Microsoft Teams" does not make "Teams" a skill.
A generic name for a practice's software ("Functional testing software") also gives the
practice ("Functional testing"), as resumes write it in prose.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from app.knowledge.keys import lookup_key, stem

COMPANY_WORDS = frozenset(
    [
        "Software",
        "Systems",
        "Systemes",
        "Technologies",
        "Technology",
        "Corporation",
        "Corp",
        "Inc",
        "Labs",
        "Solutions",
        "Group",
        "Graphics",
        "Instruments",
        "Robotics",
        "Healthcare",
        "Reuters",
        "Development",
        "International",
        "Associates",
        "Company",
        "Computing",
        "Research",
        "Engineering",
        "Scientific",
        "Incorporated",
        "LLC",
        "Ltd",
    ]
)
SMALL_WORDS = frozenset(["of", "and", "for", "the", "to", "in", "on", "a", "an", "with", "by"])
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_PARENTHESIS = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
_SOFTWARE_SUFFIX = re.compile(r"\s+software$", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_SPLIT = re.compile(r"[\s\-/]+")
MIN_PRODUCTS = 2
MIN_PRODUCTS_OF_WORD = 5
MAJOR_VENDOR_PRODUCTS = 10


def ordinary_words(texts: Iterable[str]) -> frozenset[str]:
    """Words written in lower case somewhere in running prose: "teams", "project", "access"."""
    found: set[str] = set()
    for text in texts:
        found.update(_LOWER_WORD.findall(text))
    return frozenset(found)


def find_vendors(
    names: list[str], categories: Iterable[str], vocabulary: frozenset[str]
) -> dict[str, int]:
    """Vendor prefixes of product names, by the rules in the module docstring. A word that is
    a product on its own ("Python", "SAP software") is not a vendor of the names it starts, and
    an ordinary word ("Red", "Apple") must start many names to count as one."""
    lower_in_names = ordinary_words([*names, *categories])
    products = {lookup_key(name) for name in names}
    counts: Counter[str] = Counter()
    for name in names:
        tokens = name.split()
        for size in (1, 2, 3):
            prefix = tokens[:size]
            if len(tokens) > size and _vendor_shape(prefix, lower_in_names, products):
                counts[" ".join(prefix)] += 1
    return {
        vendor: count
        for vendor, count in sorted(counts.items())
        if vendor.split()[-1] in COMPANY_WORDS
        or count >= (MIN_PRODUCTS_OF_WORD if vendor.lower() in vocabulary else MIN_PRODUCTS)
    }


def _vendor_shape(tokens: list[str], lower_in_names: frozenset[str], products: set[str]) -> bool:
    if not all(token[:1].isupper() or token[:1].isdigit() for token in tokens):
        return False
    if len(tokens) == 1:
        word = tokens[0].lower()
        return word.isalnum() and word not in lower_in_names and word not in products
    return tokens[-1] in COMPANY_WORDS


def category_acronyms(categories: Iterable[str]) -> frozenset[str]:
    """Acronyms of product categories ("ERP", "CRM", "CAD"): kinds of product, not names."""
    return frozenset(
        word for category in categories for word in category.split() if _ACRONYM.match(word)
    )


# One curated "MS Word" could be a one-off; two products written so show a habit.
MIN_ABBREVIATED_PRODUCTS = 2


def vendor_abbreviations(curated: list[dict], vendors: Iterable[str]) -> dict[str, str]:
    """Short names of vendors that the curated list writes for several of their products
    ("MS Word" and "MS Visio" for "Microsoft Word" and "Microsoft Visio": "Microsoft" -> "MS"),
    in capitals whose letters the vendor's name spells in order."""
    known = set(vendors)
    seen: Counter[tuple[str, str]] = Counter()
    for entry in curated:
        vendor, _, product = entry["name"].partition(" ")
        if vendor not in known or not product:
            continue
        for alias in entry.get("aliases", ()):
            short, _, rest = alias.partition(" ")
            if rest == product and short.isupper() and _spells(vendor.lower(), short.lower()):
                seen[vendor, short] += 1
    return {
        vendor: short
        for (vendor, short), count in sorted(seen.items())
        if count >= MIN_ABBREVIATED_PRODUCTS
    }


def _spells(word: str, letters: str) -> bool:
    remaining = iter(word)
    return word[:1] == letters[:1] and all(letter in remaining for letter in letters)


class ProductNames:
    def __init__(
        self,
        vendors: dict[str, int],
        vocabulary: frozenset[str],
        generic: frozenset[str],
        abbreviations: dict[str, str] | None = None,
        everyday_word: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self._products_of = vendors
        self._everyday_word = everyday_word
        self._abbreviations = abbreviations or {}
        self._vendors: dict[str, list[str]] = defaultdict(list)
        for vendor in sorted(vendors, key=lambda vendor: (-len(vendor), vendor)):
            self._vendors[vendor.split()[0]].append(vendor)
        self._vocabulary = vocabulary
        self._generic = generic
        self._big_vendor_words = frozenset(
            word.lower()
            for vendor, count in vendors.items()
            if count >= MAJOR_VENDOR_PRODUCTS
            for word in vendor.split()
        )

    def aliases(self, name: str) -> list[str]:
        """Shorter names a product is known by, most specific first, without the name itself."""
        forms = [name]
        parenthesis = _PARENTHESIS.match(name)
        if parenthesis:
            forms.append(parenthesis[1])
            if self.reads_as_name(parenthesis[2]):
                forms.append(parenthesis[2])
        spelled_out = False
        for form in list(forms):
            bare = _SOFTWARE_SUFFIX.sub("", form)
            if bare != form and self.reads_as_name(bare):
                forms.append(bare)
            acronym_forms = self._acronym_forms(bare)
            forms.extend(acronym_forms)
            spelled_out = spelled_out or bool(acronym_forms)
        # "MS Access" for "Microsoft Access", as people write it.
        for form in list(forms):
            vendor, _, rest = form.partition(" ")
            if rest and vendor in self._abbreviations:
                forms.append(f"{self._abbreviations[vendor]} {rest}")
        # "Amazon Web Services AWS": the acronym shows the first word belongs to the name.
        for form in [] if spelled_out else list(forms):
            product = self._without_vendor(form)
            # Two letters left by a vendor ("Jenzabar EX") name nothing on their own.
            if product and len(lookup_key(product)) > 2 and self.reads_as_name(product):
                forms.append(product)
        keys = {lookup_key(name)}
        unique = []
        for form in forms:
            key = lookup_key(form)
            if len(key) >= 2 and key not in keys:
                keys.add(key)
                unique.append(form)
        return unique

    def brand_words(self, name: str) -> list[str]:
        """Words of a product name that name the product family on their own: "SolidWorks" and
        "Abaqus" in "Dassault Systemes Simulia Abaqus FEA", "ANSYS" in "ANSYS Multiphysics".
        Not ordinary words, company words, short acronyms or the big vendors ("Microsoft")
        whose name alone says nothing about the product, nor everyday English words ("Leverage"
        in "IAD Audit Leverage", "Robust" in "Robust Software Overseer Suite"): the data's own
        prose never writes them, but resumes do."""
        found = []
        for word in _SPLIT.split(_SOFTWARE_SUFFIX.sub("", name)):
            bare = word.strip("(),.")
            if (
                len(bare) >= 4
                and bare[:1].isupper()
                and bare.isalnum()
                and bare.lower() not in self._vocabulary
                and bare.capitalize() not in COMPANY_WORDS
                and bare.lower() not in self._big_vendor_words
                and not self._everyday_word(bare)
            ):
                found.append(bare)
        return found

    def same_product(self, product: str, name: str, name_keys: set[str]) -> int | None:
        """How surely an O*NET product and a hand-written skill name are one thing, 0 (surest)
        to 2, or None: "Salesforce software" and "Salesforce" (0), "Domain name system DNS"
        and "DNS" (1), "Oracle Java" and "Java" (2). An acronym counts only beside its
        expansion ("PMP" is not "Pathogen Modeling Program PMP" for a list that spells PMP
        out otherwise); a small vendor's product only under a name that is not ordinary words
        ("Big Data" is not "Informatica Big Data") and is written alike or listed with the
        vendor ("Expo" is not "Leading Market Technologies EXPO")."""
        key = lookup_key(name)
        bare = _SOFTWARE_SUFFIX.sub("", product)
        head, _, last = product.rpartition(" ")
        parenthesis = _PARENTHESIS.match(product)
        plain = {
            lookup_key(product),
            lookup_key(bare),
            *map(lookup_key, parenthesis.groups() if parenthesis else ()),
        }
        if key in plain or (last in COMPANY_WORDS and key == lookup_key(head)):
            return 0
        acronym_head = bare.rpartition(" ")[0]
        for form in self._acronym_forms(bare):
            if key == lookup_key(form):
                spelled = form == acronym_head or lookup_key(acronym_head) in name_keys
                return 1 if spelled else None
        vendor = self._vendor_of(bare)
        if vendor is None or key != lookup_key(bare[len(vendor) :]):
            return None
        if self._products_of.get(vendor, 0) >= MAJOR_VENDOR_PRODUCTS:
            return 2
        ordinary = not any(self._proper(token) for token in name.split())
        alike = bare[len(vendor) :].strip() == name or lookup_key(product) in name_keys
        return None if ordinary or not alike else 2

    def _vendor_of(self, form: str) -> str | None:
        for vendor in self._vendors.get(form.split(" ", 1)[0], ()):
            if form.startswith(vendor + " "):
                return vendor
        return None

    def _without_vendor(self, form: str) -> str | None:
        vendor = self._vendor_of(form)
        return form[len(vendor) + 1 :].strip() if vendor else None

    def _acronym_forms(self, form: str) -> list[str]:
        """ "Customer relationship management CRM" -> "CRM", "Customer relationship management"."""
        head, _, last = form.rpartition(" ")
        if not head or not _ACRONYM.match(last):
            return []
        content = [word for word in _SPLIT.split(head) if word.lower() not in SMALL_WORDS]
        initials = "".join(word[0] for word in content[-len(last) :] if word)
        if (len(content) < len(last) or initials.lower() != last.lower()) and not _spelled_by(
            last, content
        ):
            return []
        acronym = [last] if len(last) >= 3 and last.lower() not in self._vocabulary else []
        return [*acronym, head]

    def reads_as_name(self, text: str) -> bool:
        tokens = text.split()
        if not tokens or len(lookup_key(text)) < 2 or text in self._generic:
            return False
        if len(tokens) >= 2 and all(token[:1].isupper() or token[:1].isdigit() for token in tokens):
            return True
        return any(self._proper(token) for token in tokens)

    def _proper(self, token: str) -> bool:
        core = re.sub(r"\W", "", token)
        if not core:
            return False
        if any(char.isdigit() for char in core) or any(char.isupper() for char in core[1:]):
            return True
        return core[0].isupper() and core.lower() not in self._vocabulary


# "Functional testing", "Defect tracking", "Data mining": a kind of software named after what
# people do with it, which is a skill they name in prose (a lower-case word ending in "-ing").
_PRACTICE = re.compile(r"[A-Z][a-z-]+(?: [a-z][a-z-]*)* [a-z][a-z-]{2,}ing")


def practice_of(name: str) -> str | None:
    """ "Functional testing software" -> "Functional testing"; not "Medical software" (one
    everyday word) nor a product ("Oracle software")."""
    bare = _SOFTWARE_SUFFIX.sub("", name)
    return bare if bare != name and _PRACTICE.fullmatch(bare) else None


_NOTE = re.compile(r"\s*\([a-z][^()]*\)$")


def product_base(name: str) -> str:
    """A product's name without a trailing "software" or lower-case note in parentheses."""
    return _SOFTWARE_SUFFIX.sub("", _NOTE.sub("", name)).strip() or name


def singular(name: str) -> str | None:
    """ "Desktop computers" -> "Desktop computer", for tools listed in the plural."""
    head, _, last = name.rpartition(" ")
    single = stem(last.lower())
    if single == last.lower():
        return None
    word = last[: len(single)] if last.lower().startswith(single) else single
    return f"{head} {word}".strip()


MIN_SPELLED, MAX_SPELLED = 3, 5
"""Acronyms read from the letters of their words: longer ones are brand names as often
("GENESYS" is also the contact centre software)."""


def _spelled_by(acronym: str, words: list[str]) -> bool:
    """Whether the last words spell the acronym, each from its first letter on, as
    "Hypertext markup language" spells HTML, "Subversion" SVN and "Extensible markup language"
    XML (an "ex" reads as X): every word gives the next letter first, then maybe more of its
    own letters in order. "NextGen Healthcare" does not spell EHR."""
    if not MIN_SPELLED <= len(acronym) <= MAX_SPELLED:
        return False
    wanted = acronym.lower()
    for start in range(len(words) - 1, -1, -1):
        if words[start].isupper():  # "SOCET" is a name of its own, not SET spelled out
            return False
        if _words_spell(wanted, [word.lower() for word in words[start:]]):
            return True
    return False


def _words_spell(wanted: str, words: list[str]) -> bool:
    """Whether the words, in turn, give the letters: each its next few (see `_spells`)."""
    if not words or not wanted:
        return not words and not wanted
    word = words[0][1:] if words[0].startswith("ex") and wanted[0] == "x" else words[0]
    return any(
        _spells(word, wanted[:count]) and _words_spell(wanted[count:], words[1:])
        for count in range(len(wanted), 0, -1)
    )
