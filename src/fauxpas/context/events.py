"""Reading the news: is an event a tragedy, how severe, where, how wide, for how long.

``classify(event)`` reads headline + summary + place with the crisis lexicons of all 12
languages (``knowledge/lexicons/<lang>/crisis.yaml``), a death-count parser and the
gazetteer. ``active(events, at)`` gives the tragedies still sensitive at a moment; the
per-event work is cached per events tuple, so 200 events cost one pass, not one per check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from fauxpas.context.cues import matcher, text_cues, words_of
from fauxpas.context.gazetteer import Place, default_gazetteer
from fauxpas.core.post import Event
from fauxpas.core.text.fold import fold
from fauxpas.core.text.tokens import tokenize

TRAGEDY_KINDS = frozenset({"attack", "shooting", "disaster", "accident", "war", "death",
                           "casualty"})
VIOLENT_KINDS = frozenset({"attack", "shooting", "war"})
SENSITIVE_HOURS = {3: 168, 2: 72, 1: 24}
EARLY = timedelta(hours=1)  # a post just before a feed reports the event still counts

_NUMBER_WORDS = {
    # en, fr, de, es, it, pt, nl, no/da, sv, hu, pl (folded; Polish also in the form
    # that counts people, "pięciu zabitych"; not "troje", Danish and Dutch)
    **dict.fromkeys(["two", "deux", "zwei", "dos", "due", "dois", "duas", "twee", "to", "tva",
                     "ket", "dwa", "dwie", "dwoch"], 2),
    **dict.fromkeys(["three", "trois", "drei", "tres", "tre", "drie", "harom", "trzy",
                     "trzech"], 3),
    **dict.fromkeys(["four", "quatre", "vier", "cuatro", "quattro", "quatro", "fire", "fyra",
                     "negy", "cztery", "czterech"], 4),
    **dict.fromkeys(["five", "cinq", "funf", "cinco", "cinque", "vijf", "fem", "ot", "piec",
                     "pieciu"], 5),
    **dict.fromkeys(["six", "sechs", "seis", "sei", "zes", "seks", "sex", "hat", "szesc",
                     "szesciu"], 6),
    **dict.fromkeys(["seven", "sept", "sieben", "siete", "sette", "sete", "zeven", "syv", "sju",
                     "het", "siedem", "siedmiu"], 7),
    **dict.fromkeys(["eight", "huit", "acht", "ocho", "otto", "oito", "atte", "otte", "atta",
                     "nyolc", "osiem", "osmiu"], 8),
    **dict.fromkeys(["nine", "neuf", "neun", "nueve", "nove", "negen", "nio", "kilenc",
                     "dziewiec", "dziewieciu"], 9),
    **dict.fromkeys(["ten", "dix", "zehn", "diez", "dieci", "dez", "tien", "ti", "tio", "tiz",
                     "dziesiec", "dziesieciu"], 10),
    **dict.fromkeys(["eleven", "onze", "elf", "undici", "elleve", "elva", "tizenegy",
                     "jedenascie", "jedenastu"], 11),  # not es "once"
    **dict.fromkeys(["twelve", "douze", "zwolf", "doce", "dodici", "doze", "twaalf", "tolv",
                     "tizenketto", "dwanascie", "dwunastu", "kilkanascie", "kilkunastu"], 12),
    **dict.fromkeys(["twenty", "vingt", "zwanzig", "veinte", "venti", "vinte", "twintig",
                     "tjue", "tyve", "tjugo", "husz", "dwadziescia", "dwudziestu"], 20),
    **dict.fromkeys(["dozen", "dozens", "dizaines", "dutzende", "decenas", "decine", "dezenas",
                     "tientallen", "titalls", "snesevis", "tiotals", "tucatnyi", "dziesiatki",
                     "kilkadziesiat", "kilkudziesieciu"], 24),
    **dict.fromkeys(["hundreds", "centaines", "hunderte", "cientos", "centinaia", "centenas",
                     "honderden", "hundrevis", "hundredvis", "hundratals", "szazak", "tobb szaz",
                     "setki"], 200),
}
_DEATH_WORDS = (
    r"dead|deaths|killed|dies|died|victims|fatalities|morts|mortes|tues|victimes|deces|tote|toten"
    r"|todesopfer|muertos|muertas|fallecidos|victimas|morti|vittime|mortos|mortas|vitimas"
    r"|doden|omgekomen|slachtoffers|dode|drepte|omkomne|omkom|draebte|doda|dodade|omkomna"
    r"|halott|halottak|halalos|aldozat|aldozata|aldozatok|meghalt"
    r"|zabitych|zabici|zginelo|zginely|zgineli|zmarlo|zmarly|zmarli|ofiar|ofiary|ofiarami"
    r"|nie zyje|nie zyja|smiertelnych"
)
_NUM = r"(\d{1,3}(?:[ ,.]\d{3})+|\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_COUNT_BEFORE = re.compile(r"(?<!\w)" + _NUM + r"\s+(?:[a-z-]+\s+){0,2}?(?:" + _DEATH_WORDS + r")\b")
# Polish puts the verb first as often as not: "Zginęło co najmniej 12 osób", "Nie żyje
# pięć osób"; the people counted must follow.
_COUNT_AFTER = re.compile(
    r"(?<!\w)(?:zginelo|zginely|zgineli|zmarlo|zmarly|zmarli|nie zyje|nie zyja)\s+"
    r"(?:co najmniej\s+|przynajmniej\s+|ponad\s+|juz\s+|az\s+)?" + _NUM
    + r"\s+(?:osob|osoby|ludzi|dzieci|pasazerow|zolnierzy|gornikow|cywilow|mieszkancow)\b"
)
_TOLL = re.compile(r"(?:death toll|bilan|todeszahl|dodental|dodstall|dodstal|dodssiffra"
                   r"|balance|bilancio|balanco|liczba ofiar|liczba zabitych)\D{0,25}?(\d{1,3}(?:[ ,.]\d{3})+|\d+)")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# capitalised words that open headlines and name nothing
_HEADLINE_FILLER = frozenset(
    ["at", "least", "more", "than", "over", "breaking", "update", "live", "mindst", "minst", "mindestens", "plus", "moins", "almeno", "almenos", "menos", "pelo", "minstens", "legalabb", "tobb", "mint", "nach", "after", "apres", "despues", "dopo", "depois", "na", "efter", "etter", "utan", "ponad", "najmniej", "przynajmniej", "pilne"])


@dataclass(frozen=True)
class EventInfo:
    event: Event
    tragedy: bool
    kinds: frozenset[str]
    deaths: int
    severity: int  # 0 none, 1 low, 2 serious, 3 severe
    width: str  # local / national / global
    places: tuple[Place, ...]
    countries: frozenset[str]
    place_names: frozenset[str]  # folded names of the places and their regions
    keywords: frozenset[str]  # folded names from the headline (storm names, events)
    crisis_stems: frozenset[str]
    until: datetime

    def active_at(self, at: datetime) -> bool:
        return self.tragedy and self.event.at - EARLY <= at <= self.until

    @property
    def text(self) -> str:
        return " ".join(x for x in (self.event.headline, self.event.summary) if x)


def tag_hits(text: str):
    if "#" not in text:
        return []
    return matcher("crisis").find_in_tags(words_of(tokenize(text)))


def stem(word: str) -> str:
    return word[:5]


def parse_deaths(text: str) -> int:
    """The largest death count stated in ``text`` (0 if none), in any of the 12 languages."""
    folded = fold(text)
    best = 0
    matches = [*_COUNT_BEFORE.finditer(folded), *_COUNT_AFTER.finditer(folded),
               *_TOLL.finditer(folded)]
    for match in matches:
        raw = match.group(1)
        value = _NUMBER_WORDS.get(raw)
        if value is None:
            digits = re.sub(r"[ ,.]", "", raw)
            value = int(digits) if digits.isdigit() else 0
        if value < 100_000:
            best = max(best, value)
    return best


def about_crisis(text: str) -> bool:
    """Is this headline or post about a crisis at all? Any crisis word, weak ones included.
    Looser than ``classify(...).tragedy``, which decides whether news is a tragedy to
    hold posts for and needs a strong word, two weak ones, or a death count."""
    return any(h.kind in TRAGEDY_KINDS for h in text_cues(text, "crisis").hits) or any(
        h.kind in TRAGEDY_KINDS for h in tag_hits(text))


@lru_cache(maxsize=4096)
def classify(event: Event) -> EventInfo:
    text = " ".join(x for x in (event.headline, event.summary) if x)
    cues = text_cues(text, "crisis")
    hits = [h for h in cues.hits if h.kind in TRAGEDY_KINDS]
    hits += [h for h in tag_hits(text) if h.kind in TRAGEDY_KINDS]
    strong = {h.kind for h in hits if h.weight >= 2}
    weak = sum(1 for h in hits if h.weight < 2)
    deaths = parse_deaths(text)
    kinds = frozenset(h.kind for h in hits)
    tragedy = bool(strong) or weak >= 2 or (deaths > 0 and bool(hits))
    if tragedy and deaths == 0 and cues.has("unharmed") and not kinds & VIOLENT_KINDS:
        # "storm brushes the island, no injuries reported, minor damage" (cue kind
        # ``unharmed``) is news, not a tragedy; an attack or a shooting stays one
        tragedy = False
    severity = 0
    if tragedy:
        if deaths >= 10 or (deaths > 0 and kinds & VIOLENT_KINDS):
            severity = 3
        elif deaths > 0 or strong & (VIOLENT_KINDS | {"disaster", "accident", "death"}):
            severity = 2
        else:
            severity = 1
    if deaths >= 100 or "war" in kinds:
        width = "global"
    elif severity >= 2:
        width = "national"
    else:
        width = "local"
    gazetteer = default_gazetteer()
    places = tuple(dict.fromkeys(gazetteer.find(event.place) + gazetteer.find(text)))
    names: set[str] = set()
    countries: set[str] = set()
    for place in places:
        countries.add(place.country)
        names |= gazetteer.names_of(place)
        for parent in gazetteer.ancestors(place):
            if parent.kind != "country":
                names |= gazetteer.names_of(parent)
    crisis_words = {fold(text[h.start:h.end]) for h in hits}
    stems = frozenset(stem(w) for phrase in crisis_words for w in phrase.split() if len(w) >= 4)
    hours = SENSITIVE_HOURS.get(severity, 0)
    return EventInfo(
        event=event, tragedy=tragedy, kinds=kinds, deaths=deaths, severity=severity,
        width=width, places=places, countries=frozenset(countries),
        place_names=frozenset(names), keywords=_keywords(event.headline, crisis_words, names),
        crisis_stems=stems, until=event.at + timedelta(hours=hours),
    )


def _keywords(headline: str, crisis_words: set[str], place_names: set[str]) -> frozenset[str]:
    """Capitalised names in a sentence-case headline ("Irma", "Marathon")."""
    words = _WORD.findall(headline)
    if not words:
        return frozenset()
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) > 0.6 * len(words):  # Title Case: capitals say nothing
        return frozenset()
    flat_crisis = {w for phrase in crisis_words for w in phrase.split()}
    out = set()
    for word in capitalised:
        folded = fold(word)
        if len(folded) >= 4 and folded not in _HEADLINE_FILLER and folded not in flat_crisis and folded not in place_names:
            out.add(folded)
    return frozenset(out)


@lru_cache(maxsize=64)
def classified(events: tuple[Event, ...]) -> tuple[EventInfo, ...]:
    """Every event classified once per events tuple."""
    return tuple(classify(e) for e in events)


def active(events: tuple[Event, ...], at: datetime) -> list[EventInfo]:
    """Tragedies still sensitive at ``at``, most severe first."""
    infos = [i for i in classified(events) if i.active_at(at)]
    return sorted(infos, key=lambda i: (-i.severity, -i.deaths))


def relevant_to(info: EventInfo, markets: tuple[str, ...]) -> bool:
    """Does a severe event matter to an account with these markets?"""
    if info.width == "global":
        return True
    if not markets:
        return info.width == "national"
    return bool(info.countries & set(markets))
