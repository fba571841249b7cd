"""The marker-phrase machinery shared by FP102 and FP104: the per-text view (labels,
brackets, capitals, neighbours) and the phrase book built from lexicons."""

from pathlib import Path

import pytest

from fauxpas.checks.marker_phrases import PhraseBook, phrase_book
from fauxpas.checks.marker_text import TextView, quote
from fauxpas.knowledge import Knowledge
from fauxpas.knowledge.lexicon import LexiconError, load_file


def span(text, part):
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize("text,part", [
    ("CONFIDENTIAL: results", "CONFIDENTIAL"),
    ("Partner prices – internal", "internal"),
    ("Text folgt", "Text folgt"),
    ("🔒 Internal\nthe rest of the post", "Internal"),
])
def test_a_marker_alone_or_beside_a_separator_is_a_label(text, part):
    assert TextView(text).is_label(*span(text, part))


@pytest.mark.parametrize("text,part", [
    ("Confidential advice for your skin", "Confidential"),
    ("Our internal team worked hard", "internal"),
    ("Great news. Confidential", "Confidential"),
])
def test_a_marker_inside_a_sentence_is_not_a_label(text, part):
    assert not TextView(text).is_label(*span(text, part))


def test_capitals_count_only_when_the_post_is_not_shouting():
    calm = "Our new menu is here. INTERNAL note follows"
    shouting = "OUR NEW MENU IS HERE. INTERNAL NOTE FOLLOWS"
    assert TextView(calm).in_capitals(*span(calm, "INTERNAL"))
    assert not TextView(shouting).in_capitals(*span(shouting, "INTERNAL"))


def test_regions_skip_markdown_link_texts_and_find_fences():
    view = TextView("Read [here](https://a.b) or ***TBD*** and [LINK]")
    kinds = [(r.kind, view.text[r.inner_start:r.inner_end]) for r in view.regions]
    assert ("fence", "TBD") in kinds and ("square", "LINK") in kinds
    assert ("square", "here") not in kinds


def test_the_next_word_stops_at_a_clause_break():
    view = TextView("do not share, please")
    assert view.next_word(2) is None
    view = TextView("do not share your pin")
    assert view.next_word(2) == "your"


def test_next_and_earlier_words_stay_in_their_clause():
    view = TextView("Wir können die Details noch nicht teilen, bevor du fragst")
    assert view.earlier_words(4) == ["details", "die", "konnen", "wir"]
    assert view.next_words(6, 3) == ()  # a comma ends the clause
    assert view.next_words(7, 5) == ("du", "fragst")
    assert view.earlier_words(8) == ["bevor"]


def test_tokens_behind_asterisk_fences_keep_their_offsets():
    text = "Sale ****Copy to come****"
    view = TextView(text)
    words = [(t.norm, text[t.start:t.end]) for t in view.tokens]
    assert ("copy", "Copy") in words and ("come", "come") in words


def test_a_link_or_a_pointing_emoji_after_a_span_is_seen():
    assert TextView("link here 👉 shop").link_follows(9)
    assert TextView("link here https://a.b").link_follows(9)
    assert not TextView("link here").link_follows(9)


def test_quote_shortens_and_flattens():
    assert quote("a\nb") == "“a b”"
    assert quote("x" * 100).endswith("…”") and len(quote("x" * 100)) == 50


def _book(tmp_path: Path, body: str) -> PhraseBook:
    path = tmp_path / "en" / "test.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("language: en\nname: test\nentries:\n" + body, encoding="utf-8")
    return PhraseBook([load_file(path)])


def _ids(book: PhraseBook, text: str) -> list[str]:
    """The ids of the entries ``book`` finds in an English ``text``."""
    return [h.entry.id for h in book.find(TextView(text), ("en",))]


def test_unknown_entry_fields_are_refused(tmp_path):
    with pytest.raises(LexiconError, match="unknown fields"):
        _book(tmp_path, "  - {id: t-1, terms: [a b], colour: red}\n")


def test_a_bad_where_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="'where'"):
        _book(tmp_path, "  - {id: t-1, terms: [a b], where: everywhere}\n")


def test_word_lists_must_be_lists_of_words(tmp_path):
    with pytest.raises(LexiconError, match="'next'"):
        _book(tmp_path, "  - {id: t-1, terms: [a b], next: [1, 2]}\n")


