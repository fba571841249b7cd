"""FP101 beyond its cases.yaml: allow-lists, languages, severities, confidence, options."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from fauxpas.checks.profanity.check import ProfanityCheck
from fauxpas.core.engine import Engine
from fauxpas.core.policy import DEFAULT_POLICY, CheckSettings, Policy, parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def check(text, policy=DEFAULT_POLICY, **case):
    engine = Engine(policy, checks=[ProfanityCheck])
    verdict = engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))
    return verdict, [f for f in verdict.findings if f.code == "FP101"]


def spans(text, **kw):
    return [text[f.span[0]:f.span[1]] for f in check(text, **kw)[1]]


def test_a_finding_says_what_where_why_and_what_instead():
    text = "The f***ing elevator is broken again, take the stairs"
    verdict, (finding,) = check(text)
    assert verdict.decision is Decision.BLOCK
    assert text[finding.span[0]:finding.span[1]] == "f***ing"
    assert "f***ing" in finding.message and "fucking" in finding.message
    assert finding.lesson and finding.lesson == ProfanityCheck.lesson_text()
    assert "Rephrase" in finding.suggestion and "personal" in finding.suggestion
    assert finding.evidence["language"] == "en" and finding.evidence["form"] == "masked"
    assert finding.evidence["entry"].startswith("en-profanity-")


def test_plain_word_is_surer_than_masked_or_compound():
    (plain,) = check("what the fuck is going on")[1]
    (masked,) = check("what the f*ck is going on")[1]
    assert plain.confidence > masked.confidence >= 0.7


def test_gentle_words_are_a_note_mild_words_review_strong_words_block():
    verdict, (damn,) = check("Damn, this coffee is good")
    assert damn.severity is Severity.INFO and verdict.decision is Decision.PASS
    assert "mild word" in damn.message
    verdict, (piss,) = check("Those delays piss me off")
    assert piss.severity is Severity.WARN and verdict.decision is Decision.REVIEW
    verdict, (cunt,) = check("What a cunt that driver was")
    assert cunt.severity is Severity.BLOCK and verdict.decision is Decision.BLOCK


def test_a_team_can_hold_gentle_words_for_review():
    policy = parse_policy("checks: {profanity: {options: {hold_gentle: true}}}")
    verdict, (crap,) = check("This weather is crap", policy=policy)
    assert crap.severity is Severity.WARN and verdict.decision is Decision.REVIEW


def test_brand_allow_list_covers_names_containing_a_listed_word():
    policy = parse_policy("allow: [\"Dick's Sporting Goods\", Cockburn]")
    assert not spans("Big sale at Dick's Sporting Goods this weekend", policy=policy)
    assert spans("Welcome to Cockburn, a dick of a town", policy=policy) == ["dick"]


def test_a_mild_word_inside_a_title_is_the_title():
    assert not spans("Watch the new show The Bastard Executioner on Tuesday")
    assert spans("what a bastard move")  # no title
    assert spans("You Damn Fool")  # every word capitalised: no title to tell apart
    assert spans("The Fucking Best Day at the office")  # a strong word blocks even so


def test_single_allowed_word_is_dropped():
    policy = parse_policy("allow: [Bitch]")
    assert not spans("New single Bitch out now", policy=policy)


@pytest.mark.parametrize("text", [
    "Full fart framover, og så er det slutt for i år",          # Norwegian
    "Sommaren är slut och vår kock är tillbaka",                  # Swedish
    "Vorsicht, Gift! Und neuer Schmuck im Laden",                 # German
    "Le pain de la conférence était excellent",                   # French
    "Vores kok er den bedste i byen",                             # Danish
    "Je kunt nu ook online bestellen",                            # Dutch
])
def test_words_innocent_in_the_post_language_stay_clean(text):
    assert not spans(text)


def test_english_words_are_read_in_other_languages_too():
    assert spans("Fuck, nå har vi gått tom for kaffe igjen på kontoret") == ["Fuck"]


def test_a_language_reads_its_own_words_only():
    # French "con" is not read in an English text ("pros and cons", "con artist")
    assert not spans("A con artist tried to sell us a bridge, pros and cons")


def test_accents_tell_words_apart():
    assert not spans("A szár hosszú és a szarvas is szép")
    assert spans("Ez egy szar nap volt a boltban megint") == ["szar"]


def test_hashtag_words_are_read_with_spans_inside_the_tag():
    text = "Monday again #FuckMondays"
    (finding,) = check(text)[1]
    assert text[finding.span[0]:finding.span[1]] == "Fuck"


def test_short_hashtag_parts_are_not_read():
    assert not spans("Nouvelle centrale dans la région #NPdC")


def test_acronym_of_another_language_is_not_read():
    assert not spans("Au Togo, l'ARSE lance un projet pilote dans le solaire")


def test_longest_match_wins():
    assert sorted(spans("Dette er helt jævlig, fy faen altså")) == ["fy faen", "jævlig"]


def test_like_of_a_profane_post_is_flagged_on_the_target():
    verdict, findings = check("", action="like",
                              target={"text": "Fuck this traffic honestly", "author": "@x"})
    assert findings and findings[0].on_target


def test_maybe_words_only_show_for_automated_replies():
    text = "Look at that cock in the farmyard"
    assert not check(text)[1]
    (finding,) = check(text, action="bot_reply")[1]
    assert finding.confidence < 0.35 and finding.severity is Severity.WARN


def test_options_skip_and_min_sureness():
    (finding,) = check("Damn, that was close")[1]
    skip = Policy(checks={"FP101": CheckSettings(options={"skip": [finding.evidence["entry"]]})})
    assert not check("Damn, that was close", policy=skip)[1]
    sure_only = Policy(checks={"FP101": CheckSettings(options={"min_sureness": 2})})
    assert not check("Look at that cock in the farmyard", action="bot_reply",
                     policy=sure_only)[1]


def test_middle_finger_emoji():
    assert spans("Monday morning 🖕🏼") == ["🖕"]


def test_empty_and_symbol_only_texts():
    assert not check("!!! ??? 123")[1]


# --- every language: swearing found however written, everyday words left alone ------

SWEARING = [
    ("en", "What a f*cking mess this launch turned into", "f*cking"),
    ("en", "Honestly this update is bullsh1t", "bullsh1t"),
    ("fr", "Franchement, ce service client est de la m3rde", "m3rde"),
    ("fr", "Ce mec est vraiment un connard fini", "connard"),
    ("de", "Was für eine Scheiße ist das denn heute wieder", "Scheiße"),
    ("de", "Der Typ ist echt ein W1chser, sorry Leute", "W1chser"),
    ("es", "Eres una p*ta vergüenza para todos nosotros", "p*ta"),
    ("es", "Vaya mierda de partido hemos visto hoy", "mierda"),
    ("it", "Che c@zzo state facendo con le spedizioni", "c@zzo"),
    ("it", "Questo servizio è una vera merda, basta", "merda"),
    ("pt", "Que m3rda é essa que vocês mandaram hoje", "m3rda"),
    ("pt", "Puta que pariu, que atendimento horrível", "Puta que pariu"),
    ("nl", "Wat een klootzak is die chauffeur van vandaag", "klootzak"),
    ("nl", "Godverdomme, alweer een vertraging op het spoor", "Godverdomme"),
    ("no", "Det er noe f*en tull med den nye appen", "f*en"),
    ("no", "For en drittsekk den sjåføren var i dag", "drittsekk"),
    ("da", "Sikke noget l0rt vi har fået leveret i dag", "l0rt"),
    ("da", "Den fisse af en chef har aflyst alt igen", "fisse"),
    ("sv", "Vilken j*vla dag det har varit på jobbet", "j*vla"),
    ("sv", "Han är en riktig fitta som chef, helt ärligt", "fitta"),
    ("hu", "Ez egy sz@r nap volt az egész irodának", "sz@r"),
    ("hu", "Ez a kurva nyomtató megint nem működik", "kurva"),
]

EVERYDAY = [
    "We assess every class of cocktail at our Essex bar, then read some Dickens",
    "Grab a bite of our sourdough; Scunthorpe and Penistone deliveries start Monday",
    "Je suis en retard pour la conférence, mais le pain au chocolat est prêt",
    "Le bateau est attaché à la bite d'amarrage du port",
    "Das Gift der Schlange und ein Schmuck aus Gold: mein Abo ist abgelaufen",
    "Das Ass im Ärmel, Kraut und Rüben, jap, das stimmt so",
    "Feliz año nuevo: la cola del súper, un vaso de leche y el polvo en la mesa",
    "Ho fatto un fallo, ma le fave e il pesce erano freschi",
    "Este ano ela fica em casa com a vaca, a galinha e o peru de Natal",
    "Je kunt het gat zien, mijn nicht komt morgen en het kussen is zacht",
    "Full fart på veien, men nå er det slutt; vi er gift og kommer tit",
    "Vores kok er god, det er slut nu, vi er gift og ræven løb over marken",
    "Nu är det slut, ta en tit på kartan, sätt på tv:n och såsen är god",
    "A szarvas a mezőn, a szár hosszú, a faszén ég, és a baszk nyelv nehéz",
    "Egy pina colada a teraszon, marhahús vacsorára",
]


@pytest.mark.parametrize("lang,text,word", SWEARING)
def test_swearing_is_found_in_every_language(lang, text, word):
    _, findings = check(text)
    assert word in [text[f.span[0]:f.span[1]] for f in findings], (lang, findings)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_stay_clean(text):
    assert not spans(text)


def test_other_checks_can_ask_for_the_profanity_of_a_text():
    from fauxpas.checks.profanity.check import find_profanity
    from fauxpas.core.check_context import CheckContext
    from fauxpas.core.text.lang import detect

    text = "Full fart today, and what a fucking great team, look at that cock"
    post = Post.from_dict({"id": "t", "text": text}, now=NOW)
    ctx = CheckContext(post=post, text=text, language=detect(text))
    sure = find_profanity(ctx)
    assert [text[h.start:h.end] for h in sure] == ["fucking"]
    assert len(find_profanity(ctx, min_sureness=1)) == 2  # "cock" is a maybe
    assert ctx.shared["profanity"] is not None  # computed once per text


def test_a_slur_quoted_to_condemn_it_is_a_note():
    verdict, (slur,) = check("»Skrid hjem, perker.« Det råbte en mand efter vores frivillige. "
                             "Racisme er en skam.")
    assert slur.severity is Severity.WARN and slur.confidence < 0.5
    assert verdict.decision is Decision.PASS and "quoted to condemn" in slur.message
    verdict, _ = check("Skrid hjem, perker. Racisme? Ha.")  # said, not quoted
    assert verdict.decision is Decision.BLOCK


def test_a_nickname_in_quotes_between_first_and_last_name_is_a_name():
    assert not spans("Congratulations to Richard 'Dick' Barnsworth on 40 years. Cheers, Dick!")
    assert spans("Don't be a 'dick' about it") == ["dick"]


def test_a_bot_that_greets_a_profane_handle_publishes_it():
    bot = {"action": "bot_reply", "target": {"text": "just followed you", "author": "@x"}}
    verdict, (hit,) = check("Thanks for the follow, @Sh1tFaceSteve! Here's 10% off.", **bot)
    assert hit.evidence["term"] == "shit" and verdict.decision is not Decision.PASS
    assert not check("Thanks for the follow, @ShipFastSteve!", **bot)[1]
    # a person's reply names the handle it answers: not read
    assert not check("Thanks for the follow, @Sh1tFaceSteve!", action="reply",
                     target={"text": "hi", "author": "@x"})[1]
