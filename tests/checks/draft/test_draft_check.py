"""FP102 through the engine: how sure each kind of evidence is, what blocks and what is
only a warning, merged spans, languages, options, and what the findings say."""

from datetime import datetime, timezone

from fauxpas.checks.draft.check import DraftCheck
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def check(text, policy="", **case):
    engine = Engine(parse_policy(policy), checks=[DraftCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))


def spans(verdict, text):
    return [text[f.span[0]:f.span[1]] for f in verdict.findings]


def only(verdict):
    assert len(verdict.findings) == 1, [f.to_dict() for f in verdict.findings]
    return verdict.findings[0]


def test_a_template_variable_blocks_and_says_what_to_do():
    text = "Happy birthday {{first_name}}, enjoy your gift!"
    verdict = check(text, scheduled=True)
    finding = only(verdict)
    assert verdict.decision is Decision.BLOCK
    assert finding.severity is Severity.BLOCK and finding.confidence >= 0.95
    assert spans(verdict, text) == ["{{first_name}}"]
    assert "“{{first_name}}”" in finding.message and "never filled in" in finding.message
    assert "merge" in finding.suggestion
    assert finding.evidence["matched"][0]["pattern"] == "draft-syntax-01"
    assert "McDonald's" in finding.lesson


def test_a_fenced_note_is_one_finding_over_the_whole_fence():
    text = "Winter sale ****Copy to come****"
    verdict = check(text)
    finding = only(verdict)
    assert spans(verdict, text) == ["****Copy to come****"]
    assert finding.confidence >= 0.95 and verdict.decision is Decision.BLOCK
    matched = {m.get("pattern") or m.get("entry") for m in finding.evidence["matched"]}
    assert {"draft-syntax-11", "en-draft-0001"} <= matched


def test_a_fence_around_other_words_is_held_for_review_not_blocked():
    verdict = check("****ALERT**** new opening hours")
    assert verdict.decision is Decision.REVIEW
    assert only(verdict).confidence < 0.7


def test_a_bracketed_slot_spans_its_brackets():
    text = "Welcome to the club, [first name]!"
    verdict = check(text)
    assert spans(verdict, text) == ["[first name]"]
    assert only(verdict).evidence["kind"] == "slot"
    assert verdict.decision is Decision.BLOCK


def test_several_placeholders_make_each_surer():
    alone = only(check("Tickets on sale now: [LINK]")).confidence
    both = check("Tickets from €XX on sale now: [LINK]")
    assert len(both.findings) == 2
    assert all(f.confidence > alone for f in both.findings if f.evidence["kind"] == "slot")


def test_link_here_without_a_link_is_only_a_warning_mid_sentence():
    verdict = check("We restocked the blue mugs, link here for the curious")
    finding = only(verdict)
    assert finding.severity is Severity.WARN and finding.confidence < 0.5
    assert verdict.decision is Decision.PASS


def test_link_here_as_a_label_is_held():
    verdict = check("Pre-orders are open - link here")
    assert verdict.decision is Decision.REVIEW


def test_link_here_followed_by_a_link_is_fine():
    assert not check("Pre-orders are open, link here https://shop.lindqvist.no").findings


def test_note_to_self_as_a_joke_is_a_warning_at_most():
    verdict = check("Note to self: more coffee on Mondays")
    finding = only(verdict)
    assert finding.severity is Severity.WARN and verdict.decision is Decision.PASS


def test_tbd_is_a_slot_only_in_brackets():
    assert not check("Venue TBD, stay tuned!").findings
    assert check("Venue: [TBD], stay tuned!").decision is Decision.BLOCK


def test_english_notes_count_in_posts_of_other_languages():
    text = "Unsere neue Filiale in Graz öffnet am Samstag, copy TBD"
    assert spans(check(text), text) == ["copy TBD"]


def test_notes_of_other_languages_count_only_in_brackets():
    text = "Our autumn campaign starts on Monday across all stores, tekst kommer"
    assert not check(text).findings
    bracketed = "Our autumn campaign starts on Monday across all stores [tekst kommer]"
    assert spans(check(bracketed), bracketed) == ["[tekst kommer]"]


def test_spanish_capital_todo_is_weaker_than_elsewhere():
    spanish = check("Rebajas en tienda, TODO: revisar precios con el equipo de ventas")
    english = check("Sale in store, TODO: check prices with the sales team")
    assert only(spanish).confidence < only(english).confidence


def test_a_reposted_placeholder_is_found_on_the_target():
    verdict = check("", action="repost",
                    target={"text": "Our sale starts {{date}}!", "author": "partner"})
    finding = only(verdict)
    assert finding.on_target and finding.span == (16, 24)


def test_template_syntax_can_be_turned_off_for_accounts_that_post_code():
    policy = "checks:\n  draft:\n    options: {template_syntax: false}\n"
    text = "Tip: in Jinja write {{ user.name }} to print a field"
    assert check(text).findings
    assert not check(text, policy).findings


def test_ids_can_be_skipped():
    policy = "checks:\n  draft:\n    options: {skip: [draft-syntax-12]}\n"
    assert not check("Save XX% today", policy).findings
    assert check("Save XX% today [LINK]", policy).findings


def test_ordinary_posts_in_every_language_pass_untouched():
    posts = [
        "Our spring blend is here: floral, bright, and in every store from Monday.",
        "Nouvelle collection en boutique dès demain, venez nous voir !",
        "Unser Team freut sich auf euren Besuch am Wochenende!",
        "¡Gracias por estos diez años con nosotros!",
        "Il nostro nuovo negozio apre sabato a Milano.",
        "A nova loja abre no sábado, esperamos por si!",
        "Vanaf vandaag ook op zondag open.",
        "Vi har fått inn nye vinterjakker – kom innom!",
        "Vi holder åbent hele påsken.",
        "Välkommen till vår nya butik i Malmö!",
        "Köszönjük, hogy velünk ünnepeltetek!",
    ]
    for text in posts:
        assert not check(text).findings, text



def test_a_template_variable_the_post_quotes_to_apologise_for_is_content():
    assert check("Our email greeted you as “Hi {{first_name}}” this morning. Sorry!"
                 ).findings == ()
    assert check("Hi {{first_name}}, your order has shipped!").decision is Decision.BLOCK
