
from tests.support import ctx_for

from fauxpas.checks.harassment.check import incites_against_someone


def test_setting_the_audience_on_a_person_in_several_languages():
    assert incites_against_someone(ctx_for("His address is in the comments 👇")) is not None
    assert incites_against_someone(ctx_for("Die Kritikerin von gestern? Ihr wisst, wo sie wohnt.")) is not None


def test_pointing_at_the_shop_is_no_incitement():
    assert incites_against_someone(ctx_for("You know where to find us: 12 Mill Street.")) is None
    assert incites_against_someone(ctx_for("Tell us what you think in the comments!")) is None


def test_a_veiled_threat_at_a_person_counts_too():
    assert incites_against_someone(ctx_for("That ref will regret it. We'll be waiting for him outside.")) is not None
    assert incites_against_someone(ctx_for("Ce journaliste, on l'attend à la sortie.")) is not None


def test_marketing_urgency_is_no_veiled_threat():
    assert incites_against_someone(ctx_for("Last day of the sale: don't miss it, you'll regret it!")) is None
    assert incites_against_someone(ctx_for("We'll be waiting for you at our stand, hall 4!")) is None


def test_a_call_to_wait_for_someone_outside_is_a_veiled_threat():
    assert incites_against_someone(ctx_for(
        "Al árbitro habría que esperarle a la salida y explicarle un par de cosas 👊")) is not None
    assert incites_against_someone(ctx_for("Quell'arbitro? Bisognerebbe aspettarlo fuori.")) is not None
    assert incites_against_someone(ctx_for("Wait for the bus outside the main entrance.")) is None


def test_threatening_a_critic_with_their_address_or_a_lawyer_is_a_veiled_threat():
    text = ("Löschen Sie das bis morgen, sonst hören Sie von unserem Anwalt. Ihre Adresse "
            "haben wir ja aus der Buchung.")
    assert incites_against_someone(ctx_for(text)) is not None
    assert incites_against_someone(ctx_for("Our lawyers reviewed the new terms.")) is None
