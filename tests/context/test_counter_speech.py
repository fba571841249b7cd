
import pytest
from tests.support import ctx_for

from fauxpas.context.counter_speech import (
    close_after,
    denied_spans,
    denies_harm,
    quotation_spans,
    rejects_hate,
    reported_speech,
)
from fauxpas.context.cues import ctx_words


def test_a_text_that_rejects_hate_says_by_which_word():
    assert rejects_hate(ctx_for("Comparing Black people to apes is racist, full stop.")) == "racist"
    assert rejects_hate(ctx_for("Flüchtlinge als Tiere zu bezeichnen ist rassistisch.")) == "rassistisch"


@pytest.mark.parametrize(("text", "word"), [
    ("Comments like 'migrants are rats' have no place on our page.", "Comments like"),
    ("Quand tu dis que les musulmans sont dangereux, tu te trompes.", "Quand tu dis"),
    ("Cuando dices que los gitanos roban, haces daño a mucha gente.", "Cuando dices"),
    ("Solche Sprüche über Geflüchtete sind verletzend.", "Solche Sprüche"),
    ("Kiedy mówisz, że geje są chorzy, ranisz ludzi.", "Kiedy mówisz"),
])
def test_a_text_that_refers_to_a_hateful_statement_to_reject_it(text, word):
    assert rejects_hate(ctx_for(text)) == word


def test_a_negated_rejection_or_none_rejects_nothing():
    assert rejects_hate(ctx_for("It's not racist to say what everyone thinks about them.")) is None
    assert rejects_hate(ctx_for("Immigrants are welcome here.")) is None


def test_naming_hate_or_the_harm_done_to_people_rejects_it():
    assert rejects_hate(ctx_for("Antisemitism has no place here.")) == "Antisemitism"
    assert rejects_hate(ctx_for("Racist abuse of our players will not be tolerated.")) is not None


def test_a_negation_further_before_a_counter_word_still_rejects_hate():
    assert rejects_hate(ctx_for("No place for racism in our stadium.")) == "racism"
    assert rejects_hate(ctx_for("Kein Platz für Antisemitismus.")) == "Antisemitismus"


def test_a_text_that_denies_harm_to_people_says_which_harm():
    assert denies_harm(ctx_for("No one should ever be attacked for their faith.")) == "attacked"
    assert denies_harm(ctx_for("Women do not deserve to be beaten.")) == "beaten"
    assert denies_harm(ctx_for("Les femmes ne méritent pas d'être frappées.")) == "frappées"
    assert denies_harm(ctx_for("Niemand soll an seinem Arbeitsplatz verletzt werden.")) == "verletzt"


def test_standing_against_those_who_harm_people_denies_harm():
    assert denies_harm(ctx_for("We must stop those who want to kill trans people.")) == "kill"
    assert denies_harm(ctx_for("We stand against anyone who attacks Muslims.")) == "attacks"
    assert denies_harm(ctx_for("Estamos contra quienes atacan a las personas trans.")) == "atacan"
    assert denies_harm(ctx_for("Wir stehen gegen alle, die Muslime angreifen.")) == "angreifen"
    assert denies_harm(ctx_for("Stoimy przeciwko tym, którzy atakują muzułmanów.")) == "atakują"
    # the second clause calls for the harm itself
    assert denies_harm(ctx_for("Let's stop those who let them in, kill them all.")) is None
    assert denies_harm(ctx_for("Gegen die, die hier herkommen: erschießt sie.")) is None


def test_every_harm_word_must_be_denied_or_joined_to_a_denied_one():
    assert denies_harm(ctx_for("No child should be bullied or threatened at school.")) == "bullied"
    assert denies_harm(ctx_for("Nobody will stop us. Beat them all.")) is None
    assert denies_harm(ctx_for("We open at nine.")) is None


def test_a_denial_ends_with_its_clause_and_reaches_a_few_words():
    assert denies_harm(ctx_for("Don't just stand there, beat them up.")) is None
    assert denies_harm(ctx_for("Say no to immigrants, shoot them at the border.")) is None
    assert denies_harm(ctx_for("Never mind what the neighbours said about the party last night and "
                            "the noise, we will attack them.")) is None


def test_a_german_or_polish_comma_before_a_relative_or_infinitive_clause_goes_on():
    assert denies_harm(ctx_for("Kein Mensch verdient es, geschlagen zu werden.")) == "geschlagen"
    assert denies_harm(ctx_for("Nikt nie zasługuje na to, żeby być bitym.")) == "bitym"
    assert denies_harm(ctx_for("Sagt nein zu ihnen, erschießt sie alle.")) is None
    # in English the comma still ends the denial
    assert denies_harm(ctx_for("Say no to them, the ones we will shoot.")) is None


def test_a_word_that_turns_a_denial_back_into_a_threat_leaves_none():
    assert denies_harm(ctx_for("I would not hesitate to shoot them.")) is None
    assert denies_harm(ctx_for("We won't rest until every one of them is beaten.")) is None
    assert denies_harm(ctx_for("Je n'hésiterai pas à les frapper.")) is None
    assert denies_harm(ctx_for("Non ci fermeremo finché non saranno uccisi.")) is None


def test_denied_spans_run_from_the_denial_to_each_harm_word():
    text = "No child should be bullied or threatened at school."
    spans = denied_spans(ctx_for(text))
    assert [text[start:end] for _, (start, end) in spans] == ["bullied", "threatened"]
    assert text[spans[0][0][0]:spans[0][0][1]].startswith("No")


def test_quotations_are_found_with_their_marks_and_apostrophes_are_not_quotes():
    text = "We don't say 'no homo' here, and «jamais» ni „nie“ ni “never”."
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "'no homo'", "«jamais»", "„nie“", "“never”"]
    assert quotation_spans("It's Anna's day, isn't it?") == []
    danish = "»Skrid hjem« råbte han"  # Danish and German quote the other way round
    assert [danish[a:b] for a, b in quotation_spans(danish)] == ["»Skrid hjem«"]
    assert quotation_spans('An opening " with no end') == []


def test_words_in_a_quotation_framed_by_the_writers_own_words_are_reported():
    text = '"They are scum", that is what he wrote to us.'
    assert reported_speech(text, 1, 9)
    assert not reported_speech(text, 22, 26)  # "what": the writer's own words
    assert not reported_speech('"They are scum" lol', 1, 9)  # too few words around
    assert reported_speech("stop saying 'no homo' please", 13, 20)  # right between the marks


def test_close_after_is_in_order_in_one_clause_and_within_reach():
    ctx = ctx_for("Refugees are all so stupid, honestly.")
    text, words = ctx.text, ctx_words(ctx)
    group, insult = text.index("Refugees") + 8, text.index("stupid")
    assert close_after(text, words, group, insult, 3)
    assert not close_after(text, words, group, insult, 2)  # "are all so": three between
    assert not close_after(text, words, insult, group, 5)  # the wrong order
    late = "Refugees arrived, stupid"
    assert not close_after(late, ctx_words(ctx_for(late)), 8, late.index("stupid"), 5)
