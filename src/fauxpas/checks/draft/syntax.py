"""Language-independent signs of an unfinished post: template syntax left unexpanded,
asterisk fences, "XX" amounts, dummy links and handles, lorem ipsum, TODO / FIXME / TKTK.

Each ``Pattern`` has a stable id, a description, a confidence and a gate: characters,
words (of the lower-cased text) or substrings, one of which must be present before its
regular expression runs. Most posts have none of them and leave after a few set tests.
``find_syntax`` yields ``SyntaxHit``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_I = re.IGNORECASE
_CURRENCY = r"(?:%|€|\$|£|¥|kr\.?|,-|Ft|EUR|USD|GBP|NOK|SEK|DKK|HUF|CHF)"
_XX = frozenset({"xx", "xxx", "xxxx", "xxxxx"})


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str  # template, fence, amount, link, handle, lorem, marker
    description: str
    regex: re.Pattern[str]
    confidence: float
    chars: frozenset[str] = frozenset()  # any of these characters in the text
    words: frozenset[str] = frozenset()  # any of these words in the lower-cased text
    substrings: tuple[str, ...] = ()  # any of these in the lower-cased text


@dataclass(frozen=True, slots=True)
class SyntaxHit:
    pattern: Pattern
    start: int
    end: int
    confidence: float


def _p(id_, kind, description, regex, confidence, *, chars="", words=(), substrings=(),
       flags=0) -> Pattern:
    return Pattern(id_, kind, description, re.compile(regex, flags), confidence,
                   frozenset(chars), frozenset(words), tuple(substrings))


PATTERNS: tuple[Pattern, ...] = (
    _p("draft-syntax-01", "template", "double-brace variable: {{first_name}}, {{ product.name }}",
       r"\{\{[^{}\n]{0,60}\}\}", 0.97, chars="{"),
    _p("draft-syntax-02", "template", "template tag: {% if ... %}",
       r"\{%[^%\n]{0,80}%\}", 0.97, chars="{"),
    _p("draft-syntax-03", "template", "single-brace variable: {first_name}, {product.name}",
       # shaped like code (first_name, product.name, firstName, 0); "{sarcasm}" is a tone
       # tag, and a plain slot word ("{name}") is judged with the bracketed slots.
       r"(?<![{$#\w])\{(?:[A-Za-z]+(?:[_.][A-Za-z0-9]+)+|_\w+|[a-z]+[A-Z]\w*)\}(?!\})", 0.9,
       chars="{"),
    _p("draft-syntax-24", "template", "positional format placeholder: {0}, {1}",
       r"(?<![{$#\w])\{\d\}(?!\})", 0.65, chars="{"),
    _p("draft-syntax-04", "template", "shell or JavaScript variable: ${name}",
       r"\$\{[^{}\n]{1,60}\}", 0.96, chars="{"),
    _p("draft-syntax-05", "template", "Ruby interpolation: #{name}",
       r"#\{[^{}\n]{1,60}\}", 0.95, chars="{"),
    _p("draft-syntax-06", "template", "percent variable: %FIRST_NAME%, %first_name%",
       r"(?<![\w%])%(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[a-z]+(?:_[a-z0-9]+)+)%(?![\w%])", 0.93,
       substrings=("%",)),
    _p("draft-syntax-07", "template", "mailing-list merge tag: *|FNAME|*",
       r"\*\|[A-Za-z0-9_:]+\|\*", 0.97, substrings=("*|",)),
    _p("draft-syntax-08", "template", "embedded-code tag: <%= name %>",
       r"<%[^%\n]{0,80}%>", 0.96, substrings=("<%",)),
    _p("draft-syntax-09", "template", "double-bracket variable: [[name]]",
       r"\[\[\s*[\w.\-]{1,40}\s*\]\]", 0.9, substrings=("[[",)),
    _p("draft-syntax-10", "template", "empty or dummy markdown link: [Shop now](), [text](#)",
       r"\[[^\[\]\n]{1,60}\]\(\s*(?:#|link|url|tbd|tk|x{2,})?\s*\)", 0.85,
       substrings=("](",), flags=_I),
    # Attached to the words inside; "**** !!! IMPORTANT !!! ****" and long runs are
    # decoration. Alone it is a review ("****ALERT****" may be emphasis); a note or a slot
    # inside ("****Copy to come****", "****TBD****") is found by the lexicons and blocks.
    _p("draft-syntax-11", "fence", "words fenced by runs of asterisks: ****Copy TBD****",
       r"(?<![\w*])\*{4,8}(?=[^\s*])[^*\n]{1,80}?(?<=[^\s*])\*{4,8}(?![\w*])", 0.6,
       substrings=("****",)),
    _p("draft-syntax-12", "amount", "placeholder amount: XX%, €XX, $XX, XX,XX, XX kr",
       r"(?<![\w.,])(?:[€$£¥]\s?[Xx]{2,}(?:[.,][Xx]{2})?|[Xx]{2,}(?:[.,][Xx]{1,2})?\s?"
       + _CURRENCY + r"|[Xx]{2}[.,][Xx]{2})(?![\w])", 0.9, words=_XX),
    _p("draft-syntax-13", "amount", "placeholder date, time or number: XX/XX/XXXX, XX:XX",
       r"(?<![\w/.:-])[Xx]{2}(?:[/.\-][Xx]{2}[/.\-][Xx]{2,4}|:[Xx]{2}|[/.][Xx]{2})(?![\w/:])"
       r"|(?<![\w-])[Xx]{3}[- .][Xx]{3}[- .][Xx]{4}(?![\w-])", 0.9, words=_XX),
    _p("draft-syntax-14", "link", "dummy link: http://link, https://xxx, example.com, bit.ly/xxxx",
       r"(?:https?://|www\.)(?:x{3,}|link|url|tbd|tk|insert[\w-]*|placeholder|link[-_]?here"
       r"|your[-_]?link)(?:\.(?:com|x{3}))?(?=[\s/)\]]|$)"
       r"|\b(?:bit\.ly|ow\.ly|tinyurl\.com)/(?:x{3,}|link|tbd|tk)\b"
       r"|(?<![\w.@-])(?:www\.)?example\.(?:com|org|net)\b", 0.88,
       words=(*_XX, "link", "url", "tbd", "tk", "placeholder", "example", "link_here",
              "linkhere", "your_link", "yourlink", "insert", "insert_link", "insertlink"),
       flags=_I),
    _p("draft-syntax-15", "handle", "handle placeholder: @[handle], @handle, @XXX",
       r"@\[[^\[\]\n]{0,29}[A-Za-z][^\[\]\n]{0,29}\]"  # not "@[12345:]", a profile id
       r"|(?<![\w@])@(?:handle|username|user_name|x{3,}|tbd|tk|insert\w*)(?!\w)", 0.8,
       words=(*_XX, "handle", "username", "user_name", "tbd", "tk", "insert"),
       substrings=("@[",), flags=_I),
    _p("draft-syntax-16", "lorem", "dummy text: lorem ipsum, dolor sit amet",
       r"\blorem\s+ipsum(?:\s+dolor\s+sit\s+amet)?\b|\bdolor\s+sit\s+amet\b"
       r"|\bconsectetur\s+adipiscing\b", 0.97, words=("lorem", "dolor", "consectetur"),
       flags=_I),
    _p("draft-syntax-17", "marker", "editor's marker: FIXME",
       r"(?<!#)\bFIXME\b", 0.93, words=("fixme",), flags=_I),
    # Capitals only: "tk tk" is also a sound in song lyrics.
    _p("draft-syntax-23", "marker", "journalists' mark for copy to come: TKTK",
       r"(?<!#)\bTK\s?TK(?:\s?TK)*\b", 0.93, words=("tktk", "tk")),
    # Capitals only: "todo" is Spanish and Portuguese for "all".
    _p("draft-syntax-21", "marker", "to-do marker: [TODO], TODO:, // TODO",
       r"[\[(<{*]\s*TODO\b|\bTODO\s*[:\])}>*]|//\s*TODO\b", 0.9, words=("todo",)),
    _p("draft-syntax-18", "marker", "version left in the copy: v2 FINAL, final_final, DRAFT v3",
       r"\b(?i:v\d{1,2}[\s_-]?(?:final|draft)|(?:final|draft)[\s_-]?v\d{1,2}|final[_-]final)\b"
       r"|\bFINAL FINAL\b", 0.85, substrings=("final", "draft")),
    _p("draft-syntax-19", "marker", "question marks for a missing value: [???], <??>",
       r"[\[<]\s*\?{2,}\s*[\]>]", 0.8, substrings=("??",)),
    # Capitals only: a lower-case "[xxx]" ticks a box in a list meme.
    _p("draft-syntax-22", "amount", "crosses for a missing value in brackets: [XX], <XXX>",
       r"[\[<]X{2,4}[\]>]", 0.85, words=_XX),
)

# Asterisk runs are handled apart: ratings (*****), masked swearing ("what the ****"),
# dividers (a line of asterisks) and markdown (**bold**) are not placeholders.
_LONE_STARS = re.compile(r"(?<![\w*:;])\*{4,}(?![\w*])")  # not the ":****" kiss
_RUN = re.compile(r"\*{3,}")
_LOOK = 200
_RATING_NEAR = re.compile(r"\d|star|stjern|stern|étoile|estrell|stell|rating|review|note"
                          r"|csillag|★|⭐", _I)
_SWEAR_BEFORE = re.compile(r"(?:\bthe|\bholy|\bwhat|\boh|\bof|\bf|\bso)\s*$", _I)
LONE_STARS = Pattern("draft-syntax-20", "fence", "a lone run of asterisks where copy should be",
                     _LONE_STARS, 0.55)

_CHARS = frozenset().union(*(p.chars for p in PATTERNS))
_WORDS = frozenset().union(*(p.words for p in PATTERNS))
_SUBSTRINGS = tuple(dict.fromkeys(s for p in PATTERNS for s in p.substrings))
_ANY_SUBSTRING = re.compile("|".join(map(re.escape, _SUBSTRINGS)))  # one pass for all
# trigger (a character, word or substring) -> indexes of the patterns it opens
_OPENS: dict[str, list[int]] = {}
for _n, _pattern in enumerate(PATTERNS):
    for _trigger in (*_pattern.chars, *_pattern.words, *_pattern.substrings):
        _OPENS.setdefault(_trigger, []).append(_n)


def find_syntax(text: str, lower: str, words: frozenset[str]) -> Iterator[SyntaxHit]:
    """``lower`` is ``text.lower()``; ``words`` the set of its ``\\w+`` words."""
    present = [c for c in _CHARS if c in text]
    present += words & _WORDS
    if _ANY_SUBSTRING.search(lower):
        present += [s for s in _SUBSTRINGS if s in lower]
    if not present:
        return
    for n in sorted({n for trigger in present for n in _OPENS[trigger]}):
        pattern = PATTERNS[n]
        for m in pattern.regex.finditer(text):
            yield SyntaxHit(pattern, m.start(), m.end(), pattern.confidence)
    if "****" in present:
        yield from _lone_stars(text)


def _lone_stars(text: str) -> Iterator[SyntaxHit]:
    for m in _LONE_STARS.finditer(text):
        start, end = m.span()
        # the line around the run, at most _LOOK characters each side
        line_start = max(text.rfind("\n", max(0, start - _LOOK), start) + 1, start - _LOOK)
        line_end = text.find("\n", end, end + _LOOK)
        line = text[line_start:line_end if line_end >= 0 else min(len(text), end + _LOOK)]
        if end - start == 5 or not line.replace("*", "").strip():
            continue  # a five-star rating, or a divider line
        if len(_RUN.findall(line)) > 1:
            continue  # one side of a fence: the fence pattern and the lexicons judge it
        before, after = text[line_start:start], line[end - line_start:]
        if after[:1] in (".", ",", "!", "?", ";"):
            continue  # ends a sentence: a masked word ("what a ****.")
        if any(ch.isalnum() for ch in before) and any(ch.isalnum() for ch in after):
            continue  # between words: a masked word ("allowed to **** him")
        near = text[max(0, start - 30):end + 30]
        if _RATING_NEAR.search(near) or _SWEAR_BEFORE.search(text[max(0, start - 8):start]):
            continue
        yield SyntaxHit(LONE_STARS, start, end, LONE_STARS.confidence)
