
from tests.support import ctx_for

from fauxpas.checks.violence.check import jokes_about_hitting


def test_a_laugh_at_hitting_someone_is_a_joke_about_violence():
    text = "And if he forgets the bins again, a quick smack sorts him out 😂"
    assert jokes_about_hitting(ctx_for(text), violence=0.6, cutoff=0.5) == "a quick smack"
    assert jokes_about_hitting(ctx_for("Je lui mettrais une gifle 😂"), 0.6, 0.5) is not None


def test_no_laugh_no_act_or_a_low_violence_score_is_no_joke():
    assert jokes_about_hitting(ctx_for("And if he forgets the bins, a quick smack."), 0.6, 0.5) is None
    assert jokes_about_hitting(ctx_for("What a game tonight 😂"), 0.6, 0.5) is None
    text = "And if he forgets the bins again, a quick smack sorts him out 😂"
    assert jokes_about_hitting(ctx_for(text), violence=0.4, cutoff=0.5) is None


def test_a_denial_of_the_harm_is_no_joke():
    assert jokes_about_hitting(ctx_for("Nobody deserves to be slapped, ever 😂"), 0.6, 0.5) is None


def test_a_smack_for_a_child_or_a_threat_to_a_partner_needs_less_of_the_head():
    kids = "Crying kids on the plane? A good smack and they sleep all the way 😴👋😂"
    assert jokes_about_hitting(ctx_for(kids), violence=0.21, cutoff=0.5) == "A good smack"
    assert jokes_about_hitting(ctx_for(kids), violence=0.19, cutoff=0.5) is None
    missus = "Missus burnt the dinner? Time she was reminded who's in charge 😉"
    assert jokes_about_hitting(ctx_for(missus), violence=0.31, cutoff=0.5) == "who's in charge"
    assert jokes_about_hitting(ctx_for(missus), violence=0.29, cutoff=0.5) is None
