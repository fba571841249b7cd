"""What language detection should look at: the words of a post, without its machinery.

URLs, e-mail addresses, @mentions, template placeholders (``{{date}}``, ``{name}``,
``[INSERT LINK]``, ``<link>``, ``%s``), emoji, symbols and numbers say nothing about the
language and mislead a character model on short posts ("Summer sale starts
{{start_date}}! [INSERT LINK]" looked Danish). Hashtags keep their words: ``#IAmReady``
becomes "I Am Ready".
"""

from __future__ import annotations

import re

from fauxpas.core.text.camel import camel_parts

_URL = re.compile(r"(?:https?://|www\.)\S+")
_DOMAIN = re.compile(r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|ly|gl|me|eu|info|biz)\b\S*")
_AT = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w+")  # e-mail, mention
_PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\$\{[^}]*\}|\{[^{}]*\}|\[[^\]]*\]|<[^<>]*>|%\(\w+\)s|%[sd]\b")
_RETWEET = re.compile(r"\bRT\b")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(\s*[^)\s]*\)?")  # [text](url): keep the text
_ANONYMISED = re.compile(r"\b(?:URL|HTTPURL|http)\b")  # what datasets and exports leave
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
# Anything that is not a letter, an apostrophe, white space or sentence punctuation.
_SYMBOLS = re.compile(r"[^\w\s.,;:!?¡¿'’\"«»()-]|[\d_]")
_SPACES = re.compile(r"\s+")
def _hashtag_words(match: re.Match) -> str:
    return " ".join(camel_parts(match.group(1)))


def clean(text: str) -> str:
    """The post's prose, ready for a language model (may be empty)."""
    # each pattern only runs when its telltale character is there: most posts skip most
    if "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _AT.sub(" ", text)
    if "." in text:
        text = _DOMAIN.sub(" ", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r" \1 ", text)
    if any(ch in text for ch in "{[<%"):
        text = _PLACEHOLDER.sub(" ", text)
    if "URL" in text or "http" in text:
        text = _ANONYMISED.sub(" ", text)
    if "RT" in text:
        text = _RETWEET.sub(" ", text)
    if "#" in text:
        text = _HASHTAG.sub(_hashtag_words, text)
    text = _SYMBOLS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where the template placeholders are ("{{link}}", "[INSERT NAME]", "<date>")."""
    return [m.span() for m in _PLACEHOLDER.finditer(text)]
