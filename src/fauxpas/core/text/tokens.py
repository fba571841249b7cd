"""Splitting a post into tokens whose spans point into the original text.

Kinds: ``url``, ``email``, ``mention``, ``hashtag``, ``word`` and ``spaced`` (letters
written apart to dodge filters: "s h i t", "f.u.c.k", "f-u-c-k"). The text is first
cleaned (``clean.py``: invisible characters, fullwidth and mathematical letters,
decomposed accents), so "fu\u200bck" and "ｆｕｃｋ" are one word, and spans still point
into the original.

Each token carries its folded form ``norm`` (NFKC, case-folded, accents removed) and the
readings a filter-dodger might have meant (``variants``): leetspeak decoded ("sh1t",
"$hit", "a$$"), stretched letters squeezed ("fuuuck"). A token whose letters are partly
hidden ("f***", "c*nt", "f4ck", "b!tch") also has a ``mask``: what each position may
stand for, for matching against a word list by length and visible letters.

Digits only stand for letters inside a word ("sh1t", "a55hole") or at its start before
three letters ("5hit"), never at its end ("A55", "x2", "2for1" stay as written), and a
token without any letter is never decoded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from fauxpas.core.text.clean import clean, unconfuse
from fauxpas.core.text.fold import fold, fold_keep_accents, strip_accents

_PATTERNS = {
    "url": r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)",
    "email": r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    "mention": r"(?P<mention>(?<![\w@])@\w+)",
    "hashtag": r"(?P<hashtag>(?<![\w#])#\w+)",
    # one separator throughout: "s.h.i.t", "f-u-c-k", "f u c k i n g"
    "spaced": r"(?P<spaced>(?<![\w*$@])[^\W\d_](?=[ .\-_*·][^\W\d_][ .\-_*·])"
              r"(?P<sep>[ .\-_*·])(?:[^\W\d_](?P=sep))+[^\W\d_](?![\w*$@]))",
    "word": (
        r"(?P<word>"
        # a letter, or $ / @ standing for one ("$hit", "@$$")
        r"(?:[^\W\d_]|[$@](?=[$@]*[^\W\d_]))"
        # then letters, digits, leet symbols, and masks inside the word
        r"(?:[^\W_]++|[$@!|+*]++|_+(?=[^\W\d_*])|-{2,}(?=[^\W\d_])|[#%](?=[^\W\d_]))*+"
        # or digits first: "2for1", "4ever", "5hit"
        r"|\d++(?:[^\W\d_]|\*)(?:[^\W_]++|[$@!|+*]++)*+)"),
}


@lru_cache(maxsize=8)
def _token_re(links: bool, at: bool, tags: bool) -> re.Pattern:
    """The token pattern, without the alternatives a text cannot contain (a text with no
    "@" has no mention or email): the same tokens, found about twice as fast."""
    kinds = (["url"] if links else []) + (["email", "mention"] if at else []) + (
        ["hashtag"] if tags else []) + ["spaced", "word"]
    return re.compile("|".join(_PATTERNS[k] for k in kinds))


_TRAILING_PUNCT = "!|+@"

# What a leet character stands for in a plain decoding.
# The letter each leetspeak symbol stands for ("sh1t", "$hit"); also read by FP101 in
# @handles.
LEET = {"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "|": "i", "0": "o", "5": "s",
         "$": "s", "7": "t", "+": "t", "9": "g", "8": "b"}
# Symbols that stand for letters anywhere in a word, and those only between letters.
_LEET_ANYWHERE = frozenset("$@")
_LEET_INSIDE = frozenset("!|+")
_VOWELS = "aeiouy"
# What a hidden position may stand for when matching by length ("f4ck" = "fuck").
_MASK_ANY = frozenset("*#%_-")
_MASK_OPTIONS = {
    "0": "o" + _VOWELS, "1": "il" + _VOWELS, "2": _VOWELS, "3": "e" + _VOWELS,
    "4": "a" + _VOWELS, "5": "s" + _VOWELS, "6": "g" + _VOWELS, "7": "t" + _VOWELS,
    "8": "b" + _VOWELS, "9": "g" + _VOWELS, "@": "ao" + _VOWELS, "$": "s", "!": "il",
    "|": "il", "+": "t",
}
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
# The same test for a word of letters only (every character of it is a letter): a
# character three times in a row. Three times faster, without the letter class.
_STRETCH_IN_LETTERS = re.compile(r"(.)\1\1", re.S)
_DOUBLE = re.compile(r"([^\W\d_])\1+")


class Token(NamedTuple):
    """One token. Immutable; a named tuple rather than a dataclass because a post has
    dozens and every rule check reads them (creating one costs half as much)."""

    kind: str
    start: int
    end: int
    raw: str
    norm: str
    accented: bool = False  # written with accents that matter for matching ("szár", "año")

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def masked(self) -> bool:
        """Letters hidden behind asterisks, as in f***, c*nt."""
        return "*" in self.raw

    @property
    def variants(self) -> tuple[str, ...]:
        return variants(self.norm)

    @property
    def mask(self) -> tuple[str, ...] | None:
        """Per position, the letters it may stand for, when part of the word is hidden."""
        return mask(self.norm)


@lru_cache(maxsize=65536)
def decode_leet(norm: str) -> str | None:
    """The plain reading of a leet word ("sh1t" -> "shit"), or None if it has none."""
    if norm.isalpha() or not any(ch.isalpha() for ch in norm):
        return None
    out = []
    last = len(norm) - 1
    for i, ch in enumerate(norm):
        if ch.isalpha():
            out.append(ch)
            continue
        letter = LEET.get(ch)
        if letter is None:
            return None
        if ch in _LEET_ANYWHERE:
            out.append(letter)
        elif ch.isdigit():
            inside = 0 < i < last and _has_letter(norm, 0, i) and _has_letter(norm, i + 1, None)
            leading = i == 0 and len(norm) >= 4 and norm[1:4].isalpha()
            if not (inside or leading):
                return None
            out.append(letter)
        elif ch in _LEET_INSIDE and 0 < i < last:
            out.append(letter)
        else:
            return None
    decoded = "".join(out)
    return decoded if decoded != norm and decoded.isalpha() else None


def _has_letter(word: str, start: int, end: int | None) -> bool:
    return any(ch.isalpha() for ch in word[start:end])


@lru_cache(maxsize=65536)
def variants(norm: str) -> tuple[str, ...]:
    """Readings of a folded token, most literal first: as written, leetspeak decoded,
    stretched letters squeezed ('fuuuck' -> 'fuck', then 'fuuck' for words with a
    double letter: 'asssshole' -> 'asshole')."""
    if norm.isalpha() and _STRETCH_IN_LETTERS.search(norm) is None:
        return (norm,)  # most words: nothing to decode or squeeze
    out = [norm]
    decoded = decode_leet(norm)
    if decoded:
        out.append(decoded)
    for form in list(out):
        if _STRETCH.search(form):
            out.append(_DOUBLE.sub(r"\1", form))
            out.append(_STRETCH.sub(r"\1\1", form))
    return tuple(dict.fromkeys(out))


def stretched_letters(letters: str) -> re.Match | None:
    """Where a character comes three times in a row: for words of letters only (joined
    by single separators, as many as wanted), where a letter is stretched."""
    return _STRETCH_IN_LETTERS.search(letters)


def one_reading(norm: str) -> bool:
    """``len(variants(norm)) == 1``, for a word of letters without building (and
    remembering) its variants: it has one reading unless a letter is stretched. A
    screen asks this once per new word it meets."""
    if norm.isalpha():
        return _STRETCH_IN_LETTERS.search(norm) is None
    return len(variants(norm)) == 1


@lru_cache(maxsize=65536)
def mask(norm: str) -> tuple[str, ...] | None:
    """For a word with hidden letters, what each position may be: a letter stands for
    itself, '*' (or '#', '%', '_', '-') for any letter, a digit for its leet letter or a
    vowel ('f4ck' fits 'fuck'). None for a plain word, or one with nothing visible."""
    if norm.isalpha():
        return None
    letters = sum(ch.isalpha() for ch in norm)
    if letters == 0 or not norm[0].isalpha() and norm[0] not in "$@":
        return None
    out = []
    last = len(norm) - 1
    for i, ch in enumerate(norm):
        if ch.isalpha():
            out.append(ch)
        elif ch in _MASK_ANY:
            out.append("")  # any letter
        elif ch.isdigit():
            if not (0 < i < last and _has_letter(norm, i + 1, None)):
                return None  # trailing digits: a model number ("A55"), not a mask
            out.append(_MASK_OPTIONS[ch])
        elif ch in _MASK_OPTIONS:
            out.append(_MASK_OPTIONS[ch])
        else:
            return None
    return tuple(out)


def tokenize(text: str) -> list[Token]:
    return tokenize_with_words(text)[0]


WORD_KINDS = ("word", "spaced")  # the tokens whose norms ``tokenize_with_words`` collects


def word_norms(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The ``norm`` of each word and spaced token, in order: the words
    ``tokenize_with_words`` gives with the tokens, for tokens made without them."""
    return tuple([token.norm for token in tokens if token.kind in WORD_KINDS])


