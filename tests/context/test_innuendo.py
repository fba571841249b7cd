"""Emoji innuendo: a sexual emoji next to a wink or smirk."""

from fauxpas.context.innuendo import INNUENDO_SHARE, innuendo
from fauxpas.models.signals import text_context


def pair(text, sexual=0.4, cutoff=0.55):
    return innuendo(text_context(text), sexual, cutoff)


def test_a_sexual_emoji_with_a_wink_or_smirk_is_an_innuendo():
    assert pair("It vibrates in all the right places 😉🍆") == "😉🍆"
    assert pair("Big, juicy and ready for you tonight 😈🍑") == "😈🍑"


def test_a_grocer_s_fruit_and_a_wink_alone_are_no_innuendo():
    assert pair("Fresh aubergines 🍆 and peaches 🍑 on sale this week") is None
    assert pair("See you at the launch tonight 😉") is None


def test_the_sexual_head_must_reach_its_share_of_the_cutoff():
    text = "It vibrates in all the right places 😉🍆"
    assert pair(text, sexual=INNUENDO_SHARE * 0.55, cutoff=0.55)
    assert pair(text, sexual=INNUENDO_SHARE * 0.55 - 0.01, cutoff=0.55) is None


def test_words_of_size_and_hardness_with_a_smirk_are_an_innuendo():
    assert pair("Stiv, lang og alltid klar når du trenger den 😏", sexual=0.17) == "😏 Stiv"
    assert pair("Pak 'm maar vast, hij is nog warm en lekker dik 😏🌭", sexual=0.2) is not None
    assert pair("Our stiff-bristle brush cleans grout in seconds.", sexual=0.2) is None  # no wink
    assert pair("Stiv, lang og alltid klar 😏", sexual=0.1) is None  # the head reads nothing


def test_two_suggestive_phrases_need_less_of_the_head():
    text = "Long and hard, and ready to satisfy you 😏 Come and get it"
    assert pair(text, sexual=0.1) == "😏 Long and hard"
    assert pair("Stiv og klar 😏", sexual=0.1) is None  # one phrase: the head must say more
    assert pair(text, sexual=0.05) is None


def test_a_peach_or_aubergine_with_droplets_beside_it_needs_no_wink():
    text = "thinking very unholy thoughts 🍑💦 would let him ruin my life"
    assert innuendo(text_context(text), 0.5, 0.6) == "🍑💦"
    assert innuendo(text_context("Fresh aubergines 🍆 and water 💦 for the garden"),
                    0.5, 0.6) is None  # not side by side
    assert innuendo(text_context(text), 0.2, 0.6) is None  # the head must agree


def test_a_pair_with_a_smirk_beside_it_needs_only_a_little_of_the_head():
    text = "Vous l'aimez bien ferme, et quand ça coule ? 😏🍆💦 Venez goûter notre cornet"
    assert innuendo(text_context(text), 0.12, 0.55) == "🍆💦"
    assert innuendo(text_context(text), 0.05, 0.55) is None  # under MANY_WORDS_SHARE


def test_an_oral_imperative_with_a_smirk_is_an_innuendo():
    assert pair("Nuestro helado nuevo: chúpalo despacio 😏🍦", sexual=0.2) is not None
    assert pair("Il nostro ghiacciolo: succhialo piano 😏", sexual=0.2) is not None
    # the same ice lolly with no wink is an ice lolly
    assert pair("Nuestro helado de limón: ¡chúpalo y refréscate este verano! 🍋",
                sexual=0.2) is None