def test_next_not_next_and_not_prev_filter_matches(tmp_path):
    book = _book(tmp_path, (
        "  - {id: t-1, terms: [do not share], next: [until]}\n"
        "  - {id: t-2, terms: [kept secret], not_prev: [is]}\n"
        "  - {id: t-3, terms: [per legal], not_next: [requirements]}\n"))
    assert _ids(book, "do not share until Monday") == ["t-1"]
    assert _ids(book, "do not share.") == ["t-1"]
    assert _ids(book, "do not share your pin") == []
    assert _ids(book, "the recipe is kept secret") == []
    assert _ids(book, "recipe: kept secret") == ["t-2"]
    assert _ids(book, "per legal requirements") == []
    assert _ids(book, "(per legal)") == ["t-3"]


def test_not_next_takes_word_sequences_and_looks_past_a_time_word(tmp_path):
    book = _book(tmp_path, (
        "  - {id: t-1, terms: [do not share], next: [until, before],"
        " not_next: [you have, reading]}\n"))
    assert _ids(book, "do not share before Monday") == ["t-1"]
    assert _ids(book, "do not share before you have checked it") == []
    assert _ids(book, "do not share before reading it") == []
    assert _ids(book, "do not share until you hear from legal") == ["t-1"]


def test_prev_makes_a_phrase_count_only_right_after_its_words(tmp_path):
    book = _book(tmp_path, "  - {id: t-1, terms: [bipolar], prev: [so, basically]}\n")
    assert _ids(book, "the weather is so bipolar") == ["t-1"]
    assert _ids(book, "bipolar disorder") == []
    assert _ids(book, "living with bipolar") == []


def test_not_earlier_rules_a_phrase_out_anywhere_before_it_in_its_clause(tmp_path):
    book = _book(tmp_path, "  - {id: t-1, terms: [not publish], not_earlier: [we, can]}\n")
    assert _ids(book, "we can sadly not publish") == []
    assert _ids(book, "we asked: not publish") == ["t-1"]
    assert _ids(book, "team, not publish") == ["t-1"]


def test_bracket_entries_need_a_bracket_of_slot_words(tmp_path):
    book = _book(tmp_path, (
        "  - {id: t-1, terms: [link], where: bracket}\n"
        "  - {id: t-2, terms: [here, your], where: bracket, role: filler}\n"))
    assert _ids(book, "Shop now [your link here]") == ["t-1"]
    assert _ids(book, "Shop now [link in bio]") == []
    assert _ids(book, "Shop now link") == []
    assert _ids(book, "Shop now [here]") == []  # fillers alone make no slot
    assert _ids(book, "Shop now (link)") == []  # parentheses are prose


def test_phrases_of_other_languages_count_only_in_brackets(tmp_path):
    book = _book(tmp_path, "  - {id: t-1, terms: [text follows]}\n")
    assert not book.find(TextView("text follows"), ("de",))
    assert book.find(TextView("[text follows]"), ("de",))


def test_a_phrase_never_spans_a_bracket_or_a_sentence_end(tmp_path):
    book = _book(tmp_path, "  - {id: t-1, terms: [url here]}\n")
    assert not book.find(TextView("see [URL] Here it is"), ("en",))
    assert not book.find(TextView("no url. Here it is"), ("en",))
    assert book.find(TextView("url here"), ("en",))


def test_the_gate_needs_every_word_of_some_phrase(tmp_path):
    book = _book(tmp_path, "  - {id: t-1, terms: [à compléter]}\n")
    assert book.may_match(TextView("Texte à compléter"))
    assert book.may_match(TextView("TEXTE A COMPLETER"))  # accents and case folded
    assert not book.may_match(TextView("Texte complet"))


def test_the_shipped_books_load_for_both_checks():
    knowledge = Knowledge()
    draft, confidential = phrase_book(knowledge, "draft"), phrase_book(knowledge, "confidential")
    assert draft.may_match(TextView("need copy")) and not draft.may_match(TextView("copy"))
    assert confidential.may_match(TextView("do not publish"))
    assert draft.bracket_vocab >= {"link", "lenke", "navn", "nom"}
