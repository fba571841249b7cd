"""Language detection restricted to the languages fauxpas supports.

The case's ``lang`` hint is only a tie-breaker: a post is checked in the language it
is written in, whatever the sender claims. ``nb`` and ``nn`` map to ``no``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "nl", "no", "da", "sv", "hu")
ALIASES = {"nb": "no", "nn": "no"}
# Below this probability the top language is not trusted alone; the runner-up (and the
# hint, if it is among the close candidates) is kept as a second reading.
CONFIDENT = 0.80

_lock = threading.Lock()
_identifier = None


@dataclass(frozen=True)
class LanguageGuess:
    lang: str
    confidence: float
    candidates: tuple[str, ...]  # every language the text should be checked in


def normalise_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return ALIASES.get(code, code)


def _get_identifier():
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
                ident.set_languages(list(SUPPORTED))
                _identifier = ident
    return _identifier


@lru_cache(maxsize=4096)
def detect(text: str, hint: str | None = None) -> LanguageGuess:
    hint = normalise_code(hint)
    if hint not in SUPPORTED:
        hint = None
    letters = sum(ch.isalpha() for ch in text)
    if letters < 3:
        lang = hint or "en"
        return LanguageGuess(lang, 0.0, (lang,))
    ranked = _get_identifier().rank(text)
    top, prob = ranked[0]
    if prob >= CONFIDENT:
        return LanguageGuess(top, float(prob), (top,))
    close = [lang for lang, p in ranked[:3] if p >= prob * 0.35]
    if hint in close:
        top, prob = hint, dict(ranked)[hint]
    candidates = tuple(dict.fromkeys([top, *close[:2]]))
    return LanguageGuess(top, float(prob), candidates)
