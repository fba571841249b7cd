
import pytest
from tests.support import ctx_for

from fauxpas.context.crime_prevention import (
    guards_against_crime,
    in_its_language,
    offender_named_as_a_group,
)


@pytest.mark.parametrize(("text", "offender"), [
    ("Protect your home from burglars with our new smart lock.", "burglars"),
    ("Our alarm scares off burglars so women living alone sleep safe.", "burglars"),
    ("Burglars hate our new alarm.", "Burglars"),
    ("Keep thieves off your bike with our anti-theft lock.", "thieves"),
    ("Les voleurs détestent notre nouvel antivol.", "voleurs"),
    ("Schützen Sie Ihr Zuhause vor Einbrechern mit unserer neuen Alarmanlage.",
     "Einbrechern"),
    ("Nuestra alarma ahuyenta a los ladrones para que tu familia duerma tranquila.",
     "ladrones"),
    ("Protégez votre maison contre les cambrioleurs avec notre nouvelle alarme.",
     "cambrioleurs"),
    ("Proteggi la tua casa dai ladri con il nostro nuovo allarme.", "ladri"),
    ("Bescherm je huis tegen inbrekers met ons nieuwe slot.", "inbrekers"),
])
def test_a_text_that_keeps_people_safe_from_criminals(text, offender):
    assert guards_against_crime(ctx_for(text)) == offender


@pytest.mark.parametrize("text", [
    "Shoot burglars on sight to keep your home safe.",  # protect word too far, in a call
    "Punch the burglars and keep your home safe.",  # a violent act named
    "Immigrant burglars everywhere, get an alarm and keep them out.",  # a group as criminals
    "Los inmigrantes son ladrones, protege tu casa con una alarma.",  # the same, in Spanish
    "Protect your home from burglars. Burglars here are all immigrants.",  # said later
    "Our new alarm is the loudest on the market.",  # no criminal named
    "Burglars broke into the shop next door last night.",  # nothing that protects
    "He called them “thieves” to protect himself.",  # quoted: someone else's word
])
def test_no_guard_against_crime(text):
    assert guards_against_crime(ctx_for(text)) is None


@pytest.mark.parametrize(("text", "offender"), [
    ("Immigrant burglars everywhere.", "burglars"),
    ("Most burglars in this town are immigrants.", "burglars"),
    ("Los ladrones de este barrio son todos gitanos.", "ladrones"),
    ("Einbrecher sind doch fast alle Ausländer.", "Einbrecher"),
    ("Indbrudstyvene er næsten altid udlændinge.", "Indbrudstyvene"),
])
def test_a_group_named_as_the_criminals(text, offender):
    ctx = ctx_for(text)
    found = offender_named_as_a_group(ctx, in_its_language(ctx, "offender"))
    assert found is not None and text[found.start:found.end] == offender


@pytest.mark.parametrize("text", [
    "Our alarm scares off burglars so women living alone sleep safe.",  # kept safe
    "Thieves try to rob women at night.",  # Polish "to" ("is") is not read in English
    "Burglars broke in while the Muslim family was away.",  # too far apart
])
def test_no_group_named_as_the_criminals(text):
    ctx = ctx_for(text)
    assert offender_named_as_a_group(ctx, in_its_language(ctx, "offender")) is None


def test_only_the_texts_own_languages_protect():
    # Swedish "lås" (a lock) folds to Spanish "las"
    assert in_its_language(ctx_for("Los ladrones atacan a las mujeres."), "protect") == []
