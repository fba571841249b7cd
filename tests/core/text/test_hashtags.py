import pytest

from fauxpas.core.text.camel import camel_parts
from fauxpas.core.text.hashtags import camel_split, readings, scored_readings


@pytest.mark.parametrize("tag,words", [
    ("#IAmReady", ("i", "am", "ready")),
    ("#GoPlanC", ("go", "plan", "c")),
    ("#COVID19Update", ("covid", "19", "update")),
    ("#AskTheCEO", ("ask", "the", "ceo")),
    ("#summer_sale_2025", ("summer", "sale", "2025")),
    ("#fête_des_mères", ("fête", "des", "mères")),
    ("#GyőrŐszKupa", ("győr", "ősz", "kupa")),
    ("#lowercase", ("lowercase",)),
    ("#", ("",)),
])
def test_camel_split(tag, words):
    assert camel_split(tag) == words


def test_camel_parts_keep_case():
    assert camel_parts("#NewInStore") == ("New", "In", "Store")


def test_unbroken_tag_is_split_into_words():
    assert readings("#summersaleweekend")[0] == ("summer", "sale", "weekend")


def test_unintended_readings_are_listed_after_the_natural_one():
    found = readings("#penisland", k=5)
    assert found[0] == ("pen", "island")
    assert ("penis", "land") in found


def test_readings_carry_their_distance_from_the_natural_one():
    scored = scored_readings("#therapist", k=5)
    assert scored[0].words == ("therapist",) and scored[0].delta == 0
    alternative = next(r for r in scored if r.words == ("the", "rapist"))
    assert 0 < alternative.delta < 4
    assert [r.cost for r in scored] == sorted(r.cost for r in scored)


def test_english_possessive():
    assert ("now", "that", "cher's", "dead") in readings("#nowthatchersdead", k=5)


def test_camel_case_parts_are_read_separately():
    assert readings("#SummerSaleWeekend")[0] == ("summer", "sale", "weekend")


def test_readings_in_other_languages():
    assert readings("#soldesdete", "fr")[0][0] == "soldes"
    assert ("sommer", "ferien") in readings("#sommerferien", "de", k=3)
    assert ("god", "morgen") in readings("#godmorgen", "da", k=3)


def test_non_words_are_not_chopped_into_junk():
    best = scored_readings("#zqxwvbrandname", k=3)[0]
    assert best.unknown >= 1
    assert all(len(r.words) <= 3 for r in scored_readings("#scunthorpe", k=3))


def test_scraps_are_not_counted_as_words():
    from fauxpas.core.text.segment import segment

    with_scrap = [r for r in segment("cocker", "en", 8) if "er" in r.words]
    assert with_scrap and all(r.unknown >= 1 and r.scraps >= 1 for r in with_scrap)


def test_long_tags_are_only_split_where_marked():
    tag = "#" + "abc" * 20
    assert readings(tag) == (("abc" * 20,),)


def test_readings_are_memoised():
    assert scored_readings("#weekendvibes") is scored_readings("#weekendvibes")
