"""FP106 on job adverts: a recruiting post that asks for an age, no children, a sex, good
looks or a native origin is held for review in every language, while the same words in a
post that recruits no one ("our young customers", "max 30 minutes"), and inclusive job
adverts, pass."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.insensitive_language.check import InsensitiveLanguage
from fauxpas.checks.insensitive_language.hiring import HIRING_BIAS, HIRING_CUE, hiring_books
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision
from fauxpas.knowledge import Knowledge

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
ENGINE = Engine(checks=[InsensitiveLanguage])
# Every kind an insensitive.yaml entry may have.
KINDS = {"ableist", "gendered", "lgbtq", "racial", "trivialising", HIRING_CUE, HIRING_BIAS}


def verdict(text, lang=None, engine=ENGINE):
    data = {"id": "t", "text": text} | ({"lang": lang} if lang else {})
    return engine.check(Post.from_dict(data, now=NOW))


def hiring(result):
    return [f for f in result.findings if f.evidence.get("kind") == HIRING_BIAS]


def spans(text, findings):
    return [text[f.span[0]:f.span[1]] for f in findings]


# --- the adverts of the brief ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "We're hiring! Join our young, dynamic team. You're a digital native, a recent grad "
           "(max 5 years out of uni), with no family commitments holding you back.",
     ["young, dynamic team", "digital native", "a recent grad", "max 5 years out of",
      "no family commitments"]),
    ("sv", "Vi söker en ung och hungrig säljare till vårt unga gäng! Du är max 28 år och har "
           "inga barn som stjäl fokus.",
     ["ung och hungrig", "unga gäng", "max 28 år", "inga barn"]),
    ("hu", "Fiatalos csapatunkba keresünk recepcióst! Elvárás: max. 30 év, csinos megjelenés, "
           "kisgyermek ne legyen.",
     ["Fiatalos csapatunkba", "max. 30 év", "csinos megjelenés", "kisgyermek ne legyen"]),
])
def test_the_adverts_of_the_brief_are_held_with_every_phrase(lang, text, expected):
    result = verdict(text)  # the language is detected
    assert result.decision is Decision.REVIEW
    found = hiring(result)
    assert spans(text, found) == expected
    assert all(f.confidence >= 0.5 and f.code == "FP106" for f in found)
    assert {f.evidence["language"] for f in found} == {lang}


# --- every language ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("en", "Now hiring: sales assistant, aged 20-30, female only. #hiring", "aged 20-30"),
    ("en", "We're hiring a receptionist: good-looking, under 35 years old.", "good-looking"),
    ("en", "Apply now! Candidates must be 25 or younger.", "must be 25 or younger"),
    ("en", "Help wanted: nationals only, no foreigners.", "nationals only"),
    ("de", "Wir suchen Verstärkung (m/w/d) für unser junges, dynamisches Team!",
     "junges, dynamisches Team"),
    ("de", "Stellenanzeige: Empfangskraft, max. 30 Jahre alt, attraktives Erscheinungsbild.",
     "max. 30 Jahre alt"),
    ("de", "Jetzt bewerben! Voraussetzung: abgeschlossene Familienplanung.",
     "abgeschlossene Familienplanung"),
    ("fr", "Nous recrutons une hôtesse (H/F) âgée de 20 à 28 ans, physique agréable.",
     "âgée de 20 à 28 ans"),
    ("fr", "On recrute ! Profil : moins de 30 ans, sans enfants.", "moins de 30 ans"),
    ("es", "¡Estamos contratando! Dependienta con buena presencia y sin cargas familiares.",
     "buena presencia"),
    ("es", "Se busca camarera, edad entre 20 y 28 años. Abstenerse mayores de 35.",
     "edad entre 20 y 28 años"),
    ("it", "Cercasi commessa di bella presenza, età massima 30 anni.", "bella presenza"),
    ("it", "Stiamo assumendo! Cerchiamo personale senza vincoli familiari.",
     "senza vincoli familiari"),
    ("pt", "Estamos contratando! Recepcionista com boa aparência, até 25 anos.", "até 25 anos"),
    ("pt", "Vaga de emprego: procuramos jovem dinâmico para a nossa equipa.", "jovem dinâmico"),
    ("nl", "Vacature! Wij zoeken een collega van maximaal 30 jaar, zonder kinderen.",
     "maximaal 30 jaar"),
    ("nl", "Solliciteer nu: representatief uiterlijk vereist.", "representatief uiterlijk"),
    ("da", "Ledig stilling: vi søger en ung og sulten sælger, max 30 år.", "ung og sulten"),
    ("sv", "Vi rekryterar! Du är högst 35 år och har inga småbarn.", "högst 35 år"),
    ("no", "Ledig stilling: ung og dynamisk medarbeider, maks 30 år, pent utseende.",
     "pent utseende"),
    ("pl", "Zatrudnimy recepcjonistkę do 30 lat, bez dzieci, o miłej aparycji.", "do 30 lat"),
    ("pl", "Szukamy ładnej kelnerki do naszego młodego zespołu. Wyślij CV!",
     "młodego zespołu"),
    ("pl", "Oferta pracy: wiek do 35 lat, wyłącznie kobiety.", "wyłącznie kobiety"),
    ("hu", "Új kollégát keresünk: 20-30 év közötti hölgy jelentkezését várjuk.",
     "20-30 év közötti"),
    ("hu", "Állásajánlat: recepciós, jó megjelenésű, gyermektelen.", "gyermektelen"),
])
def test_a_biased_job_advert_is_held_for_review(lang, text, words):
    result = verdict(text, lang)
    assert result.decision is Decision.REVIEW, [f.to_dict() for f in result.findings]
    found = hiring(result)
    assert words in spans(text, found)
    [finding] = [f for f in found if text[f.span[0]:f.span[1]] == words]
    assert finding.confidence >= 0.5
    assert finding.evidence["language"] == lang and finding.evidence["sureness"] == 2
    assert finding.evidence["entry"].startswith(f"{lang}-insensitive-hiring-")
    assert finding.evidence["hiring_cue"]
    # What is wrong and where, why, and what to write instead.
    assert finding.message.startswith(f'"{words}" in a job advert ')
    assert "unlawful" in finding.message and "age, family, sex, looks or origin" in finding.message
    assert "skills" in finding.suggestion and "open to all ages" in finding.suggestion
    assert "job advert" in finding.lesson


@pytest.mark.parametrize("age", ["18", "25", "30", "35", "45"])
def test_any_age_is_read_as_an_age_limit(age):
    for lang, text, words in [
        ("en", f"We're hiring! Applicants must be under {age} years old.", f"under {age} years old"),
        ("sv", f"Vi söker en säljare som är max {age} år.", f"max {age} år"),
        ("de", f"Wir suchen eine Aushilfe zwischen 18 und {age} Jahren.",
         f"zwischen 18 und {age} Jahren"),
        ("hu", f"Keresünk recepcióst, maximum {age} éves hölgyet.", f"maximum {age} éves"),
        ("pl", f"Zatrudnimy kelnerkę w wieku do {age} lat.", f"w wieku do {age} lat"),
    ]:
        assert words in spans(text, hiring(verdict(text, lang))), (lang, text)


# --- outside a job advert, or inclusive ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Our young customers love the new flavours!"),
    ("en", "Pretty flowers for pretty prices, delivered in max 30 minutes."),
    ("en", "Digital natives love this app. Download it today!"),
    ("en", "No kids at the spa this weekend: adults only, good looks guaranteed 😉"),
    ("de", "Unser junges Team freut sich auf euch! Max. 30 Minuten Lieferzeit."),
    ("fr", "Une équipe jeune et dynamique pour vous servir, livraison en moins de 30 minutes !"),
    ("es", "Nuestro equipo joven te atiende. ¡Buena presencia en la feria!"),
    ("sv", "Vårt unga gäng levererar på max 30 minuter. Inga barn under 12 utan vuxen."),
    ("pl", "Nasz młody zespół dowiezie zamówienie do 30 minut."),
    ("hu", "Fiatalos csapatunk várja vendégeit! Max. 30 perc kiszállítás, csinos virágok."),
])
def test_the_same_words_outside_a_job_advert_pass(lang, text):
    assert hiring(verdict(text, lang)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We're hiring baristas! We welcome applicants of all ages and backgrounds. "
           "Part-time possible for parents."),
    ("en", "Now hiring! Whether you're a recent graduate or returning to work, apply now."),
    ("en", "We're hiring! Apply now, no matter your age or background."),
    ("de", "Wir suchen dich (m/w/d)! Bewerbungen aller Altersgruppen willkommen, Teilzeit "
           "für Eltern möglich."),
    ("fr", "Nous recrutons ! Tous les âges et parcours sont les bienvenus."),
    ("es", "¡Estamos contratando! Abierto a todas las edades, jornada flexible para madres "
           "y padres."),
    ("sv", "Vi söker en ny kollega! Alla åldrar är välkomna och deltid är möjligt."),
    ("pl", "Zatrudnimy kelnera/kelnerkę. Zapraszamy osoby w każdym wieku."),
    ("pl", "Szukamy młodych i doświadczonych programistów. Aplikuj!"),
    ("hu", "Munkatársat keresünk! Minden korosztály jelentkezését várjuk, részmunkaidő "
           "szülőknek is."),
])
def test_an_inclusive_job_advert_passes(lang, text):
    assert verdict(text, lang).findings == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "We're hiring! Our café turns 30 years old this month."),
    ("en", "Join our team! Kids under 12 eat free, max 30 hours a week."),
    ("en", "We're hiring! Our founder opened the shop 25 years ago at 30."),
    ("de", "Wir stellen ein: befristeter Vertrag bis 2 Jahre, unter 40 Stunden pro Woche."),
    ("fr", "Offre d'emploi : CDD, moins de 5 ans d'expérience acceptés."),
    ("es", "Oferta de empleo: contrato de menos de 2 años."),
    ("sv", "Vi söker en ny kollega: visstidsanställning max 2 år."),
    ("pl", "Zatrudnimy: umowa do 2 lat, do 5 lat doświadczenia."),
    ("hu", "Új kollégát keresünk: határozott idejű szerződés, max. 2 év."),
    ("pt", "Vaga: contrato até 2 anos. Crianças até 12 anos não pagam."),
])
def test_a_number_that_is_no_age_limit_passes(lang, text):
    assert hiring(verdict(text, lang)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We're looking for a new name for our latte! Our young and dynamic community votes."),
    ("de", "Wir suchen das schönste Urlaubsfoto! Unser junges Team kürt den Gewinner."),
    ("es", "Buscamos la mejor receta de la abuela. Nuestro equipo joven la cocinará."),
    ("it", "Cerchiamo la foto più bella dell'estate! Per giovani under 30 biglietto ridotto."),
    ("hu", "Keresünk egy új nevet a kávénknak! Fiatal csapatunk várja ötleteiteket."),
])
def test_a_verb_of_seeking_makes_no_job_advert_on_its_own(lang, text):
    """"Wir suchen", "keresünk" recruit only in the sentence of a bias phrase, or with two."""
    assert hiring(verdict(text, lang)) == []


def test_a_verb_of_seeking_recruits_with_two_bias_phrases():
    text = "Wir suchen eine Kellnerin. Du bist jung und dynamisch, max. 25 Jahre alt."
    assert spans(text, hiring(verdict(text, "de"))) == ["jung und dynamisch",
                                                         "max. 25 Jahre alt"]


def test_a_quoted_phrase_is_a_note_and_a_brand_can_skip_an_entry():
    [quoted] = hiring(verdict('We\'re hiring, and you won\'t read "young dynamic team" in our '
                              "ads.", "en"))
    assert quoted.confidence < 0.5
    policy = parse_policy("checks:\n  FP106:\n    options:\n"
                          "      skip: [en-insensitive-hiring-looks]")
    text = "We're hiring! Female only, aged 20-30."
    found = hiring(verdict(text, "en", Engine(policy, checks=[InsensitiveLanguage])))
    assert spans(text, found) == ["aged 20-30"]


# --- the lexicons --------------------------------------------------------------------

@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_cues_and_each_kind_of_bias(lang):
    lexicon = Knowledge().lexicon("insensitive", lang)
    assert {e.extra.get("kind") for e in lexicon.entries} <= KINDS
    hiring_entries = [e for e in lexicon.entries
                      if e.extra.get("kind") in (HIRING_CUE, HIRING_BIAS)]
    ids = {e.id for e in hiring_entries}
    for suffix in ("cue", "cue-seek", "age", "age-limit", "family", "looks", "origin"):
        assert f"{lang}-insensitive-hiring-{suffix}" in ids, suffix
    for entry in hiring_entries:
        assert entry.id.startswith(f"{lang}-insensitive-hiring-"), entry.id
        assert entry.note, entry.id
        if entry.extra["kind"] == HIRING_BIAS:
            assert entry.sureness == 2 and entry.extra.get("instead"), entry.id
        else:
            assert entry.sureness in (1, 2), entry.id


def test_numbered_terms_are_read():
    books = hiring_books(Knowledge())
    numbered = [p for phrases in books.numbered.values() for p in phrases]
    assert {p.lang for p in numbered} == set(ALL_LANGUAGES)
    assert all(p.words and any(p.slots) for p in numbered)
    assert "#hiring" in books.cue_tags and "#allas" in books.cue_tags
