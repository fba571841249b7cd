"""FP106's casual-use family in all twelve languages: a mental illness, ADHD or autism
used for ordinary things ("we're all a little OCD", "this weather is so bipolar") holds
the post for review, while a respectful or clinical mention of the same condition
("people with bipolar disorder", "autistic employees") is never flagged."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.insensitive_language.check import InsensitiveLanguage
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post
from fauxpas.core.text.tokens import tokenize
from fauxpas.core.verdict import Decision
from fauxpas.knowledge import Knowledge

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
ENGINE = Engine(checks=[InsensitiveLanguage])

# The entry holding each language's casual-use phrases.
CASUAL = {lang: f"{lang}-insensitive-09" for lang in ALL_LANGUAGES} | {"en": "en-insensitive-04"}


def verdict(text, lang):
    return ENGINE.check(Post.from_dict({"id": "t", "text": text, "lang": lang}, now=NOW))


@pytest.mark.parametrize("lang,text,words", [
    ("en", "We're all a little OCD here when it comes to tidy desks", "little OCD"),
    ("en", "This weather is so bipolar ☀️🌧️", "so bipolar"),
    ("en", "I'm so ADHD today, sorry for the late reply", "so ADHD"),
    ("en", "My OCD is kicking in: look at these perfectly stacked mugs", "My OCD is kicking in"),
    ("en", "A bit autistic about tidy desks, we know", "bit autistic"),
    ("en", "This week is totally schizo, coffee please", "totally schizo"),
    ("de", "Wir sind alle ein bisschen autistisch, wenn es um Ordnung geht", "bisschen autistisch"),
    ("de", "Das Wetter ist so bipolar heute ☀️🌧️", "so bipolar"),
    ("de", "Ich bin heute voll ADHS, sorry", "voll ADHS"),
    ("fr", "On est tous un peu tocs avec nos bureaux 😅", "un peu tocs"),
    ("fr", "Je suis tellement bipolaire aujourd'hui, désolée", "tellement bipolaire"),
    ("fr", "Cette météo bipolaire nous épuise", "météo bipolaire"),
    ("es", "Aquí todos somos un poco bipolares 😂", "un poco bipolares"),
    ("es", "Soy muy TOC con el orden de mi escritorio", "Soy muy TOC"),
    ("es", "Hoy estoy bipolar, perdón por la espera", "estoy bipolar"),
    ("it", "Siamo tutti un po' bipolari in ufficio 😅", "un po' bipolari"),
    ("it", "Sono un po' ossessivo compulsivo con la scrivania", "un po' ossessivo compulsivo"),
    ("it", "Oggi il tempo è bipolare: sole e poi grandine", "il tempo è bipolare"),
    ("pt", "Aqui somos todos um pouco bipolares 😂", "um pouco bipolares"),
    ("pt", "Meu TOC agradece essa organização", "Meu TOC agradece"),
    ("pt", "Sou meio TOC com a mesa do escritório", "meio TOC"),
    ("nl", "We zijn allemaal een beetje autistisch als het om bureaus gaat", "beetje autistisch"),
    ("nl", "Dit weer is zo bipolair ☀️🌧️", "zo bipolair"),
    ("nl", "Mijn OCD wordt blij van deze kast", "Mijn OCD wordt blij"),
    ("pl", "Wszyscy jesteśmy tu trochę autystyczni, jeśli chodzi o biurka", "trochę autystyczni"),
    ("pl", "Taka bipolarna pogoda dziś, słońce i grad", "Taka bipolarna pogoda"),
    ("pl", "Mam OCD na punkcie równo ułożonych długopisów", "Mam OCD na punkcie"),
    ("sv", "Vi är alla lite autistiska när det gäller skrivbord", "lite autistiska"),
    ("sv", "Vädret är så bipolärt idag, sol och sen hagel", "så bipolärt"),
    ("da", "Vi er alle lidt autistiske, når det kommer til skriveborde", "lidt autistiske"),
    ("da", "Vejret er så bipolart i dag, sol og så hagl", "så bipolart"),
    ("no", "Vi er alle litt autistiske når det gjelder skrivebord", "litt autistiske"),
    ("no", "Været er så bipolart i dag, sol og så hagl", "så bipolart"),
    ("hu", "Ez a hét teljesen skizó, bocs mindenkinek", "teljesen skizó"),
    ("hu", "Kicsit autista vagyok, ha az íróasztalról van szó", "Kicsit autista"),
    ("hu", "Ez az időjárás olyan bipoláris, reggel nap, délután jég", "olyan bipoláris"),
])
def test_casual_use_of_a_condition_is_held_for_review(lang, text, words):
    result = verdict(text, lang)
    assert result.decision is Decision.REVIEW, [f.to_dict() for f in result.findings]
    [finding] = result.findings
    assert text[finding.span[0]:finding.span[1]] == words
    assert finding.confidence >= 0.5
    assert finding.evidence["entry"] == CASUAL[finding.evidence["language"]]
    assert finding.evidence["kind"] == "ableist" and finding.evidence["sureness"] == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Our charity supports people with bipolar disorder and OCD."),
    ("en", "We're proud to hire autistic employees across our stores."),
    ("en", "Donate to a charity for OCD research this week."),
    ("en", "Living with ADHD: five tips from our team, written with a psychiatrist"),
    ("en", "Our stores now offer a quiet, autistic-friendly hour every Tuesday"),
    ("de", "Wir unterstützen Menschen mit bipolarer Störung und ihre Familien."),
    ("de", "Unsere autistischen Kolleginnen erzählen von ihrem Arbeitsalltag."),
    ("de", "Ein bisschen ADHS-freundlicher: unser neuer ruhiger Arbeitsplatz"),
    ("fr", "Notre association accompagne les personnes bipolaires et leurs proches."),
    ("fr", "Nous recrutons des personnes autistes dans toutes nos équipes."),
    ("fr", "Des bijoux un peu toc mais tellement jolis !"),
    ("es", "Nuestra fundación apoya a personas con trastorno bipolar y TOC."),
    ("es", "Contratamos a personas autistas en todos nuestros equipos."),
    ("es", "Toc, toc, ¿quién es? ¡Llega el verano!"),
    ("it", "Sostieni la ricerca sul disturbo bipolare e sul disturbo ossessivo compulsivo."),
    ("it", "Il nostro progetto include persone autistiche nel team."),
    ("pt", "Apoiamos pessoas com transtorno bipolar e TOC."),
    ("pt", "Meu TOC piorou durante a pandemia e procurei ajuda."),
    ("nl", "Wij steunen mensen met een bipolaire stoornis en ocd."),
    ("nl", "Een beetje ADHD-vriendelijke werkplek: vijf tips"),
    ("pl", "Wspieramy osoby z chorobą afektywną dwubiegunową i ich bliskich."),
    ("pl", "Zatrudniamy osoby autystyczne w naszych zespołach."),
    ("sv", "Vi stöttar personer med bipolär sjukdom och deras anhöriga."),
    ("sv", "Han har lite autistiska drag, sa läkaren."),
    ("da", "Vi støtter mennesker med bipolar lidelse og deres pårørende."),
    ("no", "Vi støtter mennesker med bipolar lidelse og deres pårørende."),
    ("no", "Våre autistiske kolleger forteller om jobben sin."),
    ("hu", "Támogatjuk a bipoláris zavarral élő embereket és családjukat."),
    ("hu", "Autista munkatársaink mesélnek a munkájukról."),
])
def test_a_respectful_or_clinical_mention_is_not_flagged(lang, text):
    assert verdict(text, lang).findings == ()


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_the_casual_use_family_at_review_strength(lang):
    lexicon = Knowledge().lexicon("insensitive", lang)
    [entry] = [e for e in lexicon.entries if e.id == CASUAL[lang]]
    assert entry.sureness == 2 and entry.extra.get("kind") == "ableist"
    assert entry.note and entry.extra.get("instead")
    # Phrases, never a bare condition word: "bipolar" or "autistic" alone is respectful.
    short = [t for t in entry.terms if len(tokenize(t)) < 2]
    assert not short, short
