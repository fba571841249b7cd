"""Finding profanity in a text: which lexicons, which tokens, which matches to keep.

- Lexicons: those of every language the text may be in (``ctx.languages``), and
  English's in any text (English swearing is common in posts in other languages).
- Tokens: the text's words and spaced-out words, and the words of its hashtags
  (``#FuckMondays`` is read as "fuck", "mondays"). Mentions, links and emails are never
  read: an account name is not the post's language.
- A match is dropped when the word is an exception in any language the text may be in
  ("fart" is speed in Norwegian, "slut" the end in Swedish), when it lies inside an
  exception phrase ("summa cum laude"), when it is a name ("Dick Smith"), or when it
  lies inside a term the brand allow-listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from fauxpas.checks.profanity.lexicons import LanguageData, Screen, screen
from fauxpas.core.text.fold import fold, fold_keep_accents
from fauxpas.core.text.hashtags import camel_split
from fauxpas.core.text.tokens import WORD_KINDS, Token, tokenize, word_norms
from fauxpas.knowledge.lexicon import Entry, Match, term_words

_KINDS = WORD_KINDS
_SENTENCE_START = frozenset(".!?:;\"'«»“”„([-–—\n")
_TRIPLE = re.compile(r"([^\W\d_])\1\1")


@dataclass(frozen=True)
class Hit:
    language: str
    entry: Entry
    term: str
    start: int
    end: int
    form: str  # exact, variant, prefix, suffix, masked, spaced, symbol
    in_hashtag: bool = False
    alternatives: tuple[tuple[Entry, str], ...] = ()


def hashtag_tokens(token: Token) -> list[Token]:
    """The words of a hashtag as tokens with spans into the text: "#FuckMondays" ->
    "Fuck" (1, 5), "Mondays" (5, 12)."""
    body = token.raw[1:]
    lowered = body.lower()
    parts = camel_split(token.raw)
    out: list[Token] = []
    at = 0
    for part in parts:
        found = lowered.find(part, at) if len(lowered) == len(body) else -1
        if found < 0:
            return [Token("word", token.start, token.end, token.raw, fold(body),
                          token.accented)]
        raw = body[found:found + len(part)]
        norm = fold(raw)
        accented = not raw.isascii() and fold_keep_accents(raw) != norm
        start = token.start + 1 + found
        out.append(Token("word", start, start + len(part), raw, norm, accented))
        at = found + len(part)
    return out


def find_hits(tokens: Sequence[Token], text: str, data: tuple[LanguageData, ...],
              lang: str, words: Sequence[str] | None = None,
              vocabulary: frozenset[str] | None = None) -> list[Hit]:
    """``words``: the norms of the word and spaced tokens, ``vocabulary`` their set (the
    check context has both; worked out here if not given)."""
    if words is None:
        words = word_norms(tokens)
    if vocabulary is None:
        vocabulary = frozenset(words)
    look = screen(data)
    only_words = len(words) == len(tokens)
    positions: list[int] = []
    hashtags = [] if only_words else _hashtags_to_read(tokens, look)
    suspects = look.may_suspect(vocabulary, only_words)
    if suspects or hashtags:
        stretched = _TRIPLE.search(text) is not None
        if suspects:
            positions = look.suspects(tokens, _KINDS, stretched)
        hashtags = [parts for parts in hashtags if look.suspects(parts, _KINDS, stretched)]
    symbols = [(s, d) for d in data for s in d.symbols if s[0] in text]
    if not positions and not hashtags and not symbols:
        return []
    shouting: list[bool] = []  # computed once, when first needed
    hits: list[Hit] = []
    for lang_data in data:
        lexicon = lang_data.lexicon
        if lexicon is None:
            continue
        foreign = lang_data.language != lang
        for match in lexicon.match(tokens, _KINDS, masked=True, positions=positions):
            if foreign and _acronym(tokens[match.first], match.entry):
                if not shouting:
                    shouting.append(_mostly_capitals(text))
                if not shouting[0]:
                    continue
            hits.append(_hit(lang_data.language, match, tokens))
        for parts in hashtags:
            for match in lexicon.match(parts, _KINDS, masked=False):
                if match.first == match.last and len(parts[match.first].norm) < 3 + foreign:
                    continue  # "#NPdC" is an acronym, not "pd"; "#AssNat" in French text
                hits.append(_hit(lang_data.language, match, parts, in_hashtag=True))
    for (symbol, entry), lang_data in symbols:
        at = text.find(symbol)
        while at >= 0:
            hits.append(Hit(lang_data.language, entry, symbol, at, at + len(symbol), "symbol"))
            at = text.find(symbol, at + len(symbol))
    return hits


def _hashtags_to_read(tokens: Sequence[Token], look: Screen) -> list[list[Token]]:
    """The words of each hashtag that may hold something to read; a hashtag whose words
    are all quiet is remembered as such (by how it is written) and skipped next time."""
    out = []
    for token in tokens:
        if token.kind == "hashtag" and token.raw not in look.quiet_tags:
            parts = hashtag_tokens(token)
            if look.may_suspect(frozenset(part.norm for part in parts), True):
                out.append(parts)
            else:
                look.remember_quiet_tag(token.raw)
    return out


def _acronym(token: Token, entry: Entry) -> bool:
    """A short word in capitals, matched in a list of another language than the text's:
    "ARSE" in a French post is an agency's acronym. The commonest words still count."""
    raw = token.raw
    return (len(raw) <= 4 and raw.isupper() and token.kind == "word"
            and not entry.extra.get("common"))


