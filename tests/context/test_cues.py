from tests.support import ctx_for

from fauxpas.context.cues import (
    CueMatcher,
    ctx_cues,
    ctx_has_kind,
    foreign_homograph,
    matcher,
    negated_right_before,
    text_cues,
)


def kinds(text):
    return {h.kind for h in text_cues(text).hits}


def test_prefix_terms_cover_inflections_and_hyphens():
    assert "selling" in kinds("Kedvezményes árak a webshopban")
    assert "invite" in kinds("Dites-nous tout !")
    assert "closure" in kinds("Butikkerne er lukket i dag af hensyn til sikkerheden")


def test_hits_are_counted_once_per_span():
    hits = [h for h in text_cues("Vores butikker").hits if h.kind == "selling"]
    assert len(hits) == 1


def test_words_of_other_languages_do_not_collide():
    assert "cheer" not in kinds("Death toll tops 1,100")
    assert "selling" not in kinds("L'hotel offre ospitalità gratuita")


def ctx_kinds(text):
    return {h.kind for h in ctx_cues(ctx_for(text)).hits}


def test_a_word_of_the_posts_own_language_is_not_another_languages_cue():
    assert foreign_homograph("compris", "pt", "fr")  # Portuguese "compr*" (buy)
    assert foreign_homograph("burgers", "en", "nl")  # Dutch citizens
    assert not foreign_homograph("sale", "en", "de")  # a loanword in German adverts
    assert not foreign_homograph("no", "en", "es")  # common in both
    assert not foreign_homograph("compris", "pt", "fr", candidates=("fr", "pt"))
    assert "selling" not in ctx_kinds("J'ai bien compris votre demande, merci pour votre patience.")
    assert "cheer" not in ctx_kinds("Wir haben festgestellt, dass der Fehler behoben ist.")
    # the same word in the text's own lexicon still counts
    assert "selling" in ctx_kinds("Heute 20% Rabatt auf alle Torten in unserem Laden.")



def test_may_start_sets_aside_words_that_start_no_term():
    cue_matcher = matcher("cues")
    assert cue_matcher.may_start({"shop", "today"})
    assert not cue_matcher.may_start({"qzxq", "zzyzx"})
    assert not cue_matcher.may_start(["qzxq", "zzyzx"])
    assert cue_matcher.may_start(["qzxq", "shop"])


def test_may_start_is_whether_some_word_has_candidates():
    cue_matcher = CueMatcher([("selling", "a", "shop*", 1), ("selling", "b", "sale", 1),
                              ("attack", "c", "shoot* at", 2)])
    for words in (["shopping"], ["sale"], ["shooting", "x"], ["sho"], ["salesman"],
                  ["qzxq"], ["shove", "sal"], []):
        expected = any(cue_matcher.candidates(w) for w in words)
        assert cue_matcher.may_start(words) is expected, words
        assert cue_matcher.may_start(frozenset(words)) is expected, words
    assert not CueMatcher([("selling", "b", "sale", 1)]).may_start(["shopping"])


def test_the_cheap_kind_test_reads_hashtag_words_too():
    for text, expected in [("Shop now at our store", True), ("#ShopNow at last", True),
                           ("＃ShopNow at last", True), ("Lovely weather today", False)]:
        assert ctx_has_kind(ctx_for(text), "selling") is expected, text


def test_candidates_are_the_exact_and_prefix_terms_a_word_may_start():
    cue_matcher = CueMatcher([("selling", "a", "shop*", 1), ("selling", "b", "sale", 1),
                              ("attack", "c", "shoot* at", 2)])
    assert [item[2] for item in cue_matcher.candidates("shopping")] == ["a"]
    assert [item[2] for item in cue_matcher.candidates("shooting")] == ["c"]
    assert [item[2] for item in cue_matcher.candidates("sale")] == ["b"]
    assert cue_matcher.candidates("sho") == ()  # shorter than every prefix term
    assert cue_matcher.candidates("salesman") == ()  # "sale" is no prefix term
    assert cue_matcher.candidates("qzxq") == ()


def _right_before(text, word):
    return negated_right_before(ctx_for(text), text.index(word))


def test_a_negation_next_to_a_word_or_one_article_or_copula_away_negates_it():
    assert _right_before("Black people are not dirty.", "dirty")
    assert _right_before("I don't hate anyone.", "hate")
    assert _right_before("Refugees are not a threat.", "threat")
    assert _right_before("Los inmigrantes no son peligrosos.", "peligrosos")


def test_two_articles_or_copulas_between_still_negate_but_not_three_words():
    assert _right_before("Los musulmanes no son unos terroristas.", "terroristas")
    assert _right_before("Kobiety nie są głupie.", "głupie")
    assert not _right_before("They are not only rude but lazy.", "lazy")


def test_a_negation_further_away_negates_nothing_right_before():
    assert not _right_before("They are nothing but vermin.", "vermin")
    assert not _right_before("They are no better than rats.", "rats")
    assert not _right_before("I will never stop hating them.", "hating")
    assert not _right_before("They are dirty.", "dirty")


def test_a_long_compound_prefix_term_is_read():
    hits = text_cues("Flugzeugabsturz in den Alpen", "crisis").hits  # flugzeugabsturz*
    assert [hit.kind for hit in hits] == ["accident"]
    hits = text_cues("Súlyos tömegszerencsétlenség történt", "crisis").hits
    assert "accident" in {hit.kind for hit in hits}
