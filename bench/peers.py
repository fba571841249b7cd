"""The offline profanity filters fauxpas is compared with, loaded in one place.

Installed for the benchmarks only (``pip install -r bench/requirements.txt``). Each loader
returns the peer's check, or None after adding a note that it is missing, so a benchmark
runs with whatever is installed.
"""

from __future__ import annotations

from collections.abc import Callable

INSTALL = "pip install -r bench/requirements.txt"
# glin-profanity's names for fauxpas's languages
GLIN_NAMES = {"en": "english", "fr": "french", "de": "german", "es": "spanish",
              "it": "italian", "pt": "portuguese", "nl": "dutch", "no": "norwegian",
              "da": "danish", "sv": "swedish", "hu": "hungarian",
              "pl": "polish"}


def better_profanity(notes: list[str]) -> Callable[[str], bool] | None:
    """better-profanity's ``contains_profanity`` (its English list)."""
    try:
        from better_profanity import profanity
    except ImportError:
        notes.append(f"better-profanity not installed ({INSTALL})")
        return None
    profanity.load_censor_words()
    return profanity.contains_profanity


def alt_profanity_check(notes: list[str]) -> Callable[[list[str]], list[int]] | None:
    """alt-profanity-check's ``predict`` (its English model): 0/1 per text."""
    try:
        from profanity_check import predict
    except ImportError:
        notes.append(f"alt-profanity-check not installed ({INSTALL})")
        return None
    return lambda texts: [int(v) for v in predict(list(texts))]


def glin_profanity(notes: list[str], langs: list[str], *, cache: bool = True
                   ) -> Callable[[str], bool] | None:
    """glin-profanity's ``is_profane`` for fauxpas language codes, with leetspeak and
    Unicode normalisation on (``cache``: its own memory of texts already checked)."""
    try:
        from glin_profanity import Filter
    except ImportError:
        notes.append(f"glin-profanity not installed ({INSTALL})")
        return None
    names = [GLIN_NAMES.get(lang, "english") for lang in langs]
    return Filter({"languages": names, "detect_leetspeak": True, "normalize_unicode": True,
                   "cache_results": cache}).is_profane