def _mostly_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _hit(language: str, match: Match, tokens: Sequence[Token], in_hashtag=False) -> Hit:
    form = match.form
    if form in ("exact", "variant") and tokens[match.first].kind == "spaced":
        form = "spaced"
    return Hit(language, match.entry, match.term, match.start, match.end, form, in_hashtag,
               match.alternatives)


def keep(hits: list[Hit], tokens: Sequence[Token], text: str, data: Sequence[LanguageData],
         candidates: Sequence[str], allow: frozenset[str]) -> list[Hit]:
    """The hits that survive exceptions, names and the allow-list; one per stretch of
    text (the longest, then the surest). A hit is checked against the exceptions of the
    text's candidate languages and of its own lexicon's language ("cum laude" keeps its
    English exception in a text taken for Portuguese)."""
    if not hits:
        return []
    by_language = {d.language: d for d in data}
    covered_by = {d.language: _covered_spans(tokens, d) for d in data}
    allowed = _allowed_spans(tokens, allow)
    by_start = {t.start: t for t in tokens}
    kept: list[Hit] = []
    # longest first; for the same stretch, the reading in the text's own language wins
    # (Spanish "pedo", a fart, over the English slang for a paedophile)
    order = {lang: n for n, lang in enumerate(candidates)}
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), order.get(h.language, 99),
                                           -h.entry.sureness, h.start)):
        written = fold(text[hit.start:hit.end])
        judges = [by_language[lang] for lang in dict.fromkeys([*candidates, hit.language])
                  if lang in by_language]
        if any(_excepted(hit, written, d.exception_words) for d in judges):
            continue
        spans = allowed + [s for d in judges for s in covered_by[d.language]]
        if any(s <= hit.start and hit.end <= e for s, e in spans):
            continue
        if hit.entry.extra.get("also_name") and _is_name(by_start.get(hit.start), tokens,
                                                          text):
            continue
        if entry_severity(hit.entry) != "block" and _in_title(by_start.get(hit.start), tokens, text):
            continue
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _excepted(hit: Hit, written: str, words: frozenset[str]) -> bool:
    key = term_words(hit.term)
    return (len(key) == 1 and key[0] in words) or written in words


def _covered_spans(tokens: Sequence[Token], data: LanguageData) -> list[tuple[int, int]]:
    if data.exception_phrases is None:
        return []
    return [(m.start, m.end) for m in data.exception_phrases.match(tokens)]


def _allowed_spans(tokens: Sequence[Token], allow: frozenset[str]) -> list[tuple[int, int]]:
    """Where the brand's allow-listed names occur ("Dick's Sporting Goods")."""
    spans = []
    for term in allow:
        words = _allow_words(term)
        if not words:
            continue
        for i in range(len(tokens) - len(words) + 1):
            if all(tokens[i + k].norm.lstrip("#@") == w for k, w in enumerate(words)):
                spans.append((tokens[i].start, tokens[i + len(words) - 1].end))
    return spans


@lru_cache(maxsize=4096)
def _allow_words(term: str) -> tuple[str, ...]:
    return tuple(t.norm.lstrip("#@") for t in tokenize(term))


def _is_name(token: Token | None, tokens: Sequence[Token], text: str) -> bool:
    """A capitalised word read as a name: next to another capitalised word ("Dick
    Smith", "Moby Dick", "Richard 'Dick' Barnsworth"), or in the middle of a sentence ("een Mongool", a Mongolian)."""
    if token is None or not _titled(token.raw):
        return False
    i = tokens.index(token)
    neighbours = tokens[max(0, i - 1):i] + tokens[i + 1:i + 2]
    for other in neighbours:
        gap = text[min(other.end, token.end):max(other.start, token.start)]
        # "Richard 'Dick' Barnsworth": a nickname in quotes between the names
        if other.kind == "word" and _titled(other.raw) and (
                not gap.strip(" '\"‘’“”") or gap == ". "):
            return True
    before = text[:token.start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_START


TITLE_SHARE = 0.7  # more capitalised words than this: a text capitalised word by word


def entry_severity(entry) -> str:
    """An entry's severity: the one it declares, else ``block`` for a sure word (sureness
    2) and ``warn`` for the others."""
    if entry.severity:
        return entry.severity
    return "block" if entry.sureness >= 2 else "warn"


def _in_title(token: Token | None, tokens: Sequence[Token], text: str) -> bool:
    """A capitalised word between two other capitalised words, in a text that is not
    written in capitals word by word: the title of a film, a show or a place ("the new
    show The Bastard Executioner", "dinner at Hell Bay Grill"), which a brand may name."""
    if token is None or not _titled(token.raw):
        return False
    i = tokens.index(token)
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not all(t.kind == "word" and _titled(t.raw) for t in (before, after)):
        return False
    if any(text[a.end:b.start] != " " for a, b in ((before, token), (token, after))):
        return False
    words = [t for t in tokens if t.kind == "word" and t.raw[:1].isalpha()]
    return sum(_titled(t.raw) for t in words) <= TITLE_SHARE * len(words)


def _titled(raw: str) -> bool:
    return raw[:1].isupper() and (len(raw) == 1 or raw[1:].islower())
