"""Street addresses: a street word and a house number, the way each language writes them.

- number first, type last (en): "12 Baker Street", "221B Baker St"
- number first, type first (fr): "10 rue de Rivoli", "5, avenue Foch"
- type, name, number (fr, es, it, pt): "rue de Rivoli 10", "Calle Mayor 5",
  "Via Roma 3", "Rua Augusta 20"
- one compound word, number (de, nl, no, da, sv): "Hauptstraße 12", "Kerkstraat 12",
  "Storgata 5", "Vesterbrogade 3", "Drottninggatan 4"; or two words: "Karl Johans gate 1"
- name, type, number (hu): "Kossuth Lajos utca 5", "Andrássy út 12"
- type, name, number, flat (pl): "ul. Marszałkowska 10", "al. Jerozolimskie 123",
  "ulica Długa 5/7", "os. Tysiąclecia 12 m. 4", "ul. 3 Maja 5"

A street word alone proves little ("Gate 12" at an airport, "Baldur's Gate 3", "via
Windows 10"), so each pattern runs only for the languages that write it (the post's
detected languages and its markets' languages, ``regions.address_languages``), except
for suffixes no other language ends a word with ("-straße", "-gatan"). Matches score
0.6 (a street address, not yet whose); the check decides from the words around it
whether it is the brand's own shop or a person's home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from fauxpas.checks.privacy.numbers import not_personal
from fauxpas.checks.privacy.recognizer import Hit

_UP = "A-ZÀ-ÖØ-ÞŐŰŒĄĆĘŁŃŚŹŻ"
NAME = rf"[{_UP}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
NUM = r"\d{1,4}[A-Za-z]?(?:\s?(?:bis|ter))?"
_END = r"(?![\w]|[.,:]\d)"
_START = r"(?<![\w.,/#:\-])"
SCORE = 0.6


@dataclass(frozen=True)
class AddressPattern:
    name: str
    languages: frozenset[str] | None  # None: every language
    regex: re.Pattern[str]


def _p(name: str, languages: str | None, body: str) -> AddressPattern:
    langs = frozenset(languages.split()) if languages else None
    return AddressPattern(name, langs, re.compile(body))


def _types(words: str) -> str:
    """'Street St Road' -> a group that also accepts the lower-case first letter."""
    out = []
    for word in words.split():
        head, rest = word[0], re.escape(word[1:])
        out.append(f"[{head}{head.lower()}]{rest}" if head.isupper() else re.escape(word))
    return "(?:" + "|".join(sorted(out, key=len, reverse=True)) + ")"


def _suffixes(words: str) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words.split()), key=len, reverse=True)) + ")"


EN_TYPES = ("Street St Road Rd Avenue Ave Lane Ln Drive Dr Boulevard Blvd Close Crescent Court "
            "Place Terrace Way Square Row Gardens Grove Mews Parkway")
FR_TYPES = "Rue Avenue Av. Boulevard Bd Place Allée Impasse Quai Chemin Cours Route Passage Square"
ES_TYPES = "Calle C/ Avenida Avda. Paseo Plaza Pza. Camino Carrer Carretera Ronda Travesía Glorieta"
IT_TYPES = "Via Viale V.le Piazza P.za Piazzale Corso C.so Largo Vicolo Lungomare Strada"
PT_TYPES = "Rua Avenida Av. Travessa Praça Largo Alameda Estrada Calçada"
HU_TYPES = "utca u. út útja tér tere körút krt. sétány köz fasor rakpart"
PL_TYPES = ("Ulica Ulicy Ul. Ul Aleja Alei Aleje Al. Plac Placu Pl. Osiedle Osiedlu Os. Rondo "
            "Bulwar Skwer")
_EN_TYPES = _types(EN_TYPES)
_FR_TYPES = _types(FR_TYPES)
_FR_PARTICLES = r"(?:(?:de la|de l'|de|du|des|la|le|les|l'|d')\s*)"
_ES_TYPES = _types(ES_TYPES)
_IT_TYPES = _types(IT_TYPES)
_PT_TYPES = _types(PT_TYPES)
_ROMANCE_PARTICLES = (r"(?:(?:de la|de los|de las|del|de|da|do|dos|das|di|della|delle|dei|"
                      r"degli|dello|d')\s*)")
_NUMBER_MARK = r"(?:n[º°.]\s*|nº\s*|nr\.?\s*|num\.?\s*)?"
_HU_TYPES = _suffixes(HU_TYPES)
_PL_TYPES = _types(PL_TYPES)
# "ul. gen. Andersa 5", "ul. św. Marcina 12"
_PL_TITLES = r"(?:(?:gen|ks|św|sw|prof|dr|im|marsz|kard)\.\s*)"
# the flat after the house number: "5/7", "5 m. 4", "10 lok. 2"
_FLAT = r"(?:\s?/\s?\d{1,4}[A-Za-z]?|\s(?:m|lok)\.\s?\d{1,4}[A-Za-z]?)"
_COMPOUND = {
    # not "-platz": "Platz 2", "Tabellenplatz 3" are rankings far more often than streets
    "de": "straße strasse str. gasse weg allee damm ufer chaussee pfad steig",
    "nl": "straat laan weg plein gracht kade singel dijk steeg dreef",
    "no": "gata gate gaten veien vegen vei veg plass plassen allé torget stredet svingen",
    "da": "gade vej vejen allé stræde torv plads",
    "sv": "gatan vägen väg gränd torget backe stigen allén",
}
_ALWAYS_SUFFIXES = "straße strasse straat gracht gata gaten gatan vägen veien vegen vej vejen"
_SEPARATE = {
    "de": "Straße Strasse Weg Allee",
    "nl": "straat laan weg plein",
    "no": "gate gata vei veg plass allé",
    "da": "gade vej allé plads",
    "sv": "gata gatan väg vägen",
}


def _compound(languages: str | None, suffixes: str) -> AddressPattern:
    return _p(f"street-word + number ({languages or 'all'})", languages,
              rf"(?<!\w)[{_UP}]\w+?{_suffixes(suffixes)}\s+{NUM}{_END}")


def _separate(lang: str, words: str) -> AddressPattern:
    return _p(f"name + street word + number ({lang})", lang,
              rf"(?<!\w)(?:{NAME}\s+){{1,2}}{_suffixes(words)}\s+{NUM}{_END}")


PATTERNS: tuple[AddressPattern, ...] = (
    _p("number + name + street type (en)", "en",
       rf"{_START}{NUM},?\s+(?:{NAME}\s+){{1,3}}{_EN_TYPES}\.?(?!\w)"),
    _p("number + rue/avenue + name (fr)", "fr",
       rf"{_START}{NUM},?\s+{_FR_TYPES}\s+{_FR_PARTICLES}?{NAME}"),
    _p("rue/avenue + name + number (fr)", "fr",
       rf"(?<!\w){_FR_TYPES}\s+{_FR_PARTICLES}?{NAME}(?:\s+{NAME}){{0,2}},?\s+{NUM}{_END}"),
    *(
        _p(f"street type + name + number ({lang})", lang,
           rf"(?<!\w){types}\s+{_ROMANCE_PARTICLES}?{NAME}"
           rf"(?:\s+{_ROMANCE_PARTICLES}?{NAME}){{0,3}}(?:,\s*|\s+){_NUMBER_MARK}{NUM}{_END}")
        for lang, types in (("es", _ES_TYPES), ("it", _IT_TYPES), ("pt", _PT_TYPES))
    ),
    _p("name + utca/út/tér + number (hu)", "hu",
       rf"(?<!\w)(?:{NAME}\s+){{1,3}}{_HU_TYPES}\s+{NUM}{_END}"),
    # a dot or a space after the type; numbered streets first ("ul. 3 Maja 5")
    _p("street type + name + number (pl)", "pl",
       rf"(?<!\w){_PL_TYPES}(?:\s+|(?<=\.))(?:\d{{1,2}}\s+)?{_PL_TITLES}?{NAME}"
       rf"(?:\s+{_PL_TITLES}?{NAME}){{0,2}},?\s+{NUM}{_FLAT}?{_END}"),
    _p("name + utca + number (all)", None,
       rf"(?<!\w)(?:{NAME}\s+){{1,3}}utca\s+{NUM}{_END}"),
    *(_compound(lang, suffixes) for lang, suffixes in _COMPOUND.items()),
    _compound(None, _ALWAYS_SUFFIXES),
    *(_separate(lang, words) for lang, words in _SEPARATE.items()),
)

# The cheap gate in front of the patterns (each costs 4-12 microseconds a post): a short
# number standing alone (or with its flat, "5/7"), with a street word or suffix within a
# few words of it.
_HOUSE_NUMBER = re.compile(r"(?<![\w.,:/#@])\d{1,4}(?:/\d{1,4})?(?!\d|[.,:/%]\d)")
_WORD = re.compile(r"[^\W\d_]+")
_HINT_BEFORE = 48
_HINT_AFTER = 40
# Polish abbreviations that are words elsewhere (Spanish "al", Portuguese "os") count
# only with their dot.
_DOTTED_ONLY = frozenset({"al", "pl", "os"})
_DOTTED_HINT = re.compile(r"(?<!\w)(?:al|pl|os)\.", re.IGNORECASE)
STREET_WORDS = frozenset(
    word for word in (w.lower().rstrip(".") for w in " ".join(
        (EN_TYPES, FR_TYPES, ES_TYPES, IT_TYPES, PT_TYPES, HU_TYPES, PL_TYPES,
         *_SEPARATE.values())
    ).split()) if word.isalpha() and word not in _DOTTED_ONLY
)
STREET_SUFFIXES = tuple(sorted({w.rstrip(".") for words in (*_COMPOUND.values(),
                                                            _ALWAYS_SUFFIXES)
                                for w in words.split()}))


def street_hint(text: str) -> bool:
    """A street word or suffix near a house-number-like number: worth running patterns."""
    for match in _HOUSE_NUMBER.finditer(text):
        window = text[max(0, match.start() - _HINT_BEFORE):match.end() + _HINT_AFTER]
        for word in _WORD.findall(window.lower()):
            if word in STREET_WORDS or word.endswith(STREET_SUFFIXES):
                return True
        if _DOTTED_HINT.search(window):
            return True
    return False


_TRAILING_NUMBER = re.compile(rf"{NUM}{_FLAT}?\.?$")
_LEADING_NUMBER = re.compile(rf"^{NUM},?\s+")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def find_addresses(text: str, languages: frozenset[str]) -> Iterator[Hit]:
    if not street_hint(text):
        return
    seen: set[tuple[int, int]] = set()
    for pattern in PATTERNS:
        if pattern.languages is not None and not pattern.languages & languages:
            continue
        for match in pattern.regex.finditer(text):
            start, end = match.span()
            if (start, end) in seen:
                continue
            raw = match.group()
            street = _street(raw)
            number = raw[len(street):] if raw.startswith(street) else raw[:-len(street)]
            if _YEAR.fullmatch(number.strip(" ,.")):
                continue  # "Hauptstraße 2024": a year, not a house
            if not_personal(text, start, end) == "amount or count":
                continue  # "Storgata 5 km"
            seen.add((start, end))
            yield Hit(
                kind="address", recognizer="street_address", label="a street address",
                start=start, end=end, score=SCORE, pattern=pattern.name,
                validation="street word and house number", tail=street,
                detail={"street": street},
            )


def _street(raw: str) -> str:
    """The address without its house number: what a message may show."""
    stripped = _LEADING_NUMBER.sub("", raw)
    if stripped != raw:
        return stripped.strip()
    return _TRAILING_NUMBER.sub("", raw).strip(" ,")
