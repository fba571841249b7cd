"""FP103 and example numbers: the made-up card, phone number, IBAN or identity number of
a scam warning is nobody's personal data; real numbers in the same words stay held."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.base import ALL_LANGUAGES
from fauxpas.checks.privacy.check import PrivacyCheck
from fauxpas.checks.privacy.cues import EXAMPLE_INTRODUCERS, EXAMPLE_MARKS, FAKE_MARKS, SCAM
from fauxpas.checks.privacy.examples import dummy_reason, example_reason
from fauxpas.checks.privacy.finance import CARD, find_ibans
from fauxpas.checks.privacy.recognizer import Hit
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
EXAMPLE = "4519 9619 8391 4549"  # passes Luhn, no dummy shape: only the words excuse it
REAL = "4539 1488 0343 6467"

DANISH_BANK = (
    "⚠️ Pas på falske sms'er! Vi beder ALDRIG om dine kortoplysninger eller din MitID-kode "
    "på sms. Svindlerne skriver fx: 'Dit kort 5413 0000 0000 0000 er spærret – bekræft her' "
    "(fiktivt eksempel, ikke et rigtigt kortnummer). Klik aldrig på linket – slet beskeden."
)


def check(text, **case):
    engine = Engine(parse_policy(""), checks=[PrivacyCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))


def held(verdict):
    return verdict.decision in (Decision.REVIEW, Decision.BLOCK)


def card_hit(text, number):
    start = text.index(number)
    return Hit(kind="card", recognizer="payment_card", label="a payment card number",
               start=start, end=start + len(number), score=0.9, pattern="", validation="")


def test_the_danish_banks_fraud_warning_passes():
    verdict = check(DANISH_BANK, account={"markets": ["DK"]})
    assert verdict.decision is Decision.PASS
    assert verdict.findings == ()


def test_the_danish_warning_passes_on_its_words_alone_with_a_real_looking_number():
    text = DANISH_BANK.replace("5413 0000 0000 0000", EXAMPLE)
    assert check(text).findings == ()
    # without the words that make it an example, "Dit kort" ties it to a person
    bare = "Pas på! Dit kort " + EXAMPLE + " er spærret – bekræft her."
    assert check(bare).decision is Decision.BLOCK


# (language, scam warning with a marked example, real exposure in the same language)
WARNINGS = [
    ("en", f"Beware of scam texts! Fraudsters write e.g.: 'Your card {EXAMPLE} is blocked, "
           "confirm here'. We never ask for your card details.",
     f"Your card {REAL} was charged twice, Mr Jensen"),
    ("de", f"Vorsicht Betrug! Betrüger schreiben z. B.: „Deine Karte {EXAMPLE} wurde "
           "gesperrt“ (fiktives Beispiel). Klicke nie auf den Link.",
     f"Herr Müller, deine Karte {REAL} wurde zweimal belastet."),
    ("fr", f"Attention aux arnaques ! Les escrocs écrivent par ex. : « Votre carte {EXAMPLE} "
           "est bloquée » (exemple fictif). Ne cliquez jamais sur le lien.",
     f"Madame Dupont, votre carte {REAL} a été débitée deux fois."),
    ("es", f"¡Cuidado con las estafas! Los estafadores escriben, por ejemplo: 'Tu tarjeta "
           f"{EXAMPLE} está bloqueada' (ejemplo ficticio).",
     f"Sr. García, su tarjeta {REAL} se cobró dos veces."),
    ("it", f"Attenzione alle truffe! I truffatori scrivono ad esempio: 'La tua carta {EXAMPLE} "
           "è bloccata'.",
     f"Signor Rossi, la tua carta {REAL} è stata addebitata due volte."),
    ("pt", f"Cuidado com as burlas! Os burlões escrevem, por exemplo: 'O seu cartão {EXAMPLE} "
           "foi bloqueado'.",
     f"Sr. Silva, o seu cartão {REAL} foi cobrado duas vezes."),
    ("nl", f"Pas op voor oplichters! Ze sturen bijvoorbeeld: 'Uw pas {EXAMPLE} is "
           "geblokkeerd'. Klik nooit op de link.",
     f"Meneer Jansen, uw pas {REAL} is twee keer belast."),
    ("no", f"Pass deg for svindel! Svindlerne skriver f.eks.: 'Kortet ditt {EXAMPLE} er "
           "sperret'. Ikke klikk på lenken.",
     f"Hei Kari, kortet ditt {REAL} er belastet to ganger."),
    ("da", f"Pas på svindel! Svindlerne skriver fx: 'Dit kort {EXAMPLE} er spærret'. Klik "
           "aldrig på linket.",
     f"Hej Jensen, dit kort {REAL} er blevet trukket to gange."),
    ("sv", f"Se upp för bedrägerier! Bedragarna skriver t.ex. 'Ditt kort {EXAMPLE} är "
           "spärrat'. Klicka aldrig på länken.",
     f"Hej Anna, ditt kort {REAL} har debiterats två gånger."),
    ("pl", f"Uwaga na oszustów! Oszuści piszą np. 'Twoja karta {EXAMPLE} została "
           "zablokowana' (przykładowy numer). Nie klikaj w link.",
     f"Pani Anno, twoja karta {REAL} została obciążona dwa razy."),
    ("hu", f"Vigyázat, csalók! A csalók pl. ezt írják: 'A kártyád {EXAMPLE} letiltásra "
           "került'. Ne kattints a linkre!",
     f"Kedves Kovács úr, a kártyád {REAL} kétszer lett terhelve."),
]


@pytest.mark.parametrize("lang,warning,exposure", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_scam_warnings_with_a_marked_example_pass(lang, warning, exposure):
    verdict = check(warning)
    assert verdict.decision is Decision.PASS, [f.to_dict() for f in verdict.findings]
    assert verdict.findings == ()
    # the same warning with a real customer's number and no example word is still held:
    # the words excuse the number they introduce, not any number in a scam warning
    for marker in ("e.g.:", "z. B.:", "par ex. :", "por ejemplo:", "ad esempio:",
                   "por exemplo:", "bijvoorbeeld:", "f.eks.:", "fx:", "t.ex.", "np.", "pl."):
        warning = warning.replace(f" {marker} ", " ")
    for mark in (" (fiktives Beispiel)", " (exemple fictif)", " (ejemplo ficticio)",
                 " (przykładowy numer)"):
        warning = warning.replace(mark, "")
    assert held(check(warning.replace(EXAMPLE, REAL))), warning


@pytest.mark.parametrize("lang,warning,exposure", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_real_exposures_in_the_same_languages_stay_blocked(lang, warning, exposure):
    verdict = check(exposure)
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].evidence["kind"] == "card"


@pytest.mark.parametrize("text,case", [
    # a phone number in a reply, next to "your number"
    ("@anna_k Beware of phishing: scammers text e.g. 'Your number 07911 654321 has won a "
     "prize'", {"action": "reply", "account": {"markets": ["GB"]}}),
    # an IBAN marked as an example, next to "deine IBAN"
    ("Deine IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN) gibst du niemals am Telefon "
     "heraus.", {}),
    # identity numbers marked as fictitious
    ("Bedragare frågar efter personnummer, t.ex. 850315-1238 (fiktivt exempel).", {}),
    ("@ola Svindlere ber om fødselsnummer, f.eks. 15038500047 (fiktivt eksempel)",
     {"action": "reply"}),
    ("Exemple de SMS frauduleux : « Votre IBAN FR14 2004 1010 0505 0001 3M02 606 a été "
     "suspendu »", {}),
])
def test_phones_ibans_and_identity_numbers_marked_as_examples_pass(text, case):
    verdict = check(text, **case)
    assert verdict.findings == (), [f.to_dict() for f in verdict.findings]


def test_the_same_numbers_without_example_words_stay_held():
    assert check("@anna_k your number 07911 654321 has won a prize", action="reply",
                 account={"markets": ["GB"]}).decision is Decision.BLOCK
    assert check("Deine IBAN DE89 3704 0044 0532 0130 00 ist hinterlegt.").decision \
        is Decision.BLOCK
    assert held(check("Vinnarens personnummer 850315-1238 är registrerat"))
    assert check("@ola fødselsnummer 15038500047", action="reply").decision is Decision.BLOCK


@pytest.mark.parametrize("text", [
    "Your card 5413 0000 0000 0000 was charged twice, Mr Jensen",
    "@mike_r your card 4000 0000 0000 0077 is on file",
    "Deine IBAN DE36 0000 0000 0000 0000 00 ist hinterlegt.",
    "Vinnarens personnummer 19121212-1212 är registrerat",
    "@kari the number is 07700 900123, call her",
    "his number is +1 202 555 0143",
])
def test_a_dummy_number_passes_without_any_example_word(text):
    assert check(text, account={"markets": ["GB"]}).findings == ()


def test_dm_us_your_card_number_is_unchanged():
    assert check("DM us your card number").findings == ()
    assert check("DM us your card number and we'll sort it, fraud team").findings == ()


def test_an_example_word_outside_a_scam_warning_needs_to_mark_the_number():
    # "for example" introduces, it does not mark: without a scam warning it excuses nothing
    verdict = check(f"For example, your card {REAL} was charged twice, Mr Jensen")
    assert verdict.decision is Decision.BLOCK
    # "example" in the sentence marks it, scam warning or not
    assert check(f"Example card number: {REAL}, your card is safe").findings == ()


def test_a_scam_warning_does_not_excuse_a_customers_real_number():
    text = f"Phishing: scammers pose as us. Your card {REAL} was charged twice, Mr Jensen"
    assert check(text).decision is Decision.BLOCK
    text = f"We stopped a fraud attempt on your card {REAL}, Mr Jensen. Call us."
    assert check(text).decision is Decision.BLOCK


def test_an_introducer_excuses_only_the_number_right_after_it():
    text = ("Betrüger fordern Überweisungen auf z.B. DE32 5001 0517 5432 1987 60 – deine IBAN "
            "DE89 3704 0044 0532 0130 00 bleibt sicher.")
    verdict = check(text)
    assert [text[f.span[0]:f.span[1]] for f in verdict.findings] == [
        "DE89 3704 0044 0532 0130 00"]
    assert verdict.decision is Decision.BLOCK


def test_fake_counts_only_in_the_numbers_clause():
    text = f"He sent a fake link, but your card {REAL} was charged twice"
    assert check(text).decision is Decision.BLOCK
    assert check(f"Fake card number: {REAL}. Never type it anywhere.").findings == ()
    assert check(f"Your card {REAL} (not a real card number) is blocked").findings == ()


def test_a_reply_repeating_the_customers_number_is_not_excused_by_words():
    verdict = check(f"@mike sorry about the scam texts, e.g. your card {REAL} is safe",
                    action="reply",
                    target={"text": f"scam? my card {REAL.replace(' ', '')}", "author": "mike"})
    assert verdict.decision is Decision.BLOCK
    assert verdict.findings[0].severity is Severity.BLOCK


@pytest.mark.parametrize("number,reason", [
    ("5413 0000 0000 0000", "mostly zeros"),
    ("4000 0000 0000 0002", "mostly zeros"),
    ("4539 7777 7777 7777", "one digit repeated"),
    ("4539 1234 1234 1234", "one group repeated"),
    ("1234 1234 1234 1234", "one group repeated"),
    ("1234 5678 9012 3456", "consecutive digits"),
    ("9876 5432 1098 7654", "consecutive digits"),
    (REAL, None),
    (EXAMPLE, None),
    ("0612 3456 78", None),  # half-remembered, not a dummy
])
def test_dummy_shapes(number, reason):
    text = f"card {number}"
    got = dummy_reason(text, card_hit(text, number))
    assert (got is None) if reason is None else (reason in got)


def test_ibans_padded_with_zeros_are_not_dummies():
    text = "HU42 1177 3016 1111 1018 0000 0000 and IT60 X054 2811 1010 0000 0123 456"
    hits = list(find_ibans(text))
    assert len(hits) == 2
    assert [dummy_reason(text, h) for h in hits] == [None, None]
    zeros = "DE36 0000 0000 0000 0000 00"
    assert dummy_reason(zeros, next(find_ibans(zeros))) == "a dummy number (mostly zeros)"


def test_example_reason_explains_itself():
    text = "Svindlerne skriver fx: 'Dit kort " + EXAMPLE + " er spærret'."
    assert example_reason(text, card_hit(text, EXAMPLE)) == (
        'introduced as an example ("fx") in a warning about Svindlerne')
    text = "Dit kort " + EXAMPLE + " er spærret. (Fiktivt eksempel.)"
    assert example_reason(text, card_hit(text, EXAMPLE)) == 'marked as an example ("Fiktivt")'
    hit = next(CARD.find(REAL))
    assert example_reason(REAL, hit) is None


def test_abbreviations_do_not_end_the_sentence():
    text = f"Betrug! Betrüger schreiben z. B. Deine Karte {EXAMPLE} ist gesperrt."
    assert "z. B." in example_reason(text, card_hit(text, EXAMPLE))
    text = f"Beware of fraud. Scammers write e.g. Your card {EXAMPLE} is blocked."
    assert "e.g." in example_reason(text, card_hit(text, EXAMPLE))


def test_an_example_in_the_sentence_before_counts_only_in_a_scam_warning():
    scam = f"Example of a scam text. Your card {EXAMPLE} is blocked, reply YES."
    assert example_reason(scam, card_hit(scam, EXAMPLE)) == 'marked as an example ("Example")'
    plain = f"A fine example of service. Your card {EXAMPLE} was refunded, Mr Jensen."
    assert example_reason(plain, card_hit(plain, EXAMPLE)) is None


@pytest.mark.parametrize("table", [EXAMPLE_MARKS, FAKE_MARKS, EXAMPLE_INTRODUCERS, SCAM],
                         ids=["marks", "fake", "introducers", "scam"])
def test_every_example_table_has_every_supported_language(table):
    assert set(table) == set(ALL_LANGUAGES)
