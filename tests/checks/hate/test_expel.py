import pytest
from tests.support import ctx_for

from fauxpas.checks.hate.check import expels_a_group, names_people


def test_pointing_at_unnamed_people_counts_as_naming_a_group():
    assert names_people(ctx_for("Those people have lived off our town for years."))
    assert names_people(ctx_for("Refugees arrived in town today."))
    assert not names_people(ctx_for("Our volunteers arrived in town today."))


def test_a_call_to_throw_people_out_needs_people_to_throw_out():
    assert expels_a_group(ctx_for("Esa gente solo trae problemas y hay que echarlos a todos.")) is not None
    assert expels_a_group(ctx_for("Essa gente só traz problemas, rua com eles!")) == "rua com eles"
    assert expels_a_group(ctx_for("Hay que echarlos a todos: los precios viejos se van.")) is None


def test_rejecting_the_call_is_no_call():
    assert expels_a_group(ctx_for(
        "Saying 'send them all back' about refugees is racist, and we won't have it.")) is None


@pytest.mark.parametrize("text", [
    "Las personas trans merecen respeto.",
    "Les personnes autistes travaillent ici aussi.",
    "I marocchini del quartiere hanno aperto un negozio.",
    "Os nordestinos chegaram cedo.",
])
def test_more_forms_of_the_groups_people_are_targeted_for_are_named(text):
    assert names_people(ctx_for(text))


@pytest.mark.parametrize(("text", "wish"), [
    ("Certain groups in this town, no one would miss them if they were gone.",
     "no one would miss them"),
    ("Visse grupper her i landet ville ingen savne, hvis de forsvandt.",
     "ville ingen savne"),
    ("Ciertos colectivos... el mundo estaría mejor sin ellos.",
     "el mundo estaría mejor sin ellos"),
])
def test_wishing_a_group_gone_is_a_call_to_be_rid_of_it(text, wish):
    assert expels_a_group(ctx_for(text)) == wish


def test_wishing_things_gone_names_no_people():
    assert expels_a_group(ctx_for("Queues? No one would miss them if they disappeared.")) is None


@pytest.mark.parametrize("text", [
    "Nowe piwo – tylko dla prawdziwych Polaków. Polska dla Polaków!",
    "La France aux Français, et nos prix aussi !",
    "Deutschland den Deutschen – unser neues Bier.",
])
def test_a_slogan_claiming_a_country_for_one_people_excludes_the_rest(text):
    assert expels_a_group(ctx_for(text)) is not None


def test_rejecting_an_exclusion_slogan_is_no_slogan():
    assert expels_a_group(ctx_for(
        "'Deutschland den Deutschen' ist ein rassistischer Slogan.")) is None


@pytest.mark.parametrize(("text", "code"), [
    ("Funny how every nice town goes downhill. They will not replace us.",
     "They will not replace us"),
    ("@club put HITLER DID NOTHING WRONG on my jersey", "HITLER DID NOTHING WRONG"),
    ("Sechs Millionen waren nicht genug", "Sechs Millionen waren nicht genug"),
    ("Le grand remplacement a déjà commencé.", "Le grand remplacement"),
    ("Hitler miał rację i tyle.", "Hitler miał rację"),
    ("Stop de omvolking!", "omvolking"),
])
def test_a_known_hate_slogan_or_code_is_held_on_its_own(text, code):
    assert expels_a_group(ctx_for(text)) == code


@pytest.mark.parametrize("text", [
    "Die Ausstellung zeigt, wie die Nazis 'Heil Hitler' zur Pflicht machten.",
    "“The great replacement” is a racist conspiracy theory, and we reject it.",
])
def test_a_hate_code_quoted_or_rejected_is_not_said(text):
    assert expels_a_group(ctx_for(text)) is None


def test_a_slogan_said_is_held_and_one_quoted_in_the_writers_report_is_not():
    assert expels_a_group(ctx_for("Go back to where you came from, nobody wants you.")) is not None
    assert expels_a_group(ctx_for(
        '"Go back to where you came from." That is what the families we support were told '
        "this month. Give £5 today.")) is None
