"""The language-independent patterns of FP102, one by one: what each must find and the
look-alikes it must leave alone."""

import re

import pytest

from fauxpas.checks.draft.syntax import PATTERNS, find_syntax


def found(text):
    lower = text.lower()
    words = frozenset(re.findall(r"\w+", lower))
    return [(hit.pattern.id, text[hit.start:hit.end]) for hit in find_syntax(text, lower, words)]


HITS = [
    ("draft-syntax-01", "Hi {{ first_name }}!", "{{ first_name }}"),
    ("draft-syntax-02", "{% if vip %}VIP{% endif %}", "{% if vip %}"),
    ("draft-syntax-03", "Dear {customer.name},", "{customer.name}"),
    ("draft-syntax-03", "Hello {firstName}", "{firstName}"),
    ("draft-syntax-04", "Code ${code} inside", "${code}"),
    ("draft-syntax-05", "Hi #{name}", "#{name}"),
    ("draft-syntax-06", "Hei %first_name%!", "%first_name%"),
    ("draft-syntax-07", "Dear *|LNAME|*", "*|LNAME|*"),
    ("draft-syntax-08", "Hi <% name %>", "<% name %>"),
    ("draft-syntax-09", "Hi [[ name ]]", "[[ name ]]"),
    ("draft-syntax-10", "Buy now [Shop]()", "[Shop]()"),
    ("draft-syntax-10", "Buy now [Shop](#)", "[Shop](#)"),
    ("draft-syntax-11", "Sale ****Copy TBD****", "****Copy TBD****"),
    ("draft-syntax-12", "Spar XX kr i dag", "XX kr"),
    ("draft-syntax-12", "Only $XX.XX", "$XX.XX"),
    ("draft-syntax-12", "Akár xx% kedvezmény", "xx%"),
    ("draft-syntax-13", "Open at XX:XX", "XX:XX"),
    ("draft-syntax-13", "Call XXX-XXX-XXXX", "XXX-XXX-XXXX"),
    ("draft-syntax-14", "More at http://link", "http://link"),
    ("draft-syntax-14", "More at bit.ly/xxxx", "bit.ly/xxxx"),
    ("draft-syntax-14", "More at www.example.com", "www.example.com"),
    ("draft-syntax-15", "Thanks @XXX!", "@XXX"),
    ("draft-syntax-16", "Dolor sit amet.", "Dolor sit amet"),
    ("draft-syntax-17", "fixme before sending", "fixme"),
    ("draft-syntax-18", "Spring poster v3_final", "v3_final"),
    ("draft-syntax-18", "New menu FINAL FINAL", "FINAL FINAL"),
    ("draft-syntax-19", "Price: [???]", "[???]"),
    ("draft-syntax-21", "[TODO] photo credit", "[TODO"),
    ("draft-syntax-21", "// TODO check", "// TODO"),
    ("draft-syntax-22", "Only <XXX> left", "<XXX>"),
    ("draft-syntax-23", "Speaker: TK TK", "TK TK"),
    ("draft-syntax-24", "Hello {0}, welcome", "{0}"),
    ("draft-syntax-20", "Summer sale ****", "****"),
]


@pytest.mark.parametrize("pattern_id,text,snippet", HITS)
def test_each_pattern_finds_its_placeholder(pattern_id, text, snippet):
    assert (pattern_id, snippet) in found(text)


def test_every_pattern_has_an_example_above():
    assert {p.id for p in PATTERNS} <= {pattern_id for pattern_id, _, _ in HITS}


@pytest.mark.parametrize("text", [
    "XXL and XXX sizes, Super Bowl LIX, Chapter XX",
    "Love you xx, see you soon xxx",
    "30% off, €19.99, 2 for 1",
    "**bold** and ***emphasis*** in markdown",
    "Rated ***** by 2,000 guests",
    "**********",
    "What the **** was that",
    "I was allowed to **** him",
    "so tired, what a ****.",
    "bisous :*******",
    "**** !!! BIG NEWS !!! ****",
    "**************PLEASE READ**************",
    "{sarcasm} and {Hallelujah}",
    "{ ldquo } quoted { rdquo }",
    "@user thanks, @username_real and @handleitpro",
    "@[12345678:] shared a link",
    "[[OOC, a friend said]]",
    "¡todo al 50%! y TODO el día",
    "o baile tá on, tk tk",
    "#fixme #todo",
    "https://link.springer.com/article/1 and https://xxx-shop.no/",
    "Pourquoi ? (??) je ne sais pas",
    "[xxx] la mia vita [ ] la scuola",
    "Final score 2-1, the final final countdown",
])
def test_look_alikes_are_left_alone(text):
    assert found(text) == []


def test_an_ordinary_post_opens_no_pattern():
    assert found("Sunday brunch is served, see you there") == []
