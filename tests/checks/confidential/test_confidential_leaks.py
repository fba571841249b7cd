"""FP104 on a writer who leaks: "I can't say much yet, but..." with figures or a date before
the official release is held; the same teaser alone is a note."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.confidential.check import ConfidentialCheck
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def verdict(text):
    engine = Engine(checks=[ConfidentialCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text}, now=NOW))


@pytest.mark.parametrize("text", [
    "Can't say much yet 🤫 but Q3 came in 18% above guidance. Watch this space before "
    "Thursday's earnings call!",
    "Kleiner Insider 😏: Unser Q3-Umsatz liegt intern bei 1,42 Mrd. €, offiziell kommt das "
    "erst am 24.10. raus.",
    "Non posso dire troppo ma… il 14 marzo presentiamo la nuova bici: l'embargo scade il 10!",
    "Vi får egentligen inte säga något förrän pressmeddelandet den 1 oktober, men jackan "
    "kostar 2 490 kr.",
])
def test_a_leak_admitted_with_figures_or_the_release_date_is_held(text):
    assert verdict(text).decision.value == "review"


@pytest.mark.parametrize("text", [
    "Can't say much yet, but something sweet is coming to our stores on Friday 🍩",
    "Non posso dire troppo… ma venerdì succede qualcosa di bello! 👀",
])
def test_a_teaser_alone_is_a_note_at_most(text):
    assert verdict(text).decision.value == "pass"
