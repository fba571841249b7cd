"""Cheap word signals of a personal voice: first-person-singular, drinking and partying,
text-speak, flirting pet names. Folded word sets (no accents, lower case) per language,
matched on tokens; and the emoji of drinks (partying) and of annoyance (griping), read the
same in every language.

The sets are per language because the same short word means different things: "ma" is
"my" in French and "but" in Italian, "mi" is "me" in Spanish and "what" in Hungarian, "i"
is "I" in English and "the" in Italian, "full" is drunk in Norwegian. A text is read with
the sets of its candidate languages (``CheckContext.languages``), and with all of them when
its language is unknown. The tokenizer splits at apostrophes ("I'm" -> "I", "m").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fauxpas.core.text.tokens import Token


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


FIRST_PERSON = {
    "en": _words("i im ive me my mine myself"),
    "fr": _words("je j moi mon ma mes"),
    "de": _words("ich mich mir mein meine meiner meinen meinem"),
    "es": _words("yo me mi mis conmigo"),
    "it": _words("io mi me mio mia miei mie"),
    "pt": _words("eu me meu minha meus minhas comigo"),
    "nl": _words("ik mij mijn"),
    "no": _words("jeg meg min mitt mine"),
    "da": _words("jeg mig min mit mine"),
    "sv": _words("jag mig min mitt mina"),
    "hu": _words("engem enyem nekem velem"),
    "pl": _words("ja mnie moj moja moje moim mojej moich mna"),
}

PARTY = {
    "en": _words("beer beers booze drinking drunk wasted hammered hungover hangover tequila "
                 "vodka shots partying tipsy bourbon whiskey pissed"),
    "fr": _words("biere bieres bourre bourree cuite gueule apero"),
    "de": _words("bier biere besoffen saufen gesoffen kater verkatert prost"),
    "es": _words("cerveza cervezas borracho borracha resaca resacon resacota borrachera pedo peda"),
    "it": _words("birra birre ubriaco ubriaca sbronza"),
    "pt": _words("cerveja bebado bebada ressaca porre"),
    "nl": _words("bier zuipen bezopen kater biertje"),
    "no": _words("fyll full fyllesyk ol pils"),
    "da": _words("tommermaend fuld ol"),
    "sv": _words("bakfull packad supa ol"),
    "hu": _words("sor berug masnapos reszeg pia"),
    "pl": _words("piwo piwko piwka wodka pijany pijana nawalony schlany kac kaca skacowany "
                 "skacowana melanz"),
}
PARTY_STEMS = ("drunk", "hangover")  # drunken, drunkest, hangovers

# Text-speak that brands' own social voices use every day: laughter ("lol", "jajaja",
# "kkkk", "mdr"), "omg", "gonna", "u", "pls". It says the tone is casual, not that a person
# is posting; shorthand for the writer's own state ("idk", "smh", "fml", "ngl") does.
CASUAL_TEXT_SPEAK = _words("lol lmao lmfao rofl haha hahaha hehe xd xdd omg jaja jajaja kkk "
                           "kkkk kkkkk rsrs ahah ahahah hihi mdr ptdr gonna wanna gotta ya u ur "
                           "yall pls plz thx btw stp")

# Internet text-speak read the same way in every language, and each language's own.
TEXT_SPEAK_ANY = _words("lol lmao lmfao rofl omg omfg smh tbh idk imo imho wtf xd xdd haha ngl istg "
                        "hahaha hehe")
TEXT_SPEAK = {
    "en": _words("af ur u pls plz thx gonna wanna gotta ya cuz dunno yall ikr fml nvm btw brb "
                 "jk"),
    "fr": _words("mdr ptdr jpp stp wsh bsp"),
    "es": _words("jaja jajaja"),
    "pt": _words("kkk kkkk kkkkk rsrs"),
    "it": _words("ahah ahahah"),
    "de": _words("hihi"),
}


# Pet names that flirt with the person addressed ("hey du süße", "oi gata"): a brand does
# not call its customers that. Only words whose everyday use is flirting; "beautiful",
# "bella", "linda" praise products too.
FLIRT = {
    "en": _words("cutie hottie babe"),
    "es": _words("guapa guapisima mamacita"),
    "it": _words("bellezza"),
    "pt": _words("gata gostosa"),
    "nl": _words("schatje lekkerding"),
    "no": _words("kjekken snuppa"),
    "sv": _words("snygging sotnos"),
    "hu": _words("szivi"),
    "pl": _words("kotku"),
}


# Drinks raised ("ENDELIG fredag 🍻🍻") and an eye-roll or a fume at one's own day ("the
# boss moved my leave again 🙄"): the emoji of a night out and of griping. A toast to a
# milestone (🥂, 🍾), a celebration's 🎉 or a wink is not one: brands use them every day.
_EMOJI = {
    "partying": re.compile("[\U0001F37A\U0001F37B\U0001F377\U0001F378\U0001F379\U0001F943]"),
    "griping": re.compile("[\U0001F644\U0001F92C\U0001F612]"),
}


def personal_signals(tokens: list[Token], languages: Iterable[str] = (),
                     text: str = "") -> dict[str, list[str]]:
    """The personal-voice signals found, each with the words (or the emoji of ``text``)
    that showed it, read with the word sets of ``languages`` (all languages when none is
    known)."""
    langs = [lang for lang in languages if lang in FIRST_PERSON] or list(FIRST_PERSON)
    first_person = frozenset().union(*(FIRST_PERSON[lang] for lang in langs))
    party = frozenset().union(*(PARTY[lang] for lang in langs))
    text_speak = TEXT_SPEAK_ANY.union(*(TEXT_SPEAK.get(lang, ()) for lang in langs))
    flirt = frozenset().union(*(FLIRT.get(lang, ()) for lang in langs))
    found: dict[str, list[str]] = {}
    for token in tokens:
        if token.kind not in ("word", "hashtag"):
            continue
        word = token.norm.lstrip("#")
        if word in first_person:
            found.setdefault("first_person", []).append(token.raw)
        if word in party or word.startswith(PARTY_STEMS):
            found.setdefault("partying", []).append(token.raw)
        if word in text_speak:
            found.setdefault("text_speak", []).append(token.raw)
        if word in flirt:
            found.setdefault("flirting", []).append(token.raw)
    for kind, emoji in _EMOJI.items():
        shown = emoji.findall(text)
        if shown:
            found.setdefault(kind, []).extend(shown)
    return found


def only_casual(words: Iterable[str]) -> bool:
    """True if every text-speak word of ``words`` is casual register (``CASUAL_TEXT_SPEAK``)."""
    return all(word.lower().lstrip("#") in CASUAL_TEXT_SPEAK for word in words)
