"""Cheap word signals of a personal voice: first-person-singular, drinking and partying,
text-speak. Folded word sets per language (no accents, lower case), matched on tokens."""

from __future__ import annotations

from fauxpas.core.text.tokens import Token


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


FIRST_PERSON = _words("""
i i'm im ive i've id me my mine myself je j moi mon ma mes ich mich mir mein meine meiner
yo me mi mis conmigo io mio mia miei mie eu meu minha meus minhas comigo ik mij mijn jeg
meg min mitt mine jag mig mitt mina engem enyem nekem
""")

PARTY = _words("""
beer beers booze drinking drunk wasted hammered hungover hangover tequila vodka shots partying
tipsy bourbon whiskey pissed biere bieres bourre cuite gueule
apero bier biere besoffen saufen gesoffen kater verkatert prost cerveza birra
borracho borracha resaca pedo ubriaco ubriaca sbronza birre cerveja bebado bebada
ressaca porre zuipen bezopen kater biertje fyll full fyllesyk ol pils
tommermaend fuld bakfull packad supa sor berug masnapos reszeg pia
""")

TEXT_SPEAK = _words("""
lol lmao lmfao rofl omg omfg smh tbh idk imo imho wtf af ur u pls plz thx gonna wanna
gotta ya cuz dunno yall ikr fml nvm btw brb mdr ptdr jpp stp wsh bsp kkk kkkk kkkkk rsrs
jaja jajaja xd xdd haha hahaha hihi ahah ahahah jk hehe
""")


def personal_signals(tokens: list[Token]) -> dict[str, list[str]]:
    """The personal-voice signals found, each with the words that showed it."""
    found: dict[str, list[str]] = {}
    for token in tokens:
        if token.kind not in ("word", "hashtag"):
            continue
        word = token.norm.lstrip("#")
        if word in FIRST_PERSON:
            found.setdefault("first_person", []).append(token.raw)
        if word in PARTY or any(word.startswith(p) for p in ("drunk", "hangover")):
            found.setdefault("partying", []).append(token.raw)
        if word in TEXT_SPEAK:
            found.setdefault("text_speak", []).append(token.raw)
    return found
