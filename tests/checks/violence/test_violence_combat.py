"""FP204's combat rule: a playful post about a strike, fighters or armed groups."""

from fauxpas.checks.violence.check import COMBAT_SHARE, jokes_about_combat
from fauxpas.context.cues import text_cues
from fauxpas.models.signals import text_context


def joke(text, violence=0.4, cutoff=0.5):
    return jokes_about_combat(text_context(text), violence, cutoff)


def test_combat_words_with_a_sound_effect_are_a_joke():
    assert joke("The insurgents heard our gunship before they saw it. KABOOOM") == "insurgents"
    assert joke("Enemy positions got a visit from our artillery. Boom.") == "Enemy positions"


def test_combat_words_with_laughter_or_a_playful_emoji_are_a_joke():
    assert joke("Militants found out what an airstrike feels like lol")
    assert joke("Special delivery for the insurgents this morning 😂")


def test_plain_reporting_of_combat_is_no_joke():
    assert joke("Militants attacked a checkpoint overnight; two soldiers were wounded.") is None
    assert joke("An airstrike hit the market this morning.") is None


def test_mourning_or_support_is_no_joke():
    text = "Our thoughts are with the families of those killed in the airstrike 🙏 lol"
    assert joke(text) is None


def test_sports_and_games_are_no_combat():
    assert "combat" not in {hit.kind for hit in text_cues(
        "UFC fighters weigh in tonight! Our troops at the Battlefield 2042 launch 🎉").hits}
    assert joke("Foo Fighters tonight!!! BOOOM 🎸") is None


def test_french_activists_are_no_combatants():
    assert joke("Les militants écolos font la fête ce soir 🎉") is None


def test_the_violence_head_must_reach_its_share_of_the_cutoff():
    text = "Militants found out what an airstrike feels like lol"
    assert joke(text, violence=COMBAT_SHARE * 0.5, cutoff=0.5)
    assert joke(text, violence=COMBAT_SHARE * 0.5 - 0.01, cutoff=0.5) is None


def test_a_negated_combat_word_does_not_count():
    assert joke("No airstrike today, just pancakes 😂") is None