def may_hold_hashtags(text: str) -> bool:
    """False when ``tokenize`` cannot find a hashtag in ``text``: it has no "#", nor a
    sign that cleaning turns into one (small "﹟", fullwidth "＃")."""
    return "#" in text or "\ufe5f" in text or "\uff03" in text


def tokenize_with_words(text: str) -> tuple[list[Token], tuple[str, ...]]:
    """The tokens, and the ``norm`` of each word and spaced token in order (what most
    screens look up), collected in the same pass."""
    cleaned = clean(text)
    source = cleaned.text
    same = cleaned.starts is None
    tokens: list[Token] = []
    words: list[str] = []
    append = tokens.append
    add_word = words.append
    new = tuple.__new__  # a Token without the Python-level constructor: this is hot
    pattern = _token_re("://" in source or "www." in source, "@" in source, "#" in source)
    for match in pattern.finditer(source):
        kind = match.lastgroup
        start, end = match.span()
        piece = raw = match.group()
        if kind == "word":
            if piece[-1] in _TRIM_CHARS:
                piece, end = _trim_word(source, piece, start, end)
                if not piece:
                    continue
                raw = piece
            if piece.isascii():
                norm = piece.lower()  # NFKC and case folding do nothing more to ASCII
                accented = False
            else:
                norm, accented = _folded_word(piece)
            add_word(norm)
        else:
            if kind == "spaced":
                piece = piece.replace(match.group("sep"), "")
            if piece.isascii():
                norm = piece.lower()
                accented = False
            else:
                piece = unconfuse(piece)
                norm = fold(piece)
                accented = kind != "url" and kind != "email" and fold_keep_accents(piece) != norm
            if kind == "spaced":
                add_word(norm)
        if same:
            append(new(Token, (kind, start, end, raw, norm, accented)))
        else:
            o_start, o_end = cleaned.span(start, end)
            append(new(Token, (kind, o_start, o_end, text[o_start:o_end], norm, accented)))
    return tokens, tuple(words)


_FOLDED_WORDS: dict[str, tuple[str, bool]] = {}
_FOLDED_LIMIT = 100_000  # words remembered before the memory starts again


def _folded_word(piece: str) -> tuple[str, bool]:
    """(norm, accented) of a word written with other than ASCII, remembered: a post in
    French or Hungarian has several, and most come back."""
    found = _FOLDED_WORDS.get(piece)
    if found is None:
        if len(_FOLDED_WORDS) > _FOLDED_LIMIT:
            _FOLDED_WORDS.clear()
        # fold() and fold_keep_accents() in one go (the first is the second with its
        # accents stripped), without filling their caches: the result is kept here
        kept = unicodedata.normalize("NFKC", unconfuse(piece)).casefold()
        norm = strip_accents(kept)
        found = _FOLDED_WORDS[piece] = (norm, kept != norm)
    return found


_TRIM_CHARS = frozenset(_TRAILING_PUNCT + "*")
_OPENING_STAR = re.compile(r"(?:^|(?<=\s))\*+(?=[^\W\d_])")


def _trim_word(source: str, piece: str, start: int, end: int) -> tuple[str, int]:
    """Drop punctuation after a word ("shit!"), and asterisks that close an emphasis or
    an action ("*new*", "**Sale**", "*laughs out loud*") rather than hide letters."""
    trimmed = piece.rstrip(_TRAILING_PUNCT)
    if trimmed.endswith("*") and start > 0 and _closes_emphasis(source, start):
        trimmed = trimmed.rstrip("*")
    return trimmed, start + len(trimmed)


def _closes_emphasis(source: str, start: int) -> bool:
    if source[start - 1] == "*":
        return True
    opened = None
    for match in _OPENING_STAR.finditer(source, 0, start):
        opened = match.end()
    return opened is not None and "*" not in source[opened:start]
